// classify: which case field each collected control asks for, with a score and the words that
// decided it. Precision first: a field stays unclassified (with a note) unless the evidence is
// clear, and the user's corrections (rules) come before any heuristic.
import { ROW_KEYS, type FieldKey } from '../../form/fieldKeys';
import { formSignature, ruleFor, type FieldRule } from '../corrections';
import type { Classification, Evidence, FieldDescriptor, SectionText } from '../../form/types';
import {
  ATTRIBUTE_BLOCKERS,
  ATTRIBUTE_PATTERNS,
  DEFAULT_OWNER,
  FIELD_BLOCKERS,
  NAME_BLOCKERS,
  KEY_PATTERNS,
  OWNED_KEYS,
  QUANTITY,
  QUANTITY_NOT,
  REASONS_SECTION,
  SECTION_BLOCKERS,
  type Attribute,
  type Owner,
} from './dictionary';
import { normalize } from './normalize';
import { CHOICE_KEYS, optionsFitKey, optionsHint } from './options';
import { headingOwner, labelOwnerOf, SPECIFIC_PROVIDER_ROLES } from './owners';
import { datePart, resolveDuplicates } from './duplicates';

export interface ClassifyOptions {
  rules?: FieldRule[];
  portalId?: string;
}

/** Below this score a control stays unclassified. */
export const CLASSIFY_THRESHOLD = 0.5;

/** How much a text counts by where it came from (explicit labels most, name/id least). */
const SOURCE_WEIGHT: Record<Evidence['source'], number> = {
  'label-for': 1,
  'wrapping-label': 0.95,
  'aria-labelledby': 0.95,
  'aria-label': 0.9,
  placeholder: 0.75,
  title: 0.7,
  'preceding-text': 0.85,
  'table-header': 0.85,
  'table-row': 0.7,
  legend: 0.85,
  heading: 0.6,
  autocomplete: 0.85,
  name: 0.65,
  id: 0.55,
  options: 0.85,
  section: 0.6,
  default: 0.5,
  rule: 1,
};

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

/** Kinds that can hold each sort of answer: tick boxes only take coded choices. */
const TICK_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'exceptionReasons',
  'continuity.activeTreatment',
  'request.priority',
  'request.type',
  'service.placeOfService',
  'service.setting',
  'member.sex',
  'subscriber.relationship',
  'plan.lineOfBusiness',
]);

interface Text {
  source: Evidence['source'];
  raw: string;
  norm: string;
  /** matchText(norm), looked up once: classifyOne asks it up to four times per text. */
  match: TextMatch;
}

interface Candidate {
  key: FieldKey | 'none';
  score: number;
  evidence: Evidence[];
  quantity?: boolean;
}

export function classifyFields(fields: FieldDescriptor[], options: ClassifyOptions = {}): Classification[] {
  const rules = options.rules ?? [];
  const form = rules.length ? formSignature(fields) : '';
  const out = fields.map((field) => {
    const rule = rules.length ? ruleFor(field, rules, options.portalId, form) : undefined;
    if (rule) {
      const evidence: Evidence[] = [{ source: 'rule', words: rule.key === 'never' ? 'never fill (your correction)' : `${rule.key} (your correction)` }];
      return rule.key === 'never' ? { field, score: 1, evidence, note: 'never filled: your correction' } : { field, key: rule.key, score: 1, evidence };
    }
    return classifyOne(field);
  });
  settleQuantities(out);
  settleRows(out);
  settleDateParts(out);
  settleExtensions(out);
  resolveDuplicates(out);
  return out;
}

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

