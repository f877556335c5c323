// The texts a control is classified by (its labels, name, id and autocomplete, normalised) and what
// the dictionary's patterns say about each. Matching depends on the words only, so each distinct
// text is matched once, across fields and across reads of the same page.
import type { Evidence, FieldDescriptor } from '../../form/types';
import { ATTRIBUTE_BLOCKERS, ATTRIBUTE_PATTERNS, FIELD_BLOCKERS, KEY_PATTERNS, NAME_BLOCKERS, QUANTITY, QUANTITY_NOT } from './dictionary';
import { normalize } from './normalize';

export interface Text {
  source: Evidence['source'];
  raw: string;
  norm: string;
  /** matchText(norm), looked up once: scoring asks it up to four times per text. */
  match: TextMatch;
}

export interface TextMatch {
  attribute?: (typeof ATTRIBUTE_PATTERNS)[number];
  keys: (typeof KEY_PATTERNS)[number][];
  quantity: boolean;
  /** FIELD_BLOCKERS: not a case field. */
  blocked: boolean;
  /** NAME_BLOCKERS, for names and ids. */
  nameBlocked: boolean;
}

const AUTOCOMPLETE: Record<string, string> = {
  'given-name': 'first name',
  'family-name': 'last name',
  name: 'name',
  bday: 'date of birth',
  sex: 'sex',
  tel: 'phone',
  'tel-national': 'phone',
  email: 'email',
  'postal-code': 'zip',
  'address-line1': 'street',
  'street-address': 'street',
  'address-level2': 'city',
  'address-level1': 'state',
  organization: 'organization',
};

/** Normalised names and ids by raw value: the same page is read again after every fill. */
const nameNorms = new Map<string, string>();
const idNorms = new Map<string, string>();
const GENERATED_ID = /^(:r|rs-|tf-|mui-|react-select-|mat-|ng-|input-?\d|field-?\d|[a-f0-9-]{16,})/iu;

function remembered(cache: Map<string, string>, raw: string, make: (raw: string) => string): string {
  let norm = cache.get(raw);
  if (norm === undefined) {
    norm = make(raw);
    if (cache.size >= 20000) cache.clear();
    cache.set(raw, norm);
  }
  return norm;
}

const nameNorm = (name: string) => normalize(name.replace(/\[\d+\]|\.\d+\./gu, ' '));
/** Generated ids say nothing: they count as no id (''). */
const idNorm = (id: string) => (GENERATED_ID.test(id) ? '' : normalize(id));

/** The control's texts, strongest first: labels, then name, id and autocomplete. */
export function textsOf(field: FieldDescriptor): Text[] {
  const texts: Text[] = [];
  for (const l of field.labels) {
    const norm = normalize(l.text);
    if (norm) texts.push({ source: l.source, raw: l.text, norm, match: matchText(norm) });
  }
  if (field.name) {
    const norm = remembered(nameNorms, field.name, nameNorm);
    if (norm) texts.push({ source: 'name', raw: field.name, norm, match: matchText(norm) });
  }
  if (field.htmlId) {
    const norm = remembered(idNorms, field.htmlId, idNorm);
    if (norm) texts.push({ source: 'id', raw: field.htmlId, norm, match: matchText(norm) });
  }
  const auto = field.autocomplete ? AUTOCOMPLETE[field.autocomplete.split(/\s+/u).pop() ?? ''] : undefined;
  if (auto) texts.push({ source: 'autocomplete', raw: field.autocomplete, norm: auto, match: matchText(auto) });
  return texts;
}

/** Pattern matches depend on the words only: forms repeat labels, so each text is matched once. */
const matchCache = new Map<string, TextMatch>();
const MATCH_CACHE_LIMIT = 50000;

/** What matchText answers for words no pattern names. */
const NO_MATCH: TextMatch = { attribute: undefined, keys: [], quantity: false, blocked: false, nameBlocked: false };

/**
 * Every pattern matchText starts from, as one alternation: most names and ids ("b0f3", "txt_17")
 * match none, and one run over the words tells that instead of sixty. The blockers (not,
 * ATTRIBUTE_BLOCKERS, QUANTITY_NOT) only matter once a pattern matched, so they stay out.
 */
const ANY_PATTERN = anyOf([
  ...ATTRIBUTE_PATTERNS.map((p) => p.re),
  ...KEY_PATTERNS.map((p) => p.re),
  QUANTITY,
  FIELD_BLOCKERS,
  NAME_BLOCKERS,
]);

function anyOf(patterns: RegExp[]): RegExp | undefined {
  // Only plain patterns join: a flag or a backreference would change what the union matches, and
  // a named group could appear twice (a syntax error).
  if (patterns.some((re) => re.flags !== 'u' || /\\[1-9k]|\(\?<[^=!]/u.test(re.source))) return undefined;
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'u');
}

function matchText(norm: string): TextMatch {
  const known = matchCache.get(norm);
  if (known) return known;
  if (ANY_PATTERN && !ANY_PATTERN.test(norm)) {
    if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
    matchCache.set(norm, NO_MATCH);
    return NO_MATCH;
  }
  let attribute: TextMatch['attribute'];
  for (const p of ATTRIBUTE_PATTERNS) {
    if (!p.re.test(norm)) continue;
    if (ATTRIBUTE_BLOCKERS[p.attribute]?.test(norm)) continue;
    if (!attribute || p.weight > attribute.weight) attribute = p;
  }
  const keys = KEY_PATTERNS.filter((p) => p.re.test(norm) && !p.not?.test(norm));
  const match = {
    attribute,
    keys,
    quantity: QUANTITY.test(norm) && !QUANTITY_NOT.test(norm),
    blocked: FIELD_BLOCKERS.test(norm),
    nameBlocked: NAME_BLOCKERS.test(norm),
  };
  if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
  matchCache.set(norm, match);
  return match;
}
