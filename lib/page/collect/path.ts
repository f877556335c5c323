// What the ancestors of the element being walked say about it, kept per depth of the walk's path.
// Each element adds one step as the walk enters it, so a control reads its context from arrays
// instead of walking up (with cache lookups) once per question.
import type { SectionText } from '../../form/types';
import { CAPTCHA_WIDGET } from './protection';
import { isRowMarked } from './rows';
import type { SectionTracker } from './sections';
import { hiddenItself } from './visibility';

/** Rows count only within this many levels above a control's parent (rows.ts, RowPlace). */
const ROW_REACH = 8;
const NO_SECTIONS: SectionText[] = [];

/**
 * Elements that have a role, may hide their subtree, mark a row or be a captcha widget. A query per
 * selector per root finds the few that have such an attribute; the walk reads attributes only on
 * those. Separate queries: Chromium matches a selector list about three times slower than its parts.
 */
export const MARKED_SELECTORS = [
  '[role]',
  '[hidden]',
  '[aria-hidden]',
  '[style]',
  '[data-row]',
  '[data-line]',
  '[data-index]',
  '[data-row-index]',
  '[aria-rowindex]',
  ...CAPTCHA_WIDGET.split(', '),
];

export class AncestorPath {
  /** Depth of the element last entered; the path holds depths 0..top. */
  top = -1;
  private els: Element[] = [];
  private roles: (string | null)[] = [];
  /** True where the element starts its tree (a shadow root's child): same-tree lookups stop there. */
  private treeStart: boolean[] = [];
  // Same tree, element included (Element.closest() answers).
  private disabledFieldset: boolean[] = [];
  private combobox: (Element | null)[] = [];
  private captcha: boolean[] = [];
  private label: (Element | null)[] = [];
  private cell: (Element | null)[] = [];
  // Across shadow boundaries, element included.
  private hidden: boolean[] = [];
  private row: (Element | null)[] = [];
  private rowDepth: number[] = [];
  private chains: (SectionText[] | undefined)[] = [];
  private chainVersions: number[] = [];

  constructor(private sections: SectionTracker) {}

  /**
   * Adds el below the current top. `tag`: el.tagName (the caller has read it). `marked`: el
   * matches MARKED_SELECTOR (or may: the caller does not know). `treeStart`: el's parent is a
   * shadow root.
   */
  enter(el: Element, tag: string, role: string | null, marked: boolean, treeStart: boolean): void {
    const d = ++this.top;
    const p = d - 1;
    const inherit = p >= 0 && !treeStart;
    this.els[d] = el;
    this.roles[d] = role;
    this.treeStart[d] = treeStart;
    this.disabledFieldset[d] = (inherit && this.disabledFieldset[p]!) || (tag === 'FIELDSET' && el.hasAttribute('disabled'));
    this.combobox[d] = role === 'combobox' ? el : inherit ? this.combobox[p]! : null;
    this.captcha[d] = (inherit && this.captcha[p]!) || (marked && el.matches(CAPTCHA_WIDGET));
    this.label[d] = tag === 'LABEL' ? el : inherit ? this.label[p]! : null;
    this.cell[d] = tag === 'TD' || tag === 'TH' ? el : inherit ? this.cell[p]! : null;
    this.hidden[d] = (p >= 0 && this.hidden[p]!) || (marked && hiddenItself(el));
    if (role === 'row' || (marked && isRowMarked(el))) {
      this.row[d] = el;
      this.rowDepth[d] = d;
    } else {
      this.row[d] = p >= 0 ? this.row[p]! : null;
      this.rowDepth[d] = p >= 0 ? this.rowDepth[p]! : -1;
    }
    this.chains[d] = undefined;
  }

  leave(): void {
    this.top--;
  }

  /** Depth of el on the path (it must be the top or an ancestor of it), or -1. */
  depthOf(el: Element): number {
    for (let d = this.top; d >= 0; d--) if (this.els[d] === el) return d;
    return -1;
  }

  disabledFieldsetAt(d: number): boolean {
    return this.disabledFieldset[d]!;
  }

  comboboxAt(d: number): Element | null {
    return this.combobox[d]!;
  }

  captchaAt(d: number): boolean {
    return this.captcha[d]!;
  }

  hiddenAt(d: number): boolean {
    return this.hidden[d]!;
  }

  cellAt(d: number): Element | null {
    return this.cell[d]!;
  }

  /** The label element around the element at d (closest('label') from its parent). */
  wrappingLabelAt(d: number): Element | null {
    return d > 0 && !this.treeStart[d] ? this.label[d - 1]! : null;
  }

  /** The nearest row-marked ancestor of the element at d, within reach of its parent. */
  rowAt(d: number): Element | null {
    const p = d - 1;
    return p >= 0 && this.row[p] && this.rowDepth[p]! >= p - (ROW_REACH - 1) ? this.row[p] : null;
  }

  /** Section texts of the element at d: those titling its parent and the parent's ancestors. */
  sectionsAt(d: number): SectionText[] {
    return d > 0 ? this.chainAt(d - 1) : [];
  }

  private chainAt(d: number): SectionText[] {
    const version = this.sections.version;
    const known = this.chains[d];
    if (known && this.chainVersions[d] === version) return known;
    const chain = this.sections.chainFrom(this.els[d]!, this.roles[d]!, d > 0 ? this.chainAt(d - 1) : NO_SECTIONS);
    this.chains[d] = chain;
    this.chainVersions[d] = version;
    return chain;
  }
}