function textsOf(field: FieldDescriptor): Text[] {
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

/** Whether a list of section texts holds a search or login block, per list (fields of a block share it). */
const sectionBlocks = new WeakMap<SectionText[], SectionText | null>();

function blockingSection(sections: SectionText[]): SectionText | undefined {
  let found = sectionBlocks.get(sections);
  if (found === undefined) {
    found = sections.find((s) => SECTION_BLOCKERS.test(normalize(s.text))) ?? null;
    sectionBlocks.set(sections, found);
  }
  return found ?? undefined;
}

function classifyOne(field: FieldDescriptor): Classification {
  if (field.kind === 'add-row') return addRow(field);
  if (field.protected) return { field, score: 0, evidence: [], note: `never filled: ${field.protected.reason}` };
  const texts = textsOf(field);
  const blockedBySection = blockingSection(field.section);
  if (blockedBySection) return { field, score: 0, evidence: [{ source: 'section', words: blockedBySection.text }], note: `in a search or login block ("${blockedBySection.text}")` };
  const badName = texts.find((t) => (t.source === 'name' || t.source === 'id') && t.match.nameBlocked);
  if (badName) return { field, score: 0, evidence: [{ source: badName.source, words: badName.raw }], note: `not a case field (${badName.source} "${badName.raw}")` };
  const strongest = texts[0];
  if (strongest && strongest.match.blocked) {
    return { field, score: 0, evidence: [{ source: strongest.source, words: strongest.raw }], note: `not a case field ("${strongest.raw}")` };
  }

  if (field.kind === 'checkbox' || field.kind === 'checkbox-group') {
    const reasons = field.section.slice(0, 2).find((s) => REASONS_SECTION.test(normalize(s.text)));
    if (reasons) return { field, key: 'exceptionReasons', score: 0.85, evidence: [{ source: 'section', words: reasons.text }, ...(texts[0] ? [{ source: texts[0].source, words: texts[0].raw }] : [])] };
  }
  const candidates: Candidate[] = [];
  for (const text of texts) if (!text.match.blocked) fromText(field, text, texts, candidates);
  const hint = optionsHint(field);
  if (hint) {
    const evidence: Evidence = { source: 'options', words: hint.words };
    if (hint.key) candidates.push({ key: hint.key, score: SOURCE_WEIGHT.options * hint.weight, evidence: [evidence] });
    else if (hint.attribute) {
      const owned = hint.attribute === 'none' ? undefined : ownedKey(field, hint.attribute, undefined, texts);
      if (owned) candidates.push({ key: owned.key, score: SOURCE_WEIGHT.options * hint.weight * owned.factor, evidence: [evidence, ...owned.evidence] });
    }
  }
  return choose(field, candidates);
}

interface TextMatch {
  attribute?: (typeof ATTRIBUTE_PATTERNS)[number];
  keys: (typeof KEY_PATTERNS)[number][];
  quantity: boolean;
  /** FIELD_BLOCKERS: not a case field. */
  blocked: boolean;
  /** NAME_BLOCKERS, for names and ids. */
  nameBlocked: boolean;
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
const ANY_PATTERN = anyOf([...ATTRIBUTE_PATTERNS.map((p) => p.re), ...KEY_PATTERNS.map((p) => p.re), QUANTITY, FIELD_BLOCKERS, NAME_BLOCKERS]);

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
  const match = { attribute, keys, quantity: QUANTITY.test(norm) && !QUANTITY_NOT.test(norm), blocked: FIELD_BLOCKERS.test(norm), nameBlocked: NAME_BLOCKERS.test(norm) };
  if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
  matchCache.set(norm, match);
  return match;
}

/** Candidates from one text (owned attributes, direct keys, quantities), added to out. */
function fromText(field: FieldDescriptor, text: Text, all: Text[], out: Candidate[]): void {
  const sourceWeight = SOURCE_WEIGHT[text.source];
  const evidence: Evidence = { source: text.source, words: text.raw };
  const { attribute: best, keys, quantity } = text.match;
  if (best?.attribute === 'none') out.push({ key: 'none', score: sourceWeight * best.weight, evidence: [evidence] });
  else if (best) {
    const owned = ownedKey(field, best.attribute, best.owner ?? labelOwnerOf(text.norm), all);
    if (owned) out.push({ key: owned.key, score: sourceWeight * best.weight * owned.factor, evidence: [evidence, ...owned.evidence] });
  }
  for (const p of keys) out.push({ key: p.key, score: sourceWeight * p.weight, evidence: [evidence] });
  if (quantity) out.push({ key: 'service.procedureUnits', score: sourceWeight * 0.9, evidence: [evidence], quantity: true });
}

/**
 * The key of an attribute once its owner is known: named in the text itself, else in another label,
 * else in the nearest section that can own it, else the attribute's default owner.
 */
function ownedKey(field: FieldDescriptor, attribute: Exclude<Attribute, 'none'>, own: Owner | undefined, all: Text[]): { key: FieldKey; factor: number; evidence: Evidence[] } | undefined {
  const keys = OWNED_KEYS[attribute];
  const can = (o: Owner | undefined): o is Owner => !!o && (keys[o] !== undefined || o === 'provider');
  const sectionRole = (from: number): { owner: Owner; text: string; index: number } | undefined => {
    for (let i = from; i < field.section.length; i++) {
      const o = headingOwner(field.section[i]!.text);
      if (can(o)) return { owner: o, text: field.section[i]!.text, index: i };
    }
    return undefined;
  };
  const resolve = (owner: Owner, factor: number, evidence: Evidence[]) => {
    if (owner !== 'provider') return keys[owner] ? { key: keys[owner]!, factor, evidence } : undefined;
    // A generic "provider": a role named in the sections decides, else the rendering provider.
    for (let i = 0; i < field.section.length; i++) {
      const o = headingOwner(field.section[i]!.text);
      if (o && SPECIFIC_PROVIDER_ROLES.has(o) && keys[o]) return { key: keys[o]!, factor: factor * 0.95, evidence: [...evidence, { source: 'section' as const, words: field.section[i]!.text }] };
    }
    return keys.rendering ? { key: keys.rendering, factor: factor * 0.85, evidence: [...evidence, { source: 'default' as const, words: 'provider: the rendering provider' }] } : undefined;
  };

  if (own === 'member' && keys.subscriber && field.section[0] && headingOwner(field.section[0].text) === 'subscriber' && !/\bpatient\b/u.test(all[0]?.norm ?? '')) {
    // "Member ID" under a Subscriber heading is the subscriber's: the subscriber is a member too.
    return resolve('subscriber', 0.95, [{ source: 'section', words: field.section[0].text }]);
  }
  if (own !== undefined) return can(own) ? resolve(own, 1, []) : undefined;
  for (const t of all) {
    const o = labelOwnerOf(t.norm);
    if (t.source !== 'name' && t.source !== 'id' && can(o)) return resolve(o, 0.95, [{ source: t.source, words: t.raw }]);
  }
  const fromSection = sectionRole(0);
  if (fromSection) return resolve(fromSection.owner, 0.9 - 0.05 * fromSection.index, [{ source: 'section', words: fromSection.text }]);
  const fallback = DEFAULT_OWNER[attribute];
  if (fallback) return resolve(fallback.owner, fallback.factor, [{ source: 'default', words: `${attribute}: ${fallback.owner}` }]);
  return undefined;
}

function choose(field: FieldDescriptor, candidates: Candidate[]): Classification {
  // Per key: the best-scored candidate and how many distinct sources named the key.
  const best: Candidate[] = [];
  const sources: string[][] = [];
  for (const c of candidates) {
    const i = best.findIndex((b) => b.key === c.key);
    if (i < 0) {
      best.push(c);
      sources.push([c.evidence[0]!.source]);
    } else {
      if (!sources[i]!.includes(c.evidence[0]!.source)) sources[i]!.push(c.evidence[0]!.source);
      if (c.score > best[i]!.score) best[i] = c;
    }
  }
  // The highest score after the agreement bonus; on a tie the key named first.
  let top: Candidate | undefined;
  let topScore = 0;
  for (let i = 0; i < best.length; i++) {
    const c = best[i]!;
    if (c.key !== 'none' && !allowedFor(field, c.key)) continue;
    const score = Math.min(1, c.score + 0.05 * Math.min(2, sources[i]!.length - 1));
    if (!top || score > topScore) {
      top = c;
      topScore = score;
    }
  }
  if (!top) return { field, score: 0, evidence: [], note: candidates.length ? 'its words do not fit this kind of control' : 'no case field fits its words' };
  if (top.key === 'none') return { field, score: topScore, evidence: top.evidence, note: `not a case field ("${top.evidence[0]!.words}")` };
  if (topScore < CLASSIFY_THRESHOLD) return { field, score: topScore, evidence: top.evidence, note: `unsure: looks like ${top.key} (${topScore.toFixed(2)})` };
  return { field, key: top.key, score: round(topScore), evidence: top.evidence, ...(top.quantity ? { note: 'quantity' } : {}) };
}

function allowedFor(field: FieldDescriptor, key: FieldKey): boolean {
  if ((field.kind === 'checkbox' || field.kind === 'checkbox-group') && !TICK_KEYS.has(key)) return false;
  if (field.kind === 'radio-group' && !TICK_KEYS.has(key) && !CHOICE_KEYS[key]) return false;
  if (field.kind === 'sectioned-date' && !/date|dob/iu.test(key)) return false;
  if ((key === 'clinicalRationale' || key.endsWith('Description')) && field.kind !== 'textarea' && field.kind !== 'text') return false;
  if (key === 'contact.ext' && field.kind !== 'text') return false;
  if ((field.kind === 'select' || field.kind === 'radio-group' || field.kind === 'checkbox-group') && !optionsFitKey(field, key)) return false;
  return true;
}

function addRow(field: FieldDescriptor): Classification {
  const label = field.labels[0]?.text ?? '';
  const diagnosis = /\bdiagnos[ie]s\b|\bicd\b/u;
  const procedure = /\bprocedures?\b|\bcpt\b|\bhcpcs\b|\bservice (line|code)s?\b|\bservices?\b|\bcodes?\b/u;
  // The button's own words first, then the nearest section that names either.
  let target: 'diagnosis' | 'procedure' | undefined;
  for (const text of [label, ...field.section.slice(0, 2).map((s) => s.text)]) {
    const words = normalize(text);
    target = diagnosis.test(words) ? 'diagnosis' : procedure.test(words) ? 'procedure' : undefined;
    if (target) break;
  }
  if (!target) return { field, score: 0, evidence: [{ source: 'aria-label', words: label }], note: 'adds rows of something not in the case' };
  return { field, score: 0.9, evidence: [{ source: 'aria-label', words: label }], addRowFor: target };
}

/** Quantities are procedure units when they sit with a procedure code (same row group or form), else visits. */
function settleQuantities(all: Classification[]): void {
  const procedureGroups = new Set<string>();
  let quantities = false;
  for (const c of all) {
    if (c.key === 'service.procedure') procedureGroups.add(c.field.rowGroup ?? '');
    else if (c.note === 'quantity') quantities = true;
  }
  // Most forms have no quantity box: no second pass.
  if (!quantities) return;
  const anyProcedure = procedureGroups.size > 0;
  for (const c of all) {
    if (c.note !== 'quantity') continue;
    delete c.note;
    const words = normalize(c.evidence.map((e) => e.words).join(' ') + ' ' + c.field.section.map((s) => s.text).join(' '));
    const withProcedure = c.field.rowGroup !== undefined ? procedureGroups.has(c.field.rowGroup) : anyProcedure && !/\bvisits\b|\bsessions\b/u.test(words);
    if (!withProcedure && !/\bprocedure\b|\bcpt\b|\bservice line\b/u.test(words)) c.key = 'service.visits';
  }
}

const ORDINALS: Record<string, number> = { primary: 0, first: 0, secondary: 1, second: 1, tertiary: 2, third: 2, fourth: 3 };

/** Rows of row keys: the control's row, else a number or ordinal in its label, else order of appearance. */
function settleRows(all: Classification[]): void {
  const unnumbered = new Map<FieldKey, Classification[]>();
  for (const c of all) {
    if (!c.key || !ROW_KEYS.has(c.key)) continue;
    if (c.field.rowIndex !== undefined) {
      c.row = c.field.rowIndex;
      continue;
    }
    // Code-set names ("ICD-10") and asides in brackets are not row numbers.
    const label = normalize((c.field.labels[0]?.text ?? '').replace(/\([^)]*\)/gu, ' ')).replace(/\bicd 10( cm)?\b/gu, 'icd');
    const n = /\b(?:code|diagnosis|procedure|cpt|icd|line|dx|hcpcs|units|modifier)\s*(\d{1,2})\b/u.exec(label) ?? /^(\d{1,2})\b|\b(\d{1,2})$/u.exec(label);
    const ordinal = /\b(primary|first|secondary|second|tertiary|third|fourth)\b/u.exec(label);
    if (n) c.row = Math.max(0, Number(n[1] ?? n[2]) - 1);
    else if (ordinal) c.row = ORDINALS[ordinal[1]!];
    else {
      const list = unnumbered.get(c.key) ?? [];
      list.push(c);
      unnumbered.set(c.key, list);
    }
  }
  for (const list of unnumbered.values()) list.forEach((c, i) => (c.row = i));
}

