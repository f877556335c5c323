// One control per case field: when several controls claim the same key (and row), the best-scored
// keeps it and the others stay unclassified with a note. Boxes of one split date count as one.
import { ROW_KEYS } from '../fieldKeys';
import type { Classification } from '../types';

export function resolveDuplicates(all: Classification[]): void {
  const claims = new Map<string, Classification[]>();
  for (const c of all) {
    if (!c.key) continue;
    const part = c.field.widgets.find((w) => w.kind === 'date-part');
    const unit = part && part.kind === 'date-part' ? `date:${part.group}` : c.field.id;
    const slot = ROW_KEYS.has(c.key) ? `${c.key}#${c.row ?? 0}` : c.key;
    const list = claims.get(slot) ?? [];
    list.push(Object.assign(c, { unit }) as Classification);
    claims.set(slot, list);
  }
  for (const list of claims.values()) {
    const units = new Map<string, Classification[]>();
    for (const c of list) {
      const u = (c as Classification & { unit: string }).unit;
      units.set(u, [...(units.get(u) ?? []), c]);
    }
    if (units.size > 1) {
      const ranked = [...units.values()].sort((a, b) => b[0]!.score - a[0]!.score || a[0]!.field.order - b[0]!.field.order);
      const winner = ranked[0]![0]!;
      for (const group of ranked.slice(1)) {
        for (const c of group) {
          c.note = `another control fits ${c.key} better ("${winner.field.labels[0]?.text ?? winner.field.name}")`;
          delete c.key;
          delete c.row;
        }
      }
    }
    for (const c of list) delete (c as Classification & { unit?: string }).unit;
  }
}
