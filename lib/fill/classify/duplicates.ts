// One control per case field: when several controls claim the same key (and row), the best-scored
// keeps it and the others stay unclassified with a note. Boxes of one split date count as one.
import { ROW_KEYS } from '../../form/fieldKeys';
import { fieldDisplayName } from '../../form/displayName';
import type { Classification, FieldDescriptor, WidgetHint } from '../../form/types';

/** The split-date box hint of a control; most controls have no widget hint, so no search for them. */
export function datePart(field: FieldDescriptor): Extract<WidgetHint, { kind: 'date-part' }> | undefined {
  const widgets = field.widgets;
  if (widgets.length === 0) return undefined;
  for (const w of widgets) if (w.kind === 'date-part') return w;
  return undefined;
}

export function resolveDuplicates(all: Classification[]): void {
  // Claims by slot, then by unit (a control, or all boxes of one split date). Kept in side maps:
  // adding and deleting properties on the classifications would slow every later read of them.
  const claims = new Map<string, Map<string, Classification[]>>();
  for (const c of all) {
    // Reason checkboxes each stand for one reason: all of them are the case's exception reasons.
    if (!c.key || (c.key === 'exceptionReasons' && c.field.kind === 'checkbox')) continue;
    const part = datePart(c.field);
    const unit = part ? `date:${part.group}` : c.field.id;
    const slot = ROW_KEYS.has(c.key) ? `${c.key}#${c.row ?? 0}` : c.key;
    let units = claims.get(slot);
    if (!units) claims.set(slot, (units = new Map()));
    const list = units.get(unit);
    if (list) list.push(c);
    else units.set(unit, [c]);
  }
  for (const units of claims.values()) {
    if (units.size < 2) continue;
    const ranked = [...units.values()].sort((a, b) => b[0]!.score - a[0]!.score || a[0]!.field.order - b[0]!.field.order);
    const winner = ranked[0]![0]!;
    for (const group of ranked.slice(1)) {
      for (const c of group) {
        c.note = `another control fits ${c.key} better ("${fieldDisplayName(winner.field)}")`;
        delete c.key;
        delete c.row;
      }
    }
  }
}
