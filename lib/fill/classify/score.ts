// score: one control on its own. Every text it has proposes case fields with a score (by where the
// text came from and how sure the pattern is); the best that this kind of control can hold wins if
// it clears the threshold. What needs the other controls (quantities, rows, split dates, conflicts)
// is settled after every control is scored (settle.ts, duplicates.ts).
import type { FieldKey } from '../../form/fieldKeys';
import type { Classification, Evidence, FieldDescriptor, SectionText } from '../../form/types';
import { DEFAULT_OWNER, OWNED_KEYS, REASONS_SECTION, SECTION_BLOCKERS, type Attribute, type Owner } from './dictionary';
import { normalize } from './normalize';
import { CHOICE_KEYS, optionsFitKey, optionsHint } from './options';
import { headingOwner, labelOwnerOf, SPECIFIC_PROVIDER_ROLES } from './owners';
import { textsOf, type Text } from './texts';

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

interface Candidate {
  key: FieldKey | 'none';
  score: number;
  evidence: Evidence[];
  /** A count ("Units", "Quantity"): procedure units or visits, settled once the whole form is known. */
  quantity?: boolean;
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

/**
 * The case field one control asks for, by its own words and options. A control won by a quantity
 * ("Units") is also added to `quantities`: whether it counts procedure units or visits depends on
 * the rest of the form (settleQuantities).
 */
export function scoreField(field: FieldDescriptor, quantities: Classification[]): Classification {
  if (field.protected) return { field, score: 0, evidence: [], note: `never filled: ${field.protected.reason}` };
  const texts = textsOf(field);
  const blockedBySection = blockingSection(field.section);
  if (blockedBySection)
    return {
      field,
      score: 0,
      evidence: [{ source: 'section', words: blockedBySection.text }],
      note: `in a search or login block ("${blockedBySection.text}")`,
    };
  const badName = texts.find((t) => (t.source === 'name' || t.source === 'id') && t.match.nameBlocked);
  if (badName)
    return {
      field,
      score: 0,
      evidence: [{ source: badName.source, words: badName.raw }],
      note: `not a case field (${badName.source} "${badName.raw}")`,
    };
  const strongest = texts[0];
  if (strongest && strongest.match.blocked) {
    return {
      field,
      score: 0,
      evidence: [{ source: strongest.source, words: strongest.raw }],
      note: `not a case field ("${strongest.raw}")`,
    };
  }

  if (field.kind === 'checkbox' || field.kind === 'checkbox-group') {
    const reasons = field.section.slice(0, 2).find((s) => REASONS_SECTION.test(normalize(s.text)));
    if (reasons)
      return {
        field,
        key: 'exceptionReasons',
        score: 0.85,
        evidence: [{ source: 'section', words: reasons.text }, ...(texts[0] ? [{ source: texts[0].source, words: texts[0].raw }] : [])],
      };
  }
  const candidates: Candidate[] = [];
  for (const text of texts) if (!text.match.blocked) fromText(field, text, texts, candidates);
  const hint = optionsHint(field);
  if (hint) {
    const evidence: Evidence = { source: 'options', words: hint.words };
    if (hint.key) candidates.push({ key: hint.key, score: SOURCE_WEIGHT.options * hint.weight, evidence: [evidence] });
    else if (hint.attribute) {
      const owned = hint.attribute === 'none' ? undefined : ownedKey(field, hint.attribute, undefined, texts);
      if (owned)
        candidates.push({
          key: owned.key,
          score: SOURCE_WEIGHT.options * hint.weight * owned.factor,
          evidence: [evidence, ...owned.evidence],
        });
    }
  }
  return choose(field, candidates, quantities);
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
function ownedKey(
  field: FieldDescriptor,
  attribute: Exclude<Attribute, 'none'>,
  own: Owner | undefined,
  all: Text[],
): { key: FieldKey; factor: number; evidence: Evidence[] } | undefined {
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
      if (o && SPECIFIC_PROVIDER_ROLES.has(o) && keys[o])
        return {
          key: keys[o]!,
          factor: factor * 0.95,
          evidence: [...evidence, { source: 'section' as const, words: field.section[i]!.text }],
        };
    }
    return keys.rendering
      ? {
          key: keys.rendering,
          factor: factor * 0.85,
          evidence: [...evidence, { source: 'default' as const, words: 'provider: the rendering provider' }],
        }
      : undefined;
  };

  if (
    own === 'member' &&
    keys.subscriber &&
    field.section[0] &&
    headingOwner(field.section[0].text) === 'subscriber' &&
    !/\bpatient\b/u.test(all[0]?.norm ?? '')
  ) {
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

function choose(field: FieldDescriptor, candidates: Candidate[], quantities: Classification[]): Classification {
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
  if (!top)
    return {
      field,
      score: 0,
      evidence: [],
      note: candidates.length ? 'its words do not fit this kind of control' : 'no case field fits its words',
    };
  if (top.key === 'none') return { field, score: topScore, evidence: top.evidence, note: `not a case field ("${top.evidence[0]!.words}")` };
  if (topScore < CLASSIFY_THRESHOLD)
    return { field, score: topScore, evidence: top.evidence, note: `unsure: looks like ${top.key} (${topScore.toFixed(2)})` };
  const chosen: Classification = { field, key: top.key, score: round(topScore), evidence: top.evidence };
  if (top.quantity) quantities.push(chosen);
  return chosen;
}

function allowedFor(field: FieldDescriptor, key: FieldKey): boolean {
  if ((field.kind === 'checkbox' || field.kind === 'checkbox-group') && !TICK_KEYS.has(key)) return false;
  if (field.kind === 'radio-group' && !TICK_KEYS.has(key) && !CHOICE_KEYS[key]) return false;
  if (field.kind === 'sectioned-date' && !/date|dob/iu.test(key)) return false;
  if ((key === 'clinicalRationale' || key.endsWith('Description')) && field.kind !== 'textarea' && field.kind !== 'text') return false;
  if (key === 'contact.ext' && field.kind !== 'text') return false;
  if ((field.kind === 'select' || field.kind === 'radio-group' || field.kind === 'checkbox-group') && !optionsFitKey(field, key))
    return false;
  return true;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
