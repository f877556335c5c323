// Undo for one portal frame, injected by the background only when the side panel asks for Undo.
// It shares the fill code's isolated world (portal-ops.js), so the fill's in-memory record never
// leaves the frame: this script only lends the fill code a function through that world's globals.
import { undoFill } from '../lib/autofill/apply/undoFill';
import { widgetUndo } from '../lib/autofill/apply/undoWidgets';
import type { UndoRecord } from '../lib/autofill/apply/undo';

export default defineUnlistedScript(() => {
  const widgets = widgetUndo();
  (globalThis as { __scaUndo?: unknown }).__scaUndo = (undo: UndoRecord, elements: Map<string, Element>) => undoFill(undo, elements, widgets);
});
