// Rows outside tables: repeated containers marked by the app (data-row, data-line, data-index,
// role=row), an index in the control's name ("serviceLines[1].code", "lines.1.code"), or, after the
// walk, numbered names that repeat a stem ("icd1", "icd_2").
import type { FieldDescriptor } from '../../form/types';

const ROW_ATTRIBUTES = ['data-row', 'data-line', 'data-index', 'data-row-index', 'aria-rowindex'];

/** Whether an element carries one of the row attributes (role=row is checked with the role). */
export function isRowMarked(el: Element): boolean {
  return ROW_ATTRIBUTES.some((a) => el.hasAttribute(a));
}

export interface RowPlace {
  rowIndex: number;
  rowGroup: string;
}

/** Row containers seen in one collect, each with a stable group id. */
export class ContainerRows {
  private groups = new Map<Element, string>();
  private places = new Map<Element, RowPlace | null>();

  /** A row container's index among same-class siblings (the walk finds the row: AncestorPath.rowAt). */
  placeOf(row: Element): RowPlace | undefined {
    let place = this.places.get(row);
    if (place === undefined) {
      place = null;
      const parent = row.parentElement;
      if (parent) {
        let index = 0;
        for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
          if (prev.tagName === row.tagName && prev.className === row.className) index++;
        }
        let group = this.groups.get(parent);
        if (!group) {
          group = `rows-${this.groups.size + 1}`;
          this.groups.set(parent, group);
        }
        place = { rowIndex: index, rowGroup: group };
      }
      this.places.set(row, place);
    }
    return place ?? undefined;
  }
}

const NAME_INDEX = /^([A-Za-z][\w]*?)(?:\[(\d+)\]|[._-](\d+)(?=[._\-[]))/u;

/** A 0-based row from an indexed name: "serviceLines[0].procedureCode" -> row 0 of serviceLines. */
export function nameRow(name: string): RowPlace | undefined {
  const m = NAME_INDEX.exec(name);
  if (!m) return undefined;
  return { rowIndex: Number(m[2] ?? m[3]), rowGroup: `name-${m[1]}` };
}

/** Numbered names ("icd1", "icd_2", "cpt-3") that repeat a stem are rows of that stem (controls with no row yet). */
export function numberNameStems(fields: FieldDescriptor[]): void {
  const stems = new Map<string, { field: FieldDescriptor; n: number }[]>();
  for (const f of fields) {
    if (f.rowIndex !== undefined || f.kind === 'add-row') continue;
    const m = /^(.*?[A-Za-z])[_-]?(\d{1,2})$/u.exec(f.name);
    if (!m) continue;
    const list = stems.get(m[1]!) ?? [];
    list.push({ field: f, n: Number(m[2]) });
    stems.set(m[1]!, list);
  }
  for (const [stem, list] of stems) {
    if (list.length < 2) continue;
    const min = Math.min(...list.map((x) => x.n));
    for (const { field, n } of list) {
      field.rowIndex = n - min;
      field.rowGroup = `stem-${stem}`;
    }
  }
}
