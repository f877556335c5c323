// Answers the requests the side panel (through the background) sends to this frame. The page's
// elements stay here: requests and answers name controls by the ids of the last collect.
import { collectFieldsInSlices } from './collect';
import { timeSlicer } from './slices';
import { applyPlan } from './apply/applyPlan';
import type { UndoRecord } from './apply/undo';
import { stateOf } from './apply/undoState';
import type { FieldDescriptor } from '../form/types';
import { fieldDisplayName } from '../form/displayName';
import { clearHighlights, highlightFields } from './apply/highlight';
import { parseFrameRequest, type FrameAnswer, type FrameRequest } from '../protocol/frames';
import type { Failure } from '../protocol/outcome';
import { portalExtras } from './extras';

let elements = new Map<string, Element>();
let fields: FieldDescriptor[] = [];
let lastUndo: UndoRecord | undefined;
const NO_EXTRAS: Failure = { ok: false, error: 'SCA Assistant could not start that on this page. Reload the page and try again.' };

function elementsOf(ids: string[]): Element[] {
  return ids.flatMap((id) => {
    const el = elements.get(id);
    return el && el.isConnected ? [el] : [];
  });
}

async function run(request: FrameRequest): Promise<FrameAnswer | Failure> {
  switch (request.op) {
    case 'ping':
      return { ok: true };
    case 'collect': {
      const collected = await collectFieldsInSlices(document, timeSlicer());
      elements = collected.elements;
      fields = collected.fields;
      return { fields: collected.fields, path: location.pathname, title: document.title, ...(lastUndo ? { undoable: true } : {}) };
    }
    case 'apply': {
      clearHighlights();
      const { reports, undo } = await applyPlan({ actions: request.actions, unfilled: [], recollectAfter: false }, elements);
      // The report names fields as the preview does (the next collect renumbers them).
      for (const e of undo.entries) {
        const f = fields.find((x) => x.id === e.fieldId);
        e.label = f ? fieldDisplayName(f) : '';
      }
      // A round after "Add row" clicks continues the same fill: one Undo puts back both.
      // A control both rounds filled keeps its first "before" and takes the later "after"; a row
      // added in the first round holds this round's values now, which are its state after the fill.
      if (request.more && lastUndo) {
        for (const e of undo.entries) {
          const x = lastUndo.entries.find((y) => y.element === e.element && y.kind === e.kind);
          if (x) x.after = e.after;
          else lastUndo.entries.push(e);
        }
        for (const x of lastUndo.entries) if (x.kind === 'row') x.after = stateOf(x, x.element);
      } else lastUndo = undo;
      return { reports };
    }
    case 'undo': {
      if (!lastUndo) return { restored: 0, notRestored: [] };
      const extras = portalExtras();
      if (!extras) return NO_EXTRAS;
      const result = await extras.undo(lastUndo, elements);
      lastUndo = undefined;
      clearHighlights();
      return result;
    }
    case 'highlight':
      clearHighlights();
      highlightFields(elementsOf(request.filled), 'filled');
      highlightFields(elementsOf(request.unfilled), 'unfilled');
      return { ok: true };
    case 'clear-highlight':
      clearHighlights();
      return { ok: true };
    case 'insert-text': {
      const extras = portalExtras();
      return extras ? extras.insertText(document, request.text) : NO_EXTRAS;
    }
    case 'focused-field': {
      const extras = portalExtras();
      return extras ? extras.focusedField(document) : NO_EXTRAS;
    }
    case 'scan-references': {
      const extras = portalExtras();
      return extras ? { references: extras.scanReferences(document) } : NO_EXTRAS;
    }
  }
}

/**
 * Requests run one after another. Collect and fill give the page its thread back between slices,
 * so without this a panel's re-read (sent when added rows change the page) ran in the middle of a
 * fill and planned from a half-filled page: "3 more fields can be filled" for fields being filled.
 */
let queue: Promise<unknown> = Promise.resolve();

/** runtime.onMessage listener: well-formed requests get an answer; anything else is ignored. */
export function handleFrameRequest(message: unknown): Promise<FrameAnswer | Failure> | undefined {
  const request = parseFrameRequest(message);
  if (!request) return undefined;
  const answer = queue.then(() =>
    run(request).catch((error: unknown): Failure => ({
      ok: false,
      // The page changed under us (or an element vanished): a clear report, never a thrown error in the page.
      error: `The page did not let SCA Assistant finish: ${error instanceof Error ? error.message : 'unknown error'}`,
    })),
  );
  queue = answer;
  return answer;
}
