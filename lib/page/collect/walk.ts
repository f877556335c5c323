// walk: one pass over the document and its open shadow roots (not frames: each frame runs its own
// content script), in document order, deciding which elements are controls and describing each as
// it meets it (describe.ts). Radio and checkbox groups are only gathered here: a group is complete
// once the walk is over.
import type { DatePart, FieldDescriptor } from '../../form/types';
import { LabelIndex } from './labels';
import { attr, hasAttr } from './attributes';
import { AncestorPath, MARKED_SELECTORS } from './path';
import { Describer, type PendingGroup, type Place } from './describe';
import { isHeading, SectionTracker } from './sections';
import { cleanText, elementText, parentOf } from './text';
import { Visibility } from './visibility';
import { comboboxHasValue, comboboxLibrary, comboboxRoot, datePartOf, isPickerInput, maskOf, sectionedDateParts } from './widgets';

/** One control met by the walk, in document order: a described field (with its date part, if a box holds one) or a group to describe. */
export type Slot = { kind: 'field'; field: FieldDescriptor; part?: DatePart } | PendingGroup;

const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'date', 'url', 'search', 'datetime-local', 'month', 'password']);
const ADD_ROW =
  /^\+?\s*add\b.{0,40}\b(another|row|line|more|additional|new|diagnos[ie]s|procedures?|services?|codes?|cpt|icd)\b|^\+\s*add\b/iu;
const MAX_OPTIONS = 400;
/** Tags the DOM never lets host a shadow root (attachShadow throws for them): no shadowRoot read. */
const NO_SHADOW_TAGS = new Set([
  'INPUT',
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'LABEL',
  'BUTTON',
  'A',
  'TD',
  'TH',
  'TR',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TABLE',
  'FORM',
  'FIELDSET',
  'LEGEND',
  'LI',
  'UL',
  'OL',
  'IMG',
  'BR',
  'OPTGROUP',
]);

/** One tree of the walk (the document or a shadow root) and what its controls read from it. */
interface Tree {
  root: Node;
  index: LabelIndex;
  id: number;
  /** Elements matching MARKED_SELECTORS (path.ts); null when none. */
  marked: Set<Element> | null;
}

/** Marks on the walk's stack: the element entered last is done; the tree entered last is done. */
const LEAVE = 0;
const LEAVE_TREE = 1;
/** Elements visited between two chances for the caller to yield. */
const STEP = 128;

export class Walk {
  /** The controls met, in document order. */
  readonly slots: Slot[] = [];
  readonly describer = new Describer();
  private groups = new Map<string, PendingGroup>();
  private seen = new Set<Element>();
  private visibility = new Visibility();
  private sections = new SectionTracker();
  private path = new AncestorPath(this.sections);
  private rootCount = 0;
  private formIndexes = new Map<HTMLFormElement, number>();
  /** What is left to walk, last first: elements, trees to enter, and leave marks. */
  private stack: (Element | Document | ShadowRoot | typeof LEAVE | typeof LEAVE_TREE)[];

  constructor(root: Document | ShadowRoot) {
    // A shadow root collected on its own: its host's ancestors still hide, title and hold rows.
    const host = (root as ShadowRoot).host as Element | undefined;
    if (root.nodeType === 11 && host) {
      const chain: Element[] = [];
      for (let node: Element | null = host; node; node = parentOf(node)) chain.unshift(node);
      for (const node of chain) this.path.enter(node, node.tagName, node.getAttribute('role'), true, !node.parentElement);
    }
    this.stack = [root];
  }

  /**
   * Depth-first over the elements in document order, each shadow root right after its host; yields
   * every STEP elements. The path (path.ts) is entered and left as a recursive walk would.
   */
  *steps(): Generator<void> {
    const stack = this.stack;
    const trees: Tree[] = [];
    let tree: Tree | undefined;
    let count = 0;
    while (stack.length) {
      const step = stack.pop()!;
      if (step === LEAVE) this.path.leave();
      else if (step === LEAVE_TREE) tree = (trees.pop(), trees[trees.length - 1]);
      else if (step.nodeType !== 1) {
        trees.push((tree = this.enterTree(step as Document | ShadowRoot)));
        stack.push(LEAVE_TREE);
        for (let el = step.lastElementChild; el; el = el.previousElementSibling) stack.push(el);
      } else {
        const el = step as Element;
        const tag = el.tagName;
        this.visit(el, tag, tree!, el.parentNode === tree!.root);
        stack.push(LEAVE);
        // A select's options are read through .options; walking them (fifty states, hundreds of codes)
        // would only ask each whether it is a heading.
        if (tag !== 'SELECT') for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
        if (!NO_SHADOW_TAGS.has(tag)) {
          const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
          if (shadow) stack.push(shadow);
        }
        if (++count % STEP === 0) yield;
      }
    }
  }

