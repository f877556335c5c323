// The row a row-keyed control belongs to (diagnosis 1, 2 ...; procedure line 1, 2 ...): one rule for
// classify (which control holds which row) and the plan (which row's value it fills). The
// collector's row index first; else a number or ordinal in its label ("Diagnosis 2", "ICD code 3",
// "#2"; "Primary" is the first, "Secondary" the second); else its place among the controls of the
// same key and row group.
import { ROW_KEYS } from '../../form/fieldKeys';
import type { Classification, FieldDescriptor } from '../../form/types';
import { normalize } from './normalize';

const ORDINALS: Record<string, number> = { primary: 0, first: 0, secondary: 1, second: 1, tertiary: 2, third: 2, fourth: 3 };
/** A number right after a word that names the row ("#" reads "number" once normalised). */
const AFTER_ROW_WORD = /\b(?:code|diagnosis|procedure|cpt|icd|line|dx|hcpcs|units|modifier|number)\s*(\d{1,2})\b/u;
const AT_EDGE = /^(\d{1,2})\b|\b(\d{1,2})$/u;
const ORDINAL = /\b(primary|first|secondary|second|tertiary|third|fourth)\b/u;

/** The 0-based row a control's label names, if it names one. */
export function labelRow(field: FieldDescriptor): number | undefined {
  const first = field.labels[0]?.text;
  if (!first) return undefined;
  // Code-set names ("ICD-10") and asides in brackets ("max 7 characters") are not row numbers.
  const label = normalize(first.replace(/\([^)]*\)/gu, ' ')).replace(/\bicd 10( cm)?\b/gu, 'icd');
  const n = AFTER_ROW_WORD.exec(label) ?? AT_EDGE.exec(label);
  if (n) return Math.max(0, Number(n[1] ?? n[2]) - 1);
  const ordinal = ORDINAL.exec(label);
  return ordinal ? ORDINALS[ordinal[1]!] : undefined;
}

/** The row of every row-keyed classification (one classify already settled keeps its row); others are absent. */
export function rowsOf(classifications: readonly Classification[]): Map<Classification, number> {
  const rows = new Map<Classification, number>();
  const seen = new Map<string, number>();
  const sorted = [...classifications].sort((a, b) => a.field.order - b.field.order);
  for (const c of sorted) {
    if (!c.key || !ROW_KEYS.has(c.key)) continue;
    const ordinalKey = `${c.key}|${c.field.rowGroup ?? ''}`;
    const ordinal = seen.get(ordinalKey) ?? 0;
    seen.set(ordinalKey, ordinal + 1);
    rows.set(c, c.row ?? c.field.rowIndex ?? labelRow(c.field) ?? ordinal);
  }
  return rows;
}
