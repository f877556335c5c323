// "+ Add diagnosis", "Add another line": which repeated rows an add-row button adds, from its own
// words, else from the nearest section that names either.
import type { Classification, FieldDescriptor } from '../../form/types';
import { normalize } from './normalize';

const DIAGNOSIS = /\bdiagnos[ie]s\b|\bicd\b/u;
const PROCEDURE = /\bprocedures?\b|\bcpt\b|\bhcpcs\b|\bservice (line|code)s?\b|\bservices?\b|\bcodes?\b/u;

export function classifyAddRow(field: FieldDescriptor): Classification {
  const label = field.labels[0]?.text ?? '';
  let target: 'diagnosis' | 'procedure' | undefined;
  for (const text of [label, ...field.section.slice(0, 2).map((s) => s.text)]) {
    const words = normalize(text);
    target = DIAGNOSIS.test(words) ? 'diagnosis' : PROCEDURE.test(words) ? 'procedure' : undefined;
    if (target) break;
  }
  if (!target)
    return { field, score: 0, evidence: [{ source: 'aria-label', words: label }], note: 'adds rows of something not in the case' };
  return { field, score: 0.9, evidence: [{ source: 'aria-label', words: label }], addRowFor: target };
}