  private enterTree(root: Document | ShadowRoot): Tree {
    const index = new LabelIndex(root);
    let marked: Set<Element> | null = null;
    for (const selector of MARKED_SELECTORS) {
      const found = root.querySelectorAll(selector);
      if (found.length) marked ??= new Set<Element>();
      for (let i = 0; i < found.length; i++) marked!.add(found[i]!);
    }
    return { root, index, id: this.rootCount++, marked };
  }

  /** Enters el on the path and describes it when it is a control (its subtree comes after). */
  private visit(el: Element, tag: string, tree: Tree, treeStart: boolean): void {
    // Only marked elements can have a role: no attribute read for the rest.
    const isMarked = tree.marked !== null && tree.marked.has(el);
    const role = isMarked ? el.getAttribute('role') : null;
    this.path.enter(el, tag, role, isMarked, treeStart);
    const d = this.path.top;
    const index = tree.index;
    if (tag === 'INPUT') this.input(el as HTMLInputElement, index, tree.id, d);
    else if (tag === 'SELECT' || tag === 'TEXTAREA') this.simple(el, tag === 'SELECT' ? 'select' : 'textarea', index, d);
    else if (tag === 'BUTTON' || tag === 'A' || role === 'button') this.button(el, d);
    else if (role === 'combobox') this.ariaCombobox(el, index, d);
    else if (role === 'spinbutton') this.sectionedDate(el, index);
    else if (isHeading(el, role, tag)) this.sections.noteHeading(el);
  }

  /** `d`: the element's depth on the walk's path. */
  private usable(el: Element, d: number): boolean {
    if ((el as HTMLInputElement).disabled || attr(el, 'aria-disabled') === 'true' || this.path.disabledFieldsetAt(d)) return false;
    return this.visibility.isVisible(el, this.path.hiddenAt(d));
  }

  private placeAt(d: number): Place {
    const path = this.path;
    return { wrapping: path.wrappingLabelAt(d), cell: path.cellAt(d), row: path.rowAt(d), captcha: path.captchaAt(d) };
  }

  private input(el: HTMLInputElement, index: LabelIndex, rootId: number, d: number): void {
    const type = (attr(el, 'type') ?? '').toLowerCase();
    if (type === 'radio' || type === 'checkbox') {
      if (!this.usable(el, d)) return;
      const key = el.name ? `${rootId}|${this.formIndex(el)}|${type}|${el.name}` : '';
      const group = key ? this.groups.get(key) : undefined;
      if (group) {
        group.members.push(el);
        group.places.push(this.placeAt(d));
      } else {
        const pending: PendingGroup = {
          kind: 'group',
          type,
          members: [el],
          places: [this.placeAt(d)],
          sections: this.path.sectionsAt(d),
          index,
        };
        if (key) this.groups.set(key, pending);
        this.slots.push(pending);
      }
      return;
    }
    if (type === 'button' || type === 'submit') return this.button(el, d);
    if (!TEXT_TYPES.has(type)) return;
    if (this.path.comboboxAt(d)) return this.combobox(el, index, d);
    if (!this.usable(el, d)) return;
    const field = this.describer.describe(el, 'text', index, this.placeAt(d), this.path.sectionsAt(d));
    const placeholder = attr(el, 'placeholder') ?? '';
    const mask = maskOf(el, placeholder);
    if (mask) field.widgets.push({ kind: 'masked', mask });
    if (attr(el, 'aria-autocomplete') === 'list' || hasAttr(el, 'list')) field.widgets.push({ kind: 'typeahead' });
    if (isPickerInput(el, placeholder)) {
      field.kind = 'sectioned-date';
      field.widgets.push({ kind: 'sectioned-date', sections: ['month', 'day', 'year'], typing: 'input' });
    }
    this.slots.push({ kind: 'field', field, part: datePartOf(el, field.labels, placeholder) });
  }

