// Label inference in Chromium's order: label[for], wrapping label, aria-labelledby, aria-label,
// placeholder, title, then (only when nothing explicit exists) preceding text, and table cells.
// Every text keeps its source so classify can weigh it.
import type { LabelText } from '../../form/types';
import { cleanText, elementText, MAX_TEXT, parentOf } from './text';
import { attr, idOf } from './attributes';
import { SHOWN_CONTROL_SELECTOR } from '../controlSelector';

const NO_LABELS: readonly Element[] = [];

/** One pass over a root's label[for] elements, so each control's lookup is a map hit. */
export class LabelIndex {
  private byFor = new Map<string, Element[]>();

  constructor(private root: Document | ShadowRoot) {
    for (const label of Array.from(root.querySelectorAll('label[for]'))) {
      const target = label.getAttribute('for') ?? '';
      if (!target) continue;
      const list = this.byFor.get(target);
      if (list) list.push(label);
      else this.byFor.set(target, [label]);
    }
  }

  labelsFor(id: string): readonly Element[] {
    return id ? (this.byFor.get(id) ?? NO_LABELS) : NO_LABELS;
  }

  byId(id: string): Element | null {
    return (this.root as Document).getElementById?.(id) ?? this.root.querySelector(`#${cssEscape(id)}`);
  }
}

function cssEscape(id: string): string {
  return id.replace(/([^\w-])/gu, '\\$1');
}

function push(out: LabelText[], source: LabelText['source'], raw: string | null | undefined): void {
  // Most controls lack most sources: no cleaning for an absent attribute.
  if (!raw) return;
  const text = cleanText(raw ?? '').slice(0, MAX_TEXT);
  if (text && !out.some((l) => l.source === source && l.text === text)) out.push({ source, text });
}

/** Label texts of one control element, strongest source first. `wrapping`: the label element around it. */
export function explicitLabels(el: Element, index: LabelIndex, wrapping: Element | null): LabelText[] {
  const out: LabelText[] = [];
  const id = idOf(el);
  for (const label of index.labelsFor(id)) push(out, 'label-for', elementText(label));
  if (wrapping && !(wrapping.getAttribute('for') && wrapping.getAttribute('for') === id))
    push(out, 'wrapping-label', elementText(wrapping));
  const labelledBy = attr(el, 'aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/u)
      .map((id) => index.byId(id))
      .filter((e): e is Element => !!e && e !== el)
      .map((e) => elementText(e))
      .join(' ');
    push(out, 'aria-labelledby', text);
  }
  push(out, 'aria-label', attr(el, 'aria-label'));
  push(out, 'placeholder', attr(el, 'placeholder'));
  push(out, 'title', attr(el, 'title'));
  return out;
}

/**
 * Text just before the control (sibling text, or a sibling of an ancestor), stopping at anything
 * that holds another control: that text is the other control's label.
 */
export function precedingText(el: Element, skip?: (e: Element) => boolean): string {
  let node: Element | null = el;
  for (let depth = 0; depth < 4 && node; depth++) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 3) {
        const t = cleanText((prev as Text).data);
        if (t) return t.length <= MAX_TEXT ? t : '';
        continue;
      }
      if (prev.nodeType !== 1) continue;
      const e = prev as Element;
      if (skip?.(e)) continue;
      if (e.matches(SHOWN_CONTROL_SELECTOR) || e.querySelector(SHOWN_CONTROL_SELECTOR)) return '';
      const t = elementText(e, MAX_TEXT + 1);
      if (t) return t.length <= MAX_TEXT ? t : '';
    }
    node = parentOf(node);
    if (
      node &&
      (node.tagName === 'FORM' || node.tagName === 'FIELDSET' || node.tagName === 'BODY' || node.tagName === 'TD' || node.tagName === 'TH')
    )
      break;
  }
  return '';
}

export function addLabel(out: LabelText[], source: LabelText['source'], raw: string): void {
  push(out, source, raw);
}
