// The row a row-keyed control belongs to (diagnosis 1, 2 ...; procedure line 1, 2 ...): the
// collector's row index, else a number in its label ("Diagnosis 2", "ICD code 3"; "Primary" is the
// first, "Secondary" the second), else its place among the controls with the same key.
import { ROW_KEYS } from '../../form/fieldKeys';
import type { Classification } from '../../form/types';

function rowFromLabel(c: Classification): number | undefined {
  for (const l of c.field.labels) {
    // "ICD-10" and "ICD 10" name the code set, not a row.
    const t = l.text.replace(/\bICD[\s-]?10(?:[\s-]?CM)?\b/gi, ' ');
    if (/\bprimary\b/i.test(t)) return 0;
    if (/\bsecondary\b/i.test(t)) return 1;
    if (/\btertiary\b/i.test(t)) return 2;
    const m = /(?:#\s*|\b)(\d{1,2})\b(?!\s*[-–]\s*\d)/.exec(t);
    if (m && Number(m[1]) >= 1) return Number(m[1]) - 1;
  }
  return undefined;
}

/** Row per classification id for row keys; controls of other keys are absent. */
export function rowsOf(classifications: readonly Classification[]): Map<Classification, number> {
  const rows = new Map<Classification, number>();
  const seen = new Map<string, number>();
  const sorted = [...classifications].sort((a, b) => a.field.order - b.field.order);
  for (const c of sorted) {
    if (!c.key || !ROW_KEYS.has(c.key)) continue;
    const ordinalKey = `${c.key}|${c.field.rowGroup ?? ''}`;
    const ordinal = seen.get(ordinalKey) ?? 0;
    seen.set(ordinalKey, ordinal + 1);
    rows.set(c, c.field.rowIndex ?? rowFromLabel(c) ?? ordinal);
  }
  return rows;
}
