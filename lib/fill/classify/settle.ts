// settle: the passes over the whole form once every control is scored, for what one control cannot
// tell alone: whether a quantity counts procedure units or visits, which row a row key is, which
// key the boxes of a split date share, and whether an "Ext" box is the contact phone's.
import type { Classification } from '../../form/types';
import { datePart } from './duplicates';
import { normalize } from './normalize';
import { rowsOf } from './rows';

/** Quantities are procedure units when they sit with a procedure code (same row group or form), else visits. */
export function settleQuantities(all: Classification[], quantities: Classification[]): void {
  // Most forms have no quantity box: no pass over the form.
  if (quantities.length === 0) return;
  const procedureGroups = new Set<string>();
  for (const c of all) if (c.key === 'service.procedure') procedureGroups.add(c.field.rowGroup ?? '');
  const anyProcedure = procedureGroups.size > 0;
  for (const c of quantities) {
    const words = normalize(c.evidence.map((e) => e.words).join(' ') + ' ' + c.field.section.map((s) => s.text).join(' '));
    const withProcedure =
      c.field.rowGroup !== undefined ? procedureGroups.has(c.field.rowGroup) : anyProcedure && !/\bvisits\b|\bsessions\b/u.test(words);
    if (!withProcedure && !/\bprocedure\b|\bcpt\b|\bservice line\b/u.test(words)) c.key = 'service.visits';
  }
}

/** Rows of row keys, by the one row rule (rows.ts). */
export function settleRows(all: Classification[]): void {
  for (const [c, row] of rowsOf(all)) c.row = row;
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
