// What portal-extras.js lends the fill code, and the requests that need it (the background injects
// it before relaying one of them): Undo, reference capture, and the Texts screen's insert.
import type { UndoRecord, UndoResult } from '../../lib/autofill/apply/undo';
import type { FoundReference } from '../../lib/capture/references';
import type { FocusedFieldAnswer } from '../../lib/messaging/frameRequests';

export interface PortalExtras {
  undo(undo: UndoRecord, elements: Map<string, Element>): Promise<UndoResult>;
  scanReferences(root: Document | Element): FoundReference[];
  insertText(doc: Document, text: string): unknown;
  focusedField(doc: Document): FocusedFieldAnswer;
}

export const EXTRAS_OPS: readonly string[] = ['undo', 'scan-references', 'insert-text', 'focused-field'];

/** The extras, or undefined when the script is not there (the background failed to inject it). */
export function portalExtras(): PortalExtras | undefined {
  return (globalThis as { __scaExtras?: PortalExtras }).__scaExtras;
}
