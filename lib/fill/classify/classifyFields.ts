// classify: which case field each collected control asks for, with a score and the words that
// decided it. Precision first: a field stays unclassified (with a note) unless the evidence is
// clear, and the user's corrections (rules) come before any heuristic. Passes: each control is
// scored alone (score.ts; add-row buttons in addRow.ts), then settled against the whole form
// (settle.ts), then conflicts over one case field are resolved (duplicates.ts).
import { formSignature, ruleFor, type FieldRule } from '../corrections';
import type { Classification, Evidence, FieldDescriptor } from '../../form/types';
import { classifyAddRow } from './addRow';
import { resolveDuplicates } from './duplicates';
import { scoreField } from './score';
import { settleDateParts, settleExtensions, settleQuantities, settleRows } from './settle';

export { CLASSIFY_THRESHOLD } from './score';

export interface ClassifyOptions {
  rules?: FieldRule[];
  portalId?: string;
}

export function classifyFields(fields: FieldDescriptor[], options: ClassifyOptions = {}): Classification[] {
  const rules = options.rules ?? [];
  const form = rules.length ? formSignature(fields) : '';
  const quantities: Classification[] = [];
  const out = fields.map((field): Classification => {
    const rule = rules.length ? ruleFor(field, rules, options.portalId, form) : undefined;
    if (rule) return byRule(field, rule);
    if (field.kind === 'add-row') return classifyAddRow(field);
    return scoreField(field, quantities);
  });
  settleQuantities(out, quantities);
  settleRows(out);
  settleDateParts(out);
  settleExtensions(out);
  resolveDuplicates(out);
  return out;
}

/** The user's correction decides: the key they picked, or never filled. */
function byRule(field: FieldDescriptor, rule: FieldRule): Classification {
  const evidence: Evidence[] = [
    { source: 'rule', words: rule.key === 'never' ? 'never fill (your correction)' : `${rule.key} (your correction)` },
  ];
  return rule.key === 'never'
    ? { field, score: 1, evidence, note: 'never filled: your correction' }
    : { field, key: rule.key, score: 1, evidence };
}
