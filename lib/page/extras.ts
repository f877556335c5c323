// What portal-extras.js lends the fill code (Undo, reference capture, the Texts screen's insert);
// the requests that need it are listed in lib/protocol/frames (EXTRAS_OPS).
import type { UndoRecord } from './apply/undo';
import type { FocusedFieldAnswer, FoundReference, InsertAnswer, UndoAnswer } from '../protocol/frames';

export interface PortalExtras {
  undo(undo: UndoRecord, elements: Map<string, Element>): Promise<UndoAnswer>;
  scanReferences(root: Document | Element): FoundReference[];
  insertText(doc: Document, text: string): InsertAnswer;
  focusedField(doc: Document): FocusedFieldAnswer;
}

/** The extras, or undefined when the script is not there (the background failed to inject it). */
export function portalExtras(): PortalExtras | undefined {
  return (globalThis as { __scaExtras?: PortalExtras }).__scaExtras;
}
