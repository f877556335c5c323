// Widget shapes the plan must format for: comboboxes by library, sectioned dates, split date
// boxes (MM / DD / YYYY), masked inputs.
import type { DatePart, LabelText, WidgetHint } from '../../form/types';
import { attr, idOf } from './attributes';

export type ComboboxLibrary = Extract<WidgetHint, { kind: 'combobox' }>['library'];

export function comboboxLibrary(el: Element): ComboboxLibrary {
  if (el.closest('ng-select, .ng-select')) return 'ng-select';
  if (el.tagName === 'MAT-SELECT' || el.closest('mat-select, .mat-mdc-select, .mat-select')) return 'mat-select';
  const cls = typeof el.className === 'string' ? el.className : '';
  if (/^react-select-\d+-input$/u.test(el.id) || (/__input\b/u.test(cls) && el.closest('[class*="__control"]'))) return 'react-select';
  return 'aria';
}

/** The widget root of a combobox input (react-select container, ng-select), for its name and value. */
export function comboboxRoot(el: Element): Element {
  return el.closest('ng-select, mat-select') ?? el.closest('[class*="__control"]')?.parentElement ?? el.parentElement ?? el;
}

/** Whether a combobox shows a chosen value (not the placeholder). */
export function comboboxHasValue(el: Element, root: Element): boolean {
  if ((el as HTMLInputElement).value) return true;
  const shown = root.querySelector(
    '[class*="single-value"], [class*="multi-value"], .ng-value, .mat-mdc-select-value-text, .mat-select-value-text, .mat-select-value',
  );
  return (
    !!shown &&
    !/placeholder/iu.test(String((shown as Element).className)) &&
    !shown.querySelector('[class*="placeholder"]') &&
    !!shown.textContent?.trim()
  );
}

const PART_WORDS: [RegExp, DatePart][] = [
  [/^(mm|month|mon|mo)$/iu, 'month'],
  [/^(dd|day)$/iu, 'day'],
  [/^(yy|yyyy|year|yr)$/iu, 'year'],
];
/** Parts by label text: labels repeat across a form, so each is read once. */
const partByText = new Map<string, DatePart | null>();

function partOfText(text: string): DatePart | undefined {
  let part = partByText.get(text);
  if (part === undefined) {
    const t = text.replace(/[^a-z]/giu, '');
    part = PART_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
    if (partByText.size >= 2000) partByText.clear();
    partByText.set(text, part);
  }
  return part ?? undefined;
}

const NAME_PART: [RegExp, DatePart][] = [
  [/(?:^|[^a-z])(mm|month)\]?$/iu, 'month'],
  [/(?:^|[^a-z])(dd|day)\]?$/iu, 'day'],
  [/(?:^|[^a-z])(yy|yyyy|year)\]?$/iu, 'year'],
];
/** Any of NAME_PART: one test for the many names that are none. */
const ANY_NAME_PART = /(?:^|[^a-z])(mm|month|dd|day|yy|yyyy|year)\]?$/iu;

/** Which part of a date one box holds, from its placeholder, label or name ("MM", "Day", "dob_year"). */
export function datePartOf(el: Element, labels: LabelText[], placeholder = attr(el, 'placeholder') ?? ''): DatePart | undefined {
  const own = partOfText(placeholder);
  if (own) return own;
  for (const label of labels) {
    const part = partOfText(label.text);
    if (part) return part;
  }
  const name = attr(el, 'name') ?? idOf(el);
  if (!ANY_NAME_PART.test(name)) return undefined;
  for (const [re, part] of NAME_PART) if (re.test(name)) return part;
  return undefined;
}

const MASK_PLACEHOLDER = /[_#X9]{2,}.*[-/().\s]|\(\s*[_#X9]{3}\s*\)|^[_#]{2,}/u;
const MASK_ATTRIBUTES = ['data-mask', 'data-inputmask', 'data-inputmask-mask', 'data-mask-pattern', 'mask'];

export function maskOf(el: Element, ph = attr(el, 'placeholder') ?? ''): string | undefined {
  for (const a of MASK_ATTRIBUTES) {
    const v = attr(el, a);
    if (v) return v.replace(/^'mask':\s*/u, '').replace(/^['"]|['"]$/gu, '');
  }
  return MASK_PLACEHOLDER.test(ph) ? ph : undefined;
}

const SECTION_PART: [RegExp, DatePart][] = [
  [/month|^mm$/iu, 'month'],
  [/day|^dd$/iu, 'day'],
  [/year|^y{2,4}$/iu, 'year'],
];

/** The parts of a sectioned date group, in the order the sections appear. */
export function sectionedDateParts(group: Element): DatePart[] {
  const parts: DatePart[] = [];
  for (const s of Array.from(group.querySelectorAll('[role=spinbutton]'))) {
    const words = [s.getAttribute('data-section'), s.getAttribute('aria-label'), s.getAttribute('placeholder'), s.textContent]
      .filter(Boolean)
      .join(' ')
      .trim();
    const hit = SECTION_PART.find(([re]) => words.split(/\s+/u).some((w) => re.test(w)));
    if (hit) parts.push(hit[1]);
  }
  return parts;
}

/** A MUI-style picker input typed section by section (one input, "MM/DD/YYYY" sections). */
export function isPickerInput(el: HTMLInputElement, ph: string): boolean {
  if (!ph || !/^(mm|dd|yyyy)([/.-](mm|dd|yyyy)){2}$/iu.test(ph.replace(/\s/gu, ''))) return false;
  return !!el.closest('[class*="MuiPickers"], [class*="MuiDateField"], [class*="DatePicker"], [class*="MuiDatePicker"]');
}
