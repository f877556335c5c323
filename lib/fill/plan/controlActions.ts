// The fill action(s) for one classified control and its case value, chosen by the control's kind and
// widgets: set-value for plain boxes, type-keys for masks and sectioned dates, select-option, check
// for radios and checkboxes, combobox-choose for custom dropdowns. A string answer is why not.
import { dateSections, isoParts } from '../format/dates';
import { labelText, maskOf } from '../format/hints';
import { textForControl } from '../format/control';
import { US_STATES } from '../../case/usStates';
import type { FieldKey } from '../../form/fieldKeys';
import type { FieldDescriptor, FieldOption, FillAction, UnfilledReason } from '../../form/types';
import type { CaseValue } from '../values';
import { acceptTexts, choiceTerms, matchOption, optionTerms, yesNoOption, type OptionTerms } from './matchOption';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Terms for a select/radio that holds one part of a date (month dropdown: "04", "4", "April"). */
function datePartTerms(field: FieldDescriptor, value: CaseValue): OptionTerms | undefined {
  const part = field.widgets.find((w) => w.kind === 'date-part');
  if (value.type !== 'date' || part?.kind !== 'date-part') return undefined;
  const p = isoParts(value.iso)!;
  const v = p[part.part];
  if (part.part === 'year') return { codes: [v, v.slice(2)], words: [] };
  const n = String(Number(v));
  const words = part.part === 'month' ? [MONTH_NAMES[Number(v) - 1]!, MONTH_NAMES[Number(v) - 1]!.slice(0, 3)] : [];
  return { codes: [v, n], words };
}

/** A yes/no answer the value gives ("Is this request urgent?" for priority; booleans). */
function yesNoOf(value: CaseValue): boolean | undefined {
  if (value.type === 'boolean') return value.value;
  if (value.type === 'choice') return value.choice.yes;
  return undefined;
}

function pickOption(field: FieldDescriptor, value: CaseValue): FieldOption | undefined {
  const yes = yesNoOf(value);
  if (yes !== undefined) {
    const yn = yesNoOption(field.options, yes);
    if (yn) return yn;
  }
  const terms = datePartTerms(field, value) ?? optionTerms(value);
  return terms ? matchOption(field.options, terms) : undefined;
}

/** Only alphanumerics are typed into a mask: the mask adds its own "(", ")", "-", "/". */
function maskTyping(text: string): string {
  return text.replace(/[^0-9A-Za-z]/g, '');
}

export function controlActions(field: FieldDescriptor, key: FieldKey, value: CaseValue): FillAction[] | UnfilledReason {
  const base = { fieldId: field.id, key };
  switch (field.kind) {
    case 'select': {
      const o = pickOption(field, value);
      return o ? [{ ...base, kind: 'select-option', value: o.value, text: o.text, preview: o.text }] : 'no-matching-option';
    }
    case 'radio-group': {
      const o = pickOption(field, value);
      return o?.id ? [{ ...base, kind: 'check', optionId: o.id, checked: true, preview: o.text }] : 'no-matching-option';
    }
    case 'checkbox-group': {
      const choices = value.type === 'choices' ? value.choices : value.type === 'choice' ? [value.choice] : [];
      const picked = new Map<string, FieldOption>();
      for (const c of choices) {
        const o = matchOption(field.options, choiceTerms(c));
        if (o?.id) picked.set(o.id, o);
      }
      if (!choices.length) {
        const o = pickOption(field, value);
        if (o?.id) picked.set(o.id, o);
      }
      if (!picked.size) return 'no-matching-option';
      return [...picked.values()].map((o) => ({ ...base, kind: 'check', optionId: o.id!, checked: true, preview: o.text }));
    }
    case 'checkbox': {
      const yes = yesNoOf(value);
      if (yes !== undefined) return [{ ...base, kind: 'check', checked: yes, preview: yes ? 'Checked' : 'Not checked' }];
      // A checkbox that names one choice ("Home", "Continuity of care"): tick it when the case has that choice.
      const choices = value.type === 'choices' ? value.choices : value.type === 'choice' ? [value.choice] : [];
      const self: FieldOption[] = [{ value: 'on', text: labelText(field).split(' | ')[0] ?? '' }];
      const hit = choices.some((c) => matchOption(self, choiceTerms(c)));
      return hit ? [{ ...base, kind: 'check', checked: true, preview: 'Checked' }] : 'no-matching-option';
    }
    case 'combobox': {
      const known = field.options.length ? pickOption(field, value) : undefined;
      const terms = optionTerms(value);
      if (!terms && !known) return 'no-matching-option';
      const query =
        known?.text ??
        (value.type === 'state'
          ? (US_STATES[value.code] ?? value.code)
          : value.type === 'choice'
            ? value.choice.text
            : textForControl(value, field)?.text);
      if (!query) return 'no-matching-option';
      const accept = known ? acceptTexts({ codes: [], words: [known.text] }) : acceptTexts(terms!);
      return [{ ...base, kind: 'combobox-choose', query, accept, preview: known?.text ?? query }];
    }
    case 'sectioned-date': {
      const hint = field.widgets.find((w) => w.kind === 'sectioned-date');
      if (value.type !== 'date') return 'no-matching-option';
      const sections = dateSections(value.iso, hint?.kind === 'sectioned-date' ? hint.sections : ['month', 'day', 'year']);
      if (!sections) return 'no-matching-option';
      const typing = hint?.kind === 'sectioned-date' ? hint.typing : 'sections';
      return [
        {
          ...base,
          kind: 'type-keys',
          text: sections.join(''),
          ...(typing === 'sections' ? { sections } : {}),
          preview: sections.join('/'),
        },
      ];
    }
    case 'text':
    case 'textarea': {
      const sectioned = field.widgets.find((w) => w.kind === 'sectioned-date');
      if (sectioned?.kind === 'sectioned-date') return controlActions({ ...field, kind: 'sectioned-date' }, key, value);
      const ct = textForControl(value, field);
      if (!ct) return 'no-matching-option';
      const cut =
        ct.fitted?.cut && ct.fitted.boundary !== 'none' ? { cut: { boundary: ct.fitted.boundary, dropped: ct.fitted.dropped } } : {};
      if (maskOf(field) !== undefined) return [{ ...base, kind: 'type-keys', text: maskTyping(ct.text), preview: ct.text, ...cut }];
      if (field.widgets.some((w) => w.kind === 'typeahead'))
        return [{ ...base, kind: 'type-keys', text: ct.text, preview: ct.text, ...cut }];
      return [{ ...base, kind: 'set-value', value: ct.text, preview: ct.text, ...cut }];
    }
    case 'add-row':
      return 'no-matching-option';
  }
}