  /** The form's index among the document's forms, once per form. */
  private formIndex(el: HTMLInputElement): number {
    const form = el.form;
    if (!form) return -1;
    let i = this.formIndexes.get(form);
    if (i === undefined) this.formIndexes.set(form, (i = Array.prototype.indexOf.call(el.ownerDocument.forms, form)));
    return i;
  }

  private simple(el: Element, kind: 'select' | 'textarea', index: LabelIndex, d: number): void {
    if (!this.usable(el, d)) return;
    const field = this.describer.describe(el, kind, index, this.placeAt(d), this.path.sectionsAt(d));
    if (kind === 'select') {
      const options = (el as HTMLSelectElement).options;
      const count = Math.min(options.length, MAX_OPTIONS);
      for (let i = 0; i < count; i++) {
        const o = options[i]!;
        field.options.push({ value: o.value, text: cleanText(o.text) });
      }
    }
    this.slots.push({ kind: 'field', field });
  }

  /** An input that is (or sits in) a combobox: react-select, ng-select, ARIA 1.1 patterns. */
  private combobox(el: HTMLInputElement, index: LabelIndex, d: number): void {
    if (!this.usable(el, d)) return;
    const widgetRoot = comboboxRoot(el);
    const field = this.describer.describe(el, 'combobox', index, this.placeAt(d), this.path.sectionsAt(d), widgetRoot);
    field.widgets.push({ kind: 'combobox', library: comboboxLibrary(el) });
    field.state.hasValue = comboboxHasValue(el, widgetRoot);
    this.slots.push({ kind: 'field', field });
  }

  /** A non-input combobox (mat-select, div role=combobox); skipped when an input inside stands for it. */
  private ariaCombobox(el: Element, index: LabelIndex, d: number): void {
    if (el.querySelector('input')) return;
    if (!this.usable(el, d)) return;
    const field = this.describer.describe(el, 'combobox', index, this.placeAt(d), this.path.sectionsAt(d), el);
    field.widgets.push({ kind: 'combobox', library: comboboxLibrary(el) });
    field.state.hasValue = comboboxHasValue(el, el);
    this.slots.push({ kind: 'field', field });
  }

  /** MUI-style date: spinbutton sections in one group, described once as the group. */
  private sectionedDate(section: Element, index: LabelIndex): void {
    const group = section.closest('[role=group]') ?? section.parentElement;
    if (!group || this.seen.has(group)) return;
    this.seen.add(group);
    const parts = sectionedDateParts(group);
    // The group is an ancestor in the same tree, so it is on the walk's path.
    const d = this.path.depthOf(group);
    if (parts.length < 2 || d < 0 || !this.usable(group, d)) return;
    const field = this.describer.describe(
      group,
      'sectioned-date',
      index,
      this.placeAt(d),
      this.path.sectionsAt(d),
      group.parentElement ?? group,
    );
    field.widgets.push({ kind: 'sectioned-date', sections: parts, typing: 'sections' });
    // MUI sets aria-valuenow on a filled section; others only show its digits (placeholders are "MM").
    field.state.hasValue = Array.from(group.querySelectorAll('[role=spinbutton]')).some(
      (s) => s.hasAttribute('aria-valuenow') || /\d/u.test(s.textContent ?? ''),
    );
    this.slots.push({ kind: 'field', field });
  }

  /** "+ Add diagnosis", "Add another line": a button that adds a row of controls. */
  private button(el: Element, d: number): void {
    const text = cleanText(elementText(el, 80) || attr(el, 'aria-label') || (el as HTMLInputElement).value || '');
    if (!text || text.length > 60 || !ADD_ROW.test(text) || !this.usable(el, d)) return;
    const field = this.describer.base(el, 'add-row', [{ source: 'aria-label', text }], this.path.sectionsAt(d));
    this.slots.push({ kind: 'field', field });
  }
}
