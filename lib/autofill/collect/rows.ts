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
  /** Whether an element is marked as a row, and row places by container: read once per element. */
  private marked = new Map<Element, boolean>();
  private places = new Map<Element, RowPlace | null>();
  private byParent = new Map<Element, RowPlace | null>();

  /** A row container around the element: its index among same-class siblings. */
  rowOf(el: Element): RowPlace | undefined {
    const parent = parentOf(el);
    if (!parent) return undefined;
    // Controls of one container share the answer.
    let place = this.byParent.get(parent);
    if (place === undefined) {
      place = null;
      for (let node: Element | null = parent, depth = 0; node && depth < 8; node = parentOf(node), depth++) {
        if (!this.isRow(node)) continue;
        place = this.placeOf(node);
        break;
      }
      this.byParent.set(parent, place);
    }
    return place ?? undefined;
  }

  private isRow(node: Element): boolean {
    let known = this.marked.get(node);
    if (known === undefined) {
      known = node.getAttribute('role') === 'row' || ROW_ATTRIBUTES.some((a) => node.hasAttribute(a));
      this.marked.set(node, known);
    }
    return known;
  }

  private placeOf(row: Element): RowPlace | null {
    const known = this.places.get(row);
    if (known !== undefined) return known;
    const parent = row.parentElement;
    let place: RowPlace | null = null;
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
    return place;
  }
}

const NAME_INDEX = /^([A-Za-z][\w]*?)(?:\[(\d+)\]|[._-](\d+)(?=[._\-[]))/u;

/** A 0-based row from an indexed name: "serviceLines[0].procedureCode" -> row 0 of serviceLines. */
export function nameRow(name: string): RowPlace | undefined {
  const m = NAME_INDEX.exec(name);
  if (!m) return undefined;
  return { rowIndex: Number(m[2] ?? m[3]), rowGroup: `name-${m[1]}` };
}
