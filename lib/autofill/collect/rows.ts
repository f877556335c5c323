// Rows outside tables: repeated containers marked by the app (data-row, data-line, data-index,
// role=row) or an index in the control's name ("serviceLines[1].code", "lines.1.code", "icd_2").
import { parentOf } from './text';

const ROW_ATTRIBUTES = ['data-row', 'data-line', 'data-index', 'data-row-index', 'aria-rowindex'];

export interface RowPlace {
  rowIndex: number;
  rowGroup: string;
}

/** Row containers seen in one collect, each with a stable group id. */
export class ContainerRows {
  private groups = new Map<Element, string>();

  /** A row container around the element: its index among same-class siblings. */
  rowOf(el: Element): RowPlace | undefined {
    for (let node = parentOf(el), depth = 0; node && depth < 8; node = parentOf(node), depth++) {
      const row: Element = node;
      if (row.getAttribute('role') !== 'row' && !ROW_ATTRIBUTES.some((a) => row.hasAttribute(a))) continue;
      const parent = row.parentElement;
      if (!parent) return undefined;
      let index = 0;
      for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (prev.tagName === row.tagName && prev.className === row.className) index++;
      }
      let group = this.groups.get(parent);
      if (!group) {
        group = `rows-${this.groups.size + 1}`;
        this.groups.set(parent, group);
      }
      return { rowIndex: index, rowGroup: group };
    }
    return undefined;
  }
}

const NAME_INDEX = /^([A-Za-z][\w]*?)(?:\[(\d+)\]|[._-](\d+)(?=[._\-[]))/u;

/** A 0-based row from an indexed name: "serviceLines[0].procedureCode" -> row 0 of serviceLines. */
export function nameRow(name: string): RowPlace | undefined {
  const m = NAME_INDEX.exec(name);
  if (!m) return undefined;
  return { rowIndex: Number(m[2] ?? m[3]), rowGroup: `name-${m[1]}` };
}
