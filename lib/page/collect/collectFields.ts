// collect: one walk over the document and its open shadow roots (not frames: each frame runs its
// own content script) describing every fillable control. Descriptors carry labels, context and
// shape, never the page's values (only hasValue).
import type { ControlKind, DatePart, FieldConstraints, FieldDescriptor, FieldOption, LabelText, SectionText, WidgetHint } from '../../form/types';
import { addLabel, explicitLabels, LabelIndex, precedingText } from './labels';
import { attr, classOf, forgetAttributes, hasAttr, idOf } from './attributes';
import { AncestorPath, MARKED_SELECTORS } from './path';
import { protectionReason } from './protection';
import { ContainerRows, nameRow } from './rows';
import { isHeading, SectionTracker } from './sections';
import { TableIndex } from './tables';
import { cleanText, elementText, parentOf } from './text';
import { Visibility } from './visibility';
import { comboboxHasValue, comboboxLibrary, comboboxRoot, datePartOf, maskOf, sectionedDateParts } from './widgets';

export interface CollectResult {
  fields: FieldDescriptor[];
  /** Descriptor id (and radio/checkbox option id) -> the element to act on. */
  elements: Map<string, Element>;
}

const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'date', 'url', 'search', 'datetime-local', 'month', 'password']);
const ADD_ROW = /^\+?\s*add\b.{0,40}\b(another|row|line|more|additional|new|diagnos[ie]s|procedures?|services?|codes?|cpt|icd)\b|^\+\s*add\b/iu;
const MAX_OPTIONS = 400;
/** Tags the DOM never lets host a shadow root (attachShadow throws for them): no shadowRoot read. */
const NO_SHADOW_TAGS = new Set(['INPUT', 'OPTION', 'SELECT', 'TEXTAREA', 'LABEL', 'BUTTON', 'A', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'FORM', 'FIELDSET', 'LEGEND', 'LI', 'UL', 'OL', 'IMG', 'BR', 'OPTGROUP']);

/** What the walk knew about a control's surroundings when it met it (groups are described after the walk). */
interface Place {
  /** The label element around the control. */
  wrapping: Element | null;
  /** The nearest table cell around it. */
  cell: Element | null;
  /** The nearest row container above it, within reach. */
  row: Element | null;
  captcha: boolean;
}

interface PendingGroup {
  kind: 'group';
  type: 'radio' | 'checkbox';
  members: HTMLInputElement[];
  places: Place[];
  /** The first member's sections when the walk met it: headings further down title what follows, not the group. */
  sections: SectionText[];
}

type Slot = { kind: 'field'; field: FieldDescriptor; part?: DatePart } | PendingGroup;

export function collectFields(root: Document | ShadowRoot = document): CollectResult {
  // Attribute names are noted per control for one collect only: the page changes between collects.
  forgetAttributes();
  try {
    const collector = new Collector(root);
    for (const _ of collector.steps());
    return collector.finish();
  } finally {
    forgetAttributes();
  }
}

/**
 * The same collect, giving the page its thread back between slices (`slice()` yields once a slice
 * has run long enough): the first read of a large form runs in the content script's coldest code
 * and took 50-65 ms in one task on a 1,000-control page.
 */
export async function collectFieldsInSlices(root: Document | ShadowRoot, slice: () => Promise<void>): Promise<CollectResult> {
  forgetAttributes();
  try {
    const collector = new Collector(root);
    for (const _ of collector.steps()) await slice();
    return collector.finish();
  } finally {
    forgetAttributes();
  }
}

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

