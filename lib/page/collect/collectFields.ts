// collect: every fillable control of the document and its open shadow roots, as descriptors that
// carry labels, context and shape, never the page's values (only hasValue). Passes: the walk
// (walk.ts) meets and describes each control (describe.ts); after it, radio and checkbox groups
// are described, split date boxes joined (dateParts.ts) and numbered names made rows (rows.ts).
import type { DatePart, FieldDescriptor, WidgetHint } from '../../form/types';
import { forgetAttributes } from './attributes';
import { groupDateParts } from './dateParts';
import { numberNameStems } from './rows';
import { Walk } from './walk';

export interface CollectResult {
  fields: FieldDescriptor[];
  /** Descriptor id (and radio/checkbox option id) -> the element to act on. */
  elements: Map<string, Element>;
}

export function collectFields(root: Document | ShadowRoot = document): CollectResult {
  // Attribute names are noted per control for one collect only: the page changes between collects.
  forgetAttributes();
  try {
    const walk = new Walk(root);
    for (const _ of walk.steps());
    return afterWalk(walk);
  } finally {
    forgetAttributes();
  }
}

/**
 * The same collect, giving the page its thread back between slices (`slice()` yields once a slice
 * has run long enough): the first read of a large form runs in the content script's coldest code
 * and took 50-65 ms in one task on a 1,000-control page.
 */
export async function collectFieldsInSlices(root: Document | ShadowRoot, slice: () => Promise<void>): Promise<CollectResult> {
  forgetAttributes();
  try {
    const walk = new Walk(root);
    for (const _ of walk.steps()) await slice();
    return afterWalk(walk);
  } finally {
    forgetAttributes();
  }
}

/** The passes that need the whole walk: groups, document order, split dates, numbered names. */
function afterWalk(walk: Walk): CollectResult {
  const { describer } = walk;
  const fields: FieldDescriptor[] = [];
  const parts = new Map<FieldDescriptor, DatePart>();
  for (const slot of walk.slots) {
    if (slot.kind === 'group') fields.push(describer.group(slot));
    else {
      fields.push(slot.field);
      if (slot.part) parts.set(slot.field, slot.part);
    }
  }
  fields.forEach((f, i) => (f.order = i));
  groupDateParts(fields, parts, describer.elements);
  numberNameStems(fields);
  return { fields, elements: describer.elements };
}

export type { WidgetHint };
