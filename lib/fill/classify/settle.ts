// settle: the passes over the whole form once every control is scored, for what one control cannot
// tell alone: whether a quantity counts procedure units or visits, which row a row key is, which
// key the boxes of a split date share, and whether an "Ext" box is the contact phone's.
import { ROW_KEYS, type FieldKey } from '../../form/fieldKeys';
import type { Classification } from '../../form/types';
import { datePart } from './duplicates';
import { normalize } from './normalize';

/** Quantities are procedure units when they sit with a procedure code (same row group or form), else visits. */
export function settleQuantities(all: Classification[], quantities: Classification[]): void {
  // Most forms have no quantity box: no pass over the form.
  if (quantities.length === 0) return;
  const procedureGroups = new Set<string>();
  for (const c of all) if (c.key === 'service.procedure') procedureGroups.add(c.field.rowGroup ?? '');
  const anyProcedure = procedureGroups.size > 0;
  for (const c of quantities) {
    const words = normalize(c.evidence.map((e) => e.words).join(' ') + ' ' + c.field.section.map((s) => s.text).join(' '));
    const withProcedure = c.field.rowGroup !== undefined ? procedureGroups.has(c.field.rowGroup) : anyProcedure && !/\bvisits\b|\bsessions\b/u.test(words);
    if (!withProcedure && !/\bprocedure\b|\bcpt\b|\bservice line\b/u.test(words)) c.key = 'service.visits';
  }
}

const ORDINALS: Record<string, number> = { primary: 0, first: 0, secondary: 1, second: 1, tertiary: 2, third: 2, fourth: 3 };

/** Rows of row keys: the control's row, else a number or ordinal in its label, else order of appearance. */
export function settleRows(all: Classification[]): void {
  const unnumbered = new Map<FieldKey, Classification[]>();
  for (const c of all) {
    if (!c.key || !ROW_KEYS.has(c.key)) continue;
    if (c.field.rowIndex !== undefined) {
      c.row = c.field.rowIndex;
      continue;
    }
    // Code-set names ("ICD-10") and asides in brackets are not row numbers.
    const label = normalize((c.field.labels[0]?.text ?? '').replace(/\([^)]*\)/gu, ' ')).replace(/\bicd 10( cm)?\b/gu, 'icd');
    const n = /\b(?:code|diagnosis|procedure|cpt|icd|line|dx|hcpcs|units|modifier)\s*(\d{1,2})\b/u.exec(label) ?? /^(\d{1,2})\b|\b(\d{1,2})$/u.exec(label);
    const ordinal = /\b(primary|first|secondary|second|tertiary|third|fourth)\b/u.exec(label);
    if (n) c.row = Math.max(0, Number(n[1] ?? n[2]) - 1);
    else if (ordinal) c.row = ORDINALS[ordinal[1]!];
    else {
      const list = unnumbered.get(c.key) ?? [];
      list.push(c);
      unnumbered.set(c.key, list);
    }
  }
  for (const list of unnumbered.values()) list.forEach((c, i) => (c.row = i));
}

/** Boxes of one split date share the key of the best-scored box. */
export function settleDateParts(all: Classification[]): void {
  const groups = new Map<string, Classification[]>();
  for (const c of all) {
    const part = datePart(c.field);
    if (part && !c.field.protected) {
      const list = groups.get(part.group);
      if (list) list.push(c);
      else groups.set(part.group, [c]);
    }
  }
  for (const list of groups.values()) {
    const best = [...list].sort((a, b) => (b.key ? 1 : 0) - (a.key ? 1 : 0) || b.score - a.score)[0]!;
    if (!best.key || !/date|dob/iu.test(best.key)) continue;
    for (const c of list) {
      c.key = best.key;
      c.score = best.score;
      c.evidence = best.evidence;
      delete c.note;
    }
  }
}

/**
 * "Ext" / "Extension" is the contact's phone extension only right after the contact's phone, or
 * when its own words say phone; elsewhere (after a fax, alone) it may be something else.
 */
export function settleExtensions(all: Classification[]): void {
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.key !== 'contact.ext') continue;
    const afterPhone = all[i - 1]?.key === 'contact.phone';
    const saysPhone = c.evidence.some((e) => /\bphone\b/u.test(normalize(e.words)));
    if (!afterPhone && !saysPhone) {
      delete c.key;
      c.note = 'an extension, but not right after the contact phone';
    }
  }
}
