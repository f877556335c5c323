// describe: what one control (or one radio/checkbox group) looks like to classify: labels, section,
// constraints, state, row and protection, under an id the element map keeps for the fill. The walk
// (walk.ts) decides which elements are controls; this file only describes them.
import type { ControlKind, FieldConstraints, FieldDescriptor, FieldOption, LabelText, SectionText } from '../../form/types';
import { addLabel, explicitLabels, LabelIndex, precedingText } from './labels';
import { attr, classOf, hasAttr, idOf } from './attributes';
import { protectionReason } from './protection';
import { ContainerRows, nameRow } from './rows';
import { TableIndex } from './tables';
import { cleanText, elementText } from './text';

/** What the walk knew about a control's surroundings when it met it (groups are described after the walk). */
export interface Place {
  /** The label element around the control. */
  wrapping: Element | null;
  /** The nearest table cell around it. */
  cell: Element | null;
  /** The nearest row container above it, within reach. */
  row: Element | null;
  captcha: boolean;
}

/** Radios or checkboxes of one name, gathered by the walk and described as one field after it. */
export interface PendingGroup {
  kind: 'group';
  type: 'radio' | 'checkbox';
  members: HTMLInputElement[];
  places: Place[];
  /** The first member's sections when the walk met it: headings further down title what follows, not the group. */
  sections: SectionText[];
  /** The label index of the first member's tree. */
  index: LabelIndex;
}

/** Describes controls of one collect: ids are numbered in the order described, each kept in `elements`. */
export class Describer {
  /** Descriptor id (and radio/checkbox option id) -> the element to act on. */
  readonly elements = new Map<string, Element>();
  private tables = new TableIndex();
  private containerRows = new ContainerRows();
  private nextId = 1;

  /** The shape every descriptor starts from: the element's own attributes, under a new id. */
  base(el: Element, kind: ControlKind, labels: LabelText[], section: SectionText[]): FieldDescriptor {
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
  describe(
    el: Element,
    kind: ControlKind,
    index: LabelIndex,
    place: Place,
    sections: SectionText[],
    widgetRoot?: Element,
  ): FieldDescriptor {
    const labels = explicitLabels(el, index, place.wrapping);
    const field = this.base(el, kind, labels, sections);
    if (!field.name && widgetRoot) field.name = widgetRoot.querySelector('input[name]')?.getAttribute('name') ?? '';
    const table = place.cell ? this.tables.contextOf(place.cell) : undefined;
    if (
      !labels.some(
        (l) => l.source === 'label-for' || l.source === 'wrapping-label' || l.source === 'aria-labelledby' || l.source === 'aria-label',
      )
    ) {
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
    const row =
      table?.rowIndex !== undefined
        ? { rowIndex: table.rowIndex, rowGroup: table.rowGroup! }
        : ((place.row ? this.containerRows.placeOf(place.row) : undefined) ?? nameRow(field.name));
    if (row) {
      field.rowIndex = row.rowIndex;
      field.rowGroup = row.rowGroup;
    }
    const reason = protectionReason(el, labels, field.section, place.captcha);
    if (reason) field.protected = { reason };
    return field;
  }

  /** A radio group, a checkbox group or a lone checkbox: the first member described, with the group's question and options. */
  group(pending: PendingGroup): FieldDescriptor {
    const first = pending.members[0]!;
    const index = pending.index;
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
      addLabel(
        labels,
        'preceding-text',
        precedingText(start, (e) => e.tagName === 'LABEL' && memberIds.has(e.getAttribute('for') ?? '')),
      );
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
      const reason = protectionReason(
        first,
        [...field.labels, ...field.options.map((o) => ({ source: 'aria-label' as const, text: o.text }))],
        field.section,
        pending.places[0]!.captcha,
      );
      if (reason) field.protected = { reason };
    }
    return field;
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
