// date parts: after the walk, consecutive text boxes each holding one part of a date (MM / DD /
// YYYY) close together in the tree become one split date. The date's own label (often only on the
// first box) is shared by every box.
import type { DatePart, FieldDescriptor } from '../../form/types';
import { parentOf } from './text';

/** Marks the runs of part boxes in `fields` (document order) with a shared 'date-part' widget hint. */
export function groupDateParts(fields: FieldDescriptor[], parts: Map<FieldDescriptor, DatePart>, elements: Map<string, Element>): void {
  let run: FieldDescriptor[] = [];
  const flush = () => {
    // Most runs are empty or one box: no set for those.
    const kinds = run.length >= 2 ? new Set(run.map((f) => parts.get(f))) : undefined;
    if (kinds && kinds.size === run.length && (kinds.has('month') || kinds.has('day'))) {
      const group = run[0]!.id;
      const shared = run.flatMap((f) => f.labels).filter((l) => !isPartWord(l.text));
      for (const f of run) {
        const part = parts.get(f)!;
        const ph =
          f.constraints.maxLength ??
          (/^y+$/iu.test(f.labels.find((l) => l.source === 'placeholder')?.text ?? '')
            ? f.labels.find((l) => l.source === 'placeholder')!.text.length
            : part === 'year'
              ? 4
              : 2);
        f.widgets.push({ kind: 'date-part', part, group, width: ph });
        for (const l of shared) if (!f.labels.some((x) => x.text === l.text)) f.labels.push(l);
      }
    }
    if (run.length) run = [];
  };
  for (const f of fields) {
    const part = parts.get(f);
    const prev = run[run.length - 1];
    const repeats = run.some((r) => parts.get(r) === part);
    if (part && prev && !repeats && near(elements.get(prev.id)!, elements.get(f.id)!)) run.push(f);
    else {
      flush();
      if (part) run.push(f);
    }
  }
  flush();
}

function isPartWord(text: string): boolean {
  return /^(mm|dd|yy|yyyy|month|day|year)$/iu.test(text.replace(/[^a-z]/giu, ''));
}

/** Within three levels of a common ancestor. */
function near(a: Element, b: Element): boolean {
  const up: Element[] = [];
  for (let n: Element | null = a, i = 0; n && i <= 3; n = parentOf(n), i++) up.push(n);
  for (let n: Element | null = b, i = 0; n && i <= 3; n = parentOf(n), i++) if (up.includes(n) && n !== a) return true;
  return false;
}