class Collector {
  private slots: Slot[] = [];
  private groups = new Map<string, PendingGroup>();
  private elements = new Map<string, Element>();
  private seen = new Set<Element>();
  private visibility = new Visibility();
  private sections = new SectionTracker();
  private path = new AncestorPath(this.sections);
  private tables = new TableIndex();
  private containerRows = new ContainerRows();
  private nextId = 1;
  private rootCount = 0;
  private labelIndexes = new Map<Node, LabelIndex>();
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
    this.labelIndexes.set(root, index);
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
        const pending: PendingGroup = { kind: 'group', type, members: [el], places: [this.placeAt(d)], sections: this.path.sectionsAt(d) };
        if (key) this.groups.set(key, pending);
        this.slots.push(pending);
      }
      return;
    }
    if (type === 'button' || type === 'submit') return this.button(el, d);
    if (!TEXT_TYPES.has(type)) return;
    if (this.path.comboboxAt(d)) return this.combobox(el, index, d);
    if (!this.usable(el, d)) return;
    const field = this.describe(el, 'text', index, this.placeAt(d), this.path.sectionsAt(d));
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

  private simple(el: Element, kind: ControlKind, index: LabelIndex, d: number): void {
    if (!this.usable(el, d)) return;
    const field = this.describe(el, kind, index, this.placeAt(d), this.path.sectionsAt(d));
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
    const field = this.describe(el, 'combobox', index, this.placeAt(d), this.path.sectionsAt(d), widgetRoot);
    field.widgets.push({ kind: 'combobox', library: comboboxLibrary(el) });
    field.state.hasValue = comboboxHasValue(el, widgetRoot);
    this.slots.push({ kind: 'field', field });
  }

  /** A non-input combobox (mat-select, div role=combobox); skipped when an input inside stands for it. */
  private ariaCombobox(el: Element, index: LabelIndex, d: number): void {
    if (el.querySelector('input')) return;
    if (!this.usable(el, d)) return;
    const field = this.describe(el, 'combobox', index, this.placeAt(d), this.path.sectionsAt(d), el);
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
    const field = this.describe(group, 'sectioned-date', index, this.placeAt(d), this.path.sectionsAt(d), group.parentElement ?? group);
    field.widgets.push({ kind: 'sectioned-date', sections: parts, typing: 'sections' });
    // MUI sets aria-valuenow on a filled section; others only show its digits (placeholders are "MM").
    field.state.hasValue = Array.from(group.querySelectorAll('[role=spinbutton]')).some((s) => s.hasAttribute('aria-valuenow') || /\d/u.test(s.textContent ?? ''));
    this.slots.push({ kind: 'field', field });
  }

  private button(el: Element, d: number): void {
    const text = cleanText(elementText(el, 80) || attr(el, 'aria-label') || (el as HTMLInputElement).value || '');
    if (!text || text.length > 60 || !ADD_ROW.test(text) || !this.usable(el, d)) return;
    const field = this.base(el, 'add-row', [{ source: 'aria-label', text }], this.path.sectionsAt(d));
    this.slots.push({ kind: 'field', field });
  }

  private base(el: Element, kind: ControlKind, labels: LabelText[], section: SectionText[]): FieldDescriptor {
    const id = `f${this.nextId++}`;
    this.elements.set(id, el);
    return {
      id,
      order: 0,
      kind,
      tag: tagName(el),
      type: (attr(el, 'type') ?? '').toLowerCase(),
      role: attr(el, 'role') ?? '',
      name: attr(el, 'name') ?? '',
      htmlId: idOf(el),
      autocomplete: (attr(el, 'autocomplete') ?? '').toLowerCase(),
      classHint: classHintOf(classOf(el)),
      labels,
      section,
      options: [],
      constraints: { required: false },
      state: { visible: true, disabled: false, readOnly: false, hasValue: false },
      widgets: [],
    };
  }

  /** Labels, section, constraints, state, rows and protection of one control. */
  private describe(el: Element, kind: ControlKind, index: LabelIndex, place: Place, sections: SectionText[], widgetRoot?: Element): FieldDescriptor {
    const labels = explicitLabels(el, index, place.wrapping);
    const field = this.base(el, kind, labels, sections);
    if (!field.name && widgetRoot) field.name = widgetRoot.querySelector('input[name]')?.getAttribute('name') ?? '';
    const table = place.cell ? this.tables.contextOf(place.cell) : undefined;
    if (!labels.some((l) => l.source === 'label-for' || l.source === 'wrapping-label' || l.source === 'aria-labelledby' || l.source === 'aria-label')) {
      addLabel(labels, 'preceding-text', precedingText(widgetRoot && widgetRoot !== el && widgetRoot.contains(el) ? widgetRoot : el));
    }
    if (table) {
      addLabel(labels, 'table-header', table.columnHeader);
      addLabel(labels, 'table-row', table.rowHeader);
    }
    const input = el as HTMLInputElement;
    // Filled in base's object, in this key order (required, maxLength, pattern, inputMode, min, max): descriptors compare as JSON.
    const constraints: FieldConstraints = field.constraints;
    constraints.required = hasAttr(el, 'required') || attr(el, 'aria-required') === 'true';
    const maxLength = Number(attr(el, 'maxlength'));
    if (maxLength > 0) constraints.maxLength = maxLength;
    const pattern = attr(el, 'pattern');
    if (pattern) constraints.pattern = pattern;
    const inputMode = attr(el, 'inputmode');
    if (inputMode) constraints.inputMode = inputMode;
    const min = attr(el, 'min');
    if (min) constraints.min = min;
    const max = attr(el, 'max');
    if (max) constraints.max = max;
    const state = field.state;
    state.readOnly = input.readOnly === true || attr(el, 'aria-readonly') === 'true';
    state.hasValue = kind === 'select' ? selectHasValue(el as HTMLSelectElement) : typeof input.value === 'string' && input.value !== '';
    const row = table?.rowIndex !== undefined ? { rowIndex: table.rowIndex, rowGroup: table.rowGroup! } : ((place.row ? this.containerRows.placeOf(place.row) : undefined) ?? nameRow(field.name));
    if (row) {
      field.rowIndex = row.rowIndex;
      field.rowGroup = row.rowGroup;
    }
    const reason = protectionReason(el, labels, field.section, place.captcha);
    if (reason) field.protected = { reason };
    return field;
  }

  private group(pending: PendingGroup): FieldDescriptor {
    const first = pending.members[0]!;
    const index = this.labelIndexes.get(first.getRootNode()) ?? new LabelIndex(first.getRootNode() as Document);
    const single = pending.type === 'checkbox' && pending.members.length === 1;
    const kind: ControlKind = pending.type === 'radio' ? 'radio-group' : single ? 'checkbox' : 'checkbox-group';
    const field = this.describe(first, kind, index, pending.places[0]!, pending.sections);
    if (!single) {
      // The group's question: a radiogroup's label, the fieldset legend, or the text before it.
      const labels: LabelText[] = [];
      const container = first.closest('[role=radiogroup], [role=group], fieldset');
      if (container && pending.members.every((m) => container.contains(m))) {
        addLabel(labels, 'aria-labelledby', labelledBy(container, index));
        addLabel(labels, 'aria-label', container.getAttribute('aria-label') ?? '');
        const legend = container.tagName === 'FIELDSET' ? Array.from(container.children).find((c) => c.tagName === 'LEGEND') : undefined;
        if (legend) addLabel(labels, 'legend', elementText(legend));
      }
      const memberIds = new Set(pending.members.map((m) => m.id).filter(Boolean));
      const start = first.parentElement?.tagName === 'LABEL' ? first.parentElement : first;
      addLabel(labels, 'preceding-text', precedingText(start, (e) => e.tagName === 'LABEL' && memberIds.has(e.getAttribute('for') ?? '')));
      field.labels = [...labels, ...field.labels.filter((l) => l.source === 'table-header' || l.source === 'table-row')];
      field.name = first.name;
      field.htmlId = '';
    }
    field.options = pending.members.map((m, i): FieldOption => {
      const optionId = `${field.id}o${i + 1}`;
      this.elements.set(optionId, m);
      return { value: m.value, text: single ? '' : optionText(m, index, pending.places[i]!.wrapping), id: optionId };
    });
    field.state.hasValue = pending.members.some((m) => m.checked);
    field.constraints.required = pending.members.some((m) => m.required || m.getAttribute('aria-required') === 'true');
    if (!field.protected) {
      const reason = protectionReason(first, [...field.labels, ...field.options.map((o) => ({ source: 'aria-label' as const, text: o.text }))], field.section, pending.places[0]!.captcha);
      if (reason) field.protected = { reason };
    }
    return field;
  }

  finish(): CollectResult {
    const fields: FieldDescriptor[] = [];
    const parts = new Map<FieldDescriptor, DatePart>();
    for (const slot of this.slots) {
      if (slot.kind === 'group') fields.push(this.group(slot));
      else {
        fields.push(slot.field);
        if (slot.part) parts.set(slot.field, slot.part);
      }
    }
    fields.forEach((f, i) => (f.order = i));
    groupDateParts(fields, parts, this.elements);
    numberNameStems(fields);
    return { fields, elements: this.elements };
  }
}

