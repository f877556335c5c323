// What a choice control asks for, told by its options: a list of US states, place-of-service
// names, standard / expedited, male / female, providers listed with their NPIs.
import {
  LINE_OF_BUSINESS_CHOICES,
  PLACE_OF_SERVICE_NAMES,
  PRIORITY_CHOICES,
  RELATIONSHIP_CHOICES,
  REQUEST_TYPE_CHOICES,
  SETTING_CHOICES,
  SEX_CHOICES,
  type Choice,
} from '../choices';
import type { FieldKey } from '../../form/fieldKeys';
import { US_STATES } from '../../case/usStates';
import type { FieldDescriptor } from '../../form/types';
import type { Attribute } from './dictionary';

export interface OptionsHint {
  /** A key the options alone decide, or an attribute whose owner the context decides. */
  key?: FieldKey;
  attribute?: Attribute;
  weight: number;
  words: string;
}

function optionWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

const PLACEHOLDER = /^(select|choose|please|none|n a|)$|^(select|choose) /u;
const STATE_NAMES = new Set(Object.values(US_STATES).map((n) => n.toLowerCase()));
const STATE_CODES = new Set(Object.keys(US_STATES).map((c) => c.toLowerCase()));
const POS_NAMES = new Set(Object.values(PLACE_OF_SERVICE_NAMES).flat());

/** Share of the options whose words one of the choices names. */
function fits(texts: string[], choices: Record<string, Choice>): { share: number; distinct: number } {
  const hit = new Set<string>();
  let matched = 0;
  for (const t of texts) {
    const found = Object.entries(choices).find(([, c]) => c.words.some((w) => t === w || t.startsWith(`${w} `) || t.endsWith(` ${w}`)));
    if (found) {
      matched++;
      hit.add(found[0]);
    }
  }
  return { share: texts.length ? matched / texts.length : 0, distinct: hit.size };
}

/** Per descriptor: the hint and each allowed key ask for the same texts. */
const textsByField = new WeakMap<FieldDescriptor, string[]>();

/** Option texts of a choice control, placeholders dropped, normalised. */
export function optionTexts(field: FieldDescriptor): string[] {
  let texts = textsByField.get(field);
  if (!texts) {
    texts = field.options.map((o) => optionWords(o.text || o.value)).filter((t) => !PLACEHOLDER.test(t));
    textsByField.set(field, texts);
  }
  return texts;
}

/** Hints by option list: forms repeat the same selects (states, yes/no) many times. */
const hints = new Map<string, OptionsHint | null>();

export function optionsHint(field: FieldDescriptor): OptionsHint | undefined {
  if (field.options.length < 2) return undefined;
  const key = field.options.map((o) => `${o.value}\u0001${o.text}`).join('\u0002');
  let hint = hints.get(key);
  if (hint === undefined) {
    hint = hintOf(field) ?? null;
    if (hints.size >= 2000) hints.clear();
    hints.set(key, hint);
  }
  return hint ?? undefined;
}

function hintOf(field: FieldDescriptor): OptionsHint | undefined {
  const texts = optionTexts(field);
  if (texts.length < 2) return undefined;
  const words = texts.slice(0, 4).join(' / ');
  const states = texts.filter((t) => STATE_NAMES.has(t) || STATE_CODES.has(t) || STATE_NAMES.has(t.replace(/^[a-z]{2} /u, ''))).length;
  if (states >= 40 && states / texts.length > 0.7) return { attribute: 'state', weight: 0.85, words };
  const pos = texts.filter((t) => POS_NAMES.has(t.replace(/^\d{2} | \d{2}$/gu, ''))).length;
  if (pos >= 3 && pos / texts.length >= 0.5) return { key: 'service.placeOfService', weight: 0.85, words };
  if (
    texts.some((t) => /\bnpi \d{10}\b/u.test(t)) ||
    (field.options.length >= 2 && field.options.every((o) => /^\d{10}$/u.test(o.value) || !o.value))
  ) {
    return { attribute: 'npi', weight: 0.8, words };
  }
  const checks: [FieldKey, Record<string, Choice>, number][] = [
    ['member.sex', SEX_CHOICES, 2],
    ['request.priority', PRIORITY_CHOICES, 2],
    ['request.type', REQUEST_TYPE_CHOICES, 2],
    ['service.setting', SETTING_CHOICES, 2],
    ['subscriber.relationship', RELATIONSHIP_CHOICES, 3],
    ['plan.lineOfBusiness', LINE_OF_BUSINESS_CHOICES, 3],
  ];
  for (const [key, choices, distinct] of checks) {
    const fit = fits(texts, choices);
    if (fit.distinct >= distinct && fit.share >= 0.6) return { key, weight: 0.8, words };
  }
  return undefined;
}

/** Keys whose values are coded choices: their options must fit, else the control asks something else. */
export const CHOICE_KEYS: Partial<Record<FieldKey, Record<string, Choice>>> = {
  'member.sex': SEX_CHOICES,
  'request.priority': PRIORITY_CHOICES,
  'request.type': REQUEST_TYPE_CHOICES,
  'service.setting': SETTING_CHOICES,
  'subscriber.relationship': RELATIONSHIP_CHOICES,
  'plan.lineOfBusiness': LINE_OF_BUSINESS_CHOICES,
};

/** True when at least one option of the control names one of the key's choices (or it is yes/no). */
export function optionsFitKey(field: FieldDescriptor, key: FieldKey): boolean {
  const choices = CHOICE_KEYS[key];
  const texts = optionTexts(field);
  if (!choices || texts.length === 0) return true;
  if (texts.every((t) => /^(yes|no|y|n|true|false)$/u.test(t))) return choices === PRIORITY_CHOICES;
  return fits(texts, choices).distinct >= 1;
}
