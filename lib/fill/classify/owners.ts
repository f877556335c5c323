// Whose data a text names: the patient, the subscriber, a provider role, the office contact.
import { PROVIDER_ROLES } from '../../case/codes';
import { OWNER_PATTERNS, type Owner } from './dictionary';
import { normalize } from './normalize';

const PEOPLE: ReadonlySet<Owner> = new Set(['member', 'subscriber']);

/** All owners a normalised text names, with where each first appears. */
function ownersIn(raw: string): { owner: Owner; at: number }[] {
  // Asides in brackets do not say whose the field is: "Subscriber (if different from patient)".
  const text = raw.replace(/\([^)]*\)/gu, ' ');
  const found: { owner: Owner; at: number }[] = [];
  for (const [owner, re] of OWNER_PATTERNS) {
    const m = re.exec(text);
    if (m) found.push({ owner, at: m.index });
  }
  return found;
}

/**
 * The owner a label names. The PCP wins ("Patient's PCP phone"); an office contact wins over a
 * provider ("Requesting provider contact") but not over the patient; else the first named.
 */
export function labelOwner(text: string): Owner | undefined {
  const found = ownersIn(text);
  if (found.length === 0) return undefined;
  if (found.some((f) => f.owner === 'pcp')) return 'pcp';
  const people = found.filter((f) => PEOPLE.has(f.owner));
  if (found.some((f) => f.owner === 'contact') && people.length === 0) return 'contact';
  const ordered = (people.length ? people : found).sort((a, b) => a.at - b.at);
  return ordered[0]!.owner;
}

/** The owner a section heading names; a heading naming both patient and subscriber names neither. */
export function sectionOwner(text: string): Owner | undefined {
  const found = ownersIn(text);
  if (found.length === 0) return undefined;
  const people = found.filter((f) => PEOPLE.has(f.owner));
  if (people.length > 1) return undefined;
  return labelOwner(text);
}

export const SPECIFIC_PROVIDER_ROLES: ReadonlySet<Owner> = new Set(PROVIDER_ROLES);

/** Section owners by heading text: every control of a block asks, so each heading is read once. */
const bySection = new Map<string, Owner | null>();

/**
 * The owner a section heading (raw page text) names. Asides in brackets do not say whose the block
 * is: "Subscriber (if different from patient)" is the subscriber's.
 */
export function headingOwner(raw: string): Owner | undefined {
  let owner = bySection.get(raw);
  if (owner === undefined) {
    const plain = raw.replace(/\([^)]*\)/gu, ' ');
    owner = sectionOwner(normalize(/[a-z]/iu.test(plain) ? plain : raw)) ?? null;
    if (bySection.size >= 5000) bySection.clear();
    bySection.set(raw, owner);
  }
  return owner ?? undefined;
}

/** Label owners by normalised text (labels repeat across forms and across collects). */
const byLabel = new Map<string, Owner | null>();

export function labelOwnerOf(norm: string): Owner | undefined {
  let owner = byLabel.get(norm);
  if (owner === undefined) {
    owner = labelOwner(norm) ?? null;
    if (byLabel.size >= 20000) byLabel.clear();
    byLabel.set(norm, owner);
  }
  return owner ?? undefined;
}