/** Lowercase tag names: a handful of tags per page, asked once per control. */
const tagNames = new Map<string, string>();

function tagName(el: Element): string {
  const tag = el.tagName;
  let lower = tagNames.get(tag);
  if (lower === undefined) {
    lower = tag.toLowerCase();
    if (tagNames.size < 200) tagNames.set(tag, lower);
  }
  return lower;
}

/** Class hints by class attribute: controls of one form share a few class lists. */
const classHints = new Map<string, string>();

function classHintOf(cls: string): string {
  if (!cls) return '';
  let hint = classHints.get(cls);
  if (hint === undefined) {
    hint = cls.split(/\s+/u).filter(Boolean).slice(0, 6).join(' ').slice(0, 100);
    if (classHints.size >= 2000) classHints.clear();
    classHints.set(cls, hint);
  }
  return hint;
}

function selectHasValue(select: HTMLSelectElement): boolean {
  const option = select.options[select.selectedIndex];
  return !!option && option.value !== '' && !/^(select|choose|please|--)/iu.test(option.text.trim());
}

function labelledBy(el: Element, index: LabelIndex): string {
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((id) => index.byId(id))
    .filter((e): e is Element => !!e)
    .map((e) => elementText(e))
    .join(' ');
}

/** A radio's or checkbox's own words: its label, else the text right after it. */
function optionText(el: HTMLInputElement, index: LabelIndex, wrapping: Element | null): string {
  const own = explicitLabels(el, index, wrapping).find((l) => l.source !== 'placeholder' && l.source !== 'title');
  if (own) return own.text;
  for (let next = el.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1 && (next as Element).matches('input, select, textarea')) break;
    const t = cleanText(next.textContent ?? '');
    if (t) return t.slice(0, 120);
  }
  return el.value;
}