/** Boxes of one split date share the key of the best-scored box. */
function settleDateParts(all: Classification[]): void {
  const groups = new Map<string, Classification[]>();
  for (const c of all) {
    const part = datePart(c.field);
    if (part && !c.field.protected) {
      const list = groups.get(part.group);
      if (list) list.push(c);
      else groups.set(part.group, [c]);
    }
  }
  for (const list of groups.values()) {
    const best = [...list].sort((a, b) => (b.key ? 1 : 0) - (a.key ? 1 : 0) || b.score - a.score)[0]!;
    if (!best.key || !/date|dob/iu.test(best.key)) continue;
    for (const c of list) {
      c.key = best.key;
      c.score = best.score;
      c.evidence = best.evidence;
      delete c.note;
    }
  }
}

/**
 * "Ext" / "Extension" is the contact's phone extension only right after the contact's phone, or
 * when its own words say phone; elsewhere (after a fax, alone) it may be something else.
 */
function settleExtensions(all: Classification[]): void {
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.key !== 'contact.ext') continue;
    const afterPhone = all[i - 1]?.key === 'contact.phone';
    const saysPhone = c.evidence.some((e) => /\bphone\b/u.test(normalize(e.words)));
    if (!afterPhone && !saysPhone) {
      delete c.key;
      c.note = 'an extension, but not right after the contact phone';
    }
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
