// Which option of a select, radio group or checkbox group stands for a case value. Tried from the
// surest match to the loosest; the loose tiers must pick exactly one option (a wrong pick is worse
// than none): value equals the code, text equals a word, "Office (11)" / "11 - Office" code forms,
// text starting with a word, text containing a word (not after "non"/"not"/"no").
import type { Choice } from '../choices';
import { icd10 } from '../format/codes';
import { normaliseOptionText as norm } from '../../form/optionText';
import { US_STATES } from '../../case/usStates';
import type { FieldOption } from '../../form/types';
import type { CaseValue } from '../values';

/** What a value may be called in an option: codes (compared with option values too) and words. */
export interface OptionTerms {
  codes: string[];
  words: string[];
}

export function optionTerms(value: CaseValue): OptionTerms | undefined {
  switch (value.type) {
    case 'choice':
      return choiceTerms(value.choice);
    case 'state':
      return { codes: [value.code], words: US_STATES[value.code] ? [US_STATES[value.code]!] : [] };
    case 'icd10':
      return { codes: [icd10(value.code, true), icd10(value.code, false)], words: [] };
    case 'procedure':
      return { codes: [value.code], words: [] };
    case 'number':
      return { codes: [String(value.value)], words: [] };
    case 'boolean':
      return value.value ? { codes: ['yes', 'y', 'true', '1'], words: ['yes'] } : { codes: ['no', 'n', 'false', '0'], words: ['no'] };
    case 'text':
    case 'phone':
    case 'tin':
    case 'npi':
    case 'zip':
      return { codes: [], words: [value.text] };
    case 'name':
      return { codes: [], words: [`${value.first} ${value.last}`, `${value.last}, ${value.first}`] };
    default:
      return undefined;
  }
}

export function choiceTerms(choice: Choice): OptionTerms {
  return { codes: [choice.code], words: [choice.text, ...choice.words] };
}

/** Accepted texts for a combobox option, in the order codes then words. */
export function acceptTexts(terms: OptionTerms): string[] {
  return [...new Set([...terms.codes, ...terms.words].map(norm).filter(Boolean))];
}

/** Placeholder options ("Select...", "-- Choose --", empty) never stand for a value. */
export function isPlaceholderOption(o: FieldOption): boolean {
  const t = norm(o.text);
  return /^(select|choose|please select|pick one)\b/.test(t) || (o.value.trim() === '' && (t === '' || /^(none|n a)$/.test(t)));
}

const NEGATION = /\b(non|not|no|un)\s*$/;

function containsWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return false;
    const before = text.slice(0, i);
    const after = text[i + word.length];
    if ((i === 0 || text[i - 1] === ' ') && (after === undefined || after === ' ') && !NEGATION.test(before)) return true;
    from = i + 1;
  }
}

/** The option standing for the value, or undefined when none does (or the loose tiers are ambiguous). */
export function matchOption(options: readonly FieldOption[], terms: OptionTerms): FieldOption | undefined {
  const real = options.filter((o) => !isPlaceholderOption(o));
  const codes = terms.codes.map(norm).filter(Boolean);
  const words = terms.words.map(norm).filter(Boolean);
  const all = [...codes, ...words];
  const unique = (hits: FieldOption[]) => (hits.length === 1 ? hits[0] : undefined);
  for (const c of codes) {
    const hit = real.find((o) => norm(o.value) === c);
    if (hit) return hit;
  }
  for (const w of all) {
    const hit = real.find((o) => norm(o.text) === w);
    if (hit) return hit;
  }
  for (const c of codes) {
    // "Office (11)", "11 - Office", "Office - 11": the code as a separate token at either end.
    const hit = unique(
      real.filter(
        (o) =>
          /\(\s*[^)]*\)\s*$|^\S+\s*[-:]\s|\s[-:]\s*\S+$/.test(o.text) &&
          (norm(o.text).endsWith(' ' + c) || norm(o.text).startsWith(c + ' ')),
      ),
    );
    if (hit) return hit;
  }
  for (const w of words) {
    const hit = unique(real.filter((o) => norm(o.text).startsWith(w + ' ')));
    if (hit) return hit;
  }
  for (const w of words) {
    if (w.length < 3) continue;
    const hit = unique(real.filter((o) => containsWord(norm(o.text), w)));
    if (hit) return hit;
  }
  return undefined;
}

/** Yes/No questions ("Is this request urgent?"): the option meaning yes or no, when the group is one. */
export function yesNoOption(options: readonly FieldOption[], yes: boolean): FieldOption | undefined {
  const real = options.filter((o) => !isPlaceholderOption(o));
  const isYes = (o: FieldOption) =>
    ['yes', 'y', 'true'].includes(norm(o.text)) || (norm(o.text) === '' && ['yes', 'y', 'true'].includes(norm(o.value)));
  const isNo = (o: FieldOption) =>
    ['no', 'n', 'false'].includes(norm(o.text)) || (norm(o.text) === '' && ['no', 'n', 'false'].includes(norm(o.value)));
  if (real.length !== 2 || !real.some(isYes) || !real.some(isNo)) return undefined;
  return real.find(yes ? isYes : isNo);
}