/** A MUI-style picker input typed section by section (one input, "MM/DD/YYYY" sections). */
function isPickerInput(el: HTMLInputElement, ph: string): boolean {
  if (!ph || !/^(mm|dd|yyyy)([/.-](mm|dd|yyyy)){2}$/iu.test(ph.replace(/\s/gu, ''))) return false;
  return !!el.closest('[class*="MuiPickers"], [class*="MuiDateField"], [class*="DatePicker"], [class*="MuiDatePicker"]');
}

/**
 * Split date boxes: consecutive text boxes each holding one part (MM / DD / YYYY) close together
 * in the tree form one date. The date's own label (often only on the first box) is shared.
 */
function groupDateParts(fields: FieldDescriptor[], parts: Map<FieldDescriptor, DatePart>, elements: Map<string, Element>): void {
  let run: FieldDescriptor[] = [];
  const flush = () => {
    // Most runs are empty or one box: no set for those.
    const kinds = run.length >= 2 ? new Set(run.map((f) => parts.get(f))) : undefined;
    if (kinds && kinds.size === run.length && (kinds.has('month') || kinds.has('day'))) {
      const group = run[0]!.id;
      const shared = run.flatMap((f) => f.labels).filter((l) => !isPartWord(l.text));
      for (const f of run) {
        const part = parts.get(f)!;
        const ph = f.constraints.maxLength ?? (/^y+$/iu.test(f.labels.find((l) => l.source === 'placeholder')?.text ?? '') ? f.labels.find((l) => l.source === 'placeholder')!.text.length : part === 'year' ? 4 : 2);
        f.widgets.push({ kind: 'date-part', part, group, width: ph });
        for (const l of shared) if (!f.labels.some((x) => x.text === l.text)) f.labels.push(l);
      }
    }
    if (run.length) run = [];
  };
  for (const f of fields) {
    const part = parts.get(f);
    const prev = run[run.length - 1];
    const repeats = run.some((r) => parts.get(r) === part);
    if (part && prev && !repeats && near(elements.get(prev.id)!, elements.get(f.id)!)) run.push(f);
    else {
      flush();
      if (part) run.push(f);
    }
  }
  flush();
}

function isPartWord(text: string): boolean {
  return /^(mm|dd|yy|yyyy|month|day|year)$/iu.test(text.replace(/[^a-z]/giu, ''));
}

/** Within three levels of a common ancestor. */
function near(a: Element, b: Element): boolean {
  const up: Element[] = [];
  for (let n: Element | null = a, i = 0; n && i <= 3; n = parentOf(n), i++) up.push(n);
  for (let n: Element | null = b, i = 0; n && i <= 3; n = parentOf(n), i++) if (up.includes(n) && n !== a) return true;
  return false;
}

/** Numbered names ("icd1", "icd_2", "cpt-3") that repeat a stem are rows of that stem. */
function numberNameStems(fields: FieldDescriptor[]): void {
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

export type { WidgetHint };
