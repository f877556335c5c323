// What portal-extras.js lends the fill code, and the requests that need it (the background injects
// it before relaying one of them).
import type { UndoRecord, UndoResult } from '../../lib/autofill/apply/undo';
import type { FoundReference } from '../../lib/capture/references';

export interface PortalExtras {
  undo(undo: UndoRecord, elements: Map<string, Element>): Promise<UndoResult>;
  scanReferences(root: Document | Element): FoundReference[];
}

export const EXTRAS_OPS: readonly string[] = ['undo', 'scan-references'];

/** The extras, or undefined when the script is not there (the background failed to inject it). */
export function portalExtras(): PortalExtras | undefined {
  return (globalThis as { __scaExtras?: PortalExtras }).__scaExtras;
}
