// Code a portal frame needs only on request, injected by the background beside the fill code when
// the side panel asks for Undo, the page's reference numbers or to insert a text (kept out of the
// fill code's size budget). It shares the fill code's isolated world (portal-fill.js), so the fill's
// in-memory record never leaves the frame: this script only lends the fill code functions through
// that world's globals.
import { undoFill } from '../../lib/page/apply/undoFill';
import { widgetUndo } from '../../lib/page/apply/undoWidgets';
import type { UndoRecord } from '../../lib/page/apply/undo';
import { scanReferences } from '../../lib/page/references';
import { focusedField, insertIntoFocusedField } from '../../lib/page/apply/insertText';
import type { PortalExtras } from '../../lib/page/extras';

export default defineUnlistedScript(() => {
  const widgets = widgetUndo();
  const extras: PortalExtras = {
    undo: (undo: UndoRecord, elements: Map<string, Element>) => undoFill(undo, elements, widgets),
    scanReferences,
    insertText: insertIntoFocusedField,
    focusedField,
  };
  (globalThis as { __scaExtras?: PortalExtras }).__scaExtras = extras;
});
