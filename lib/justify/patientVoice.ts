// How a patient-voice text refers to the member: the writer is the member, or the subscriber / family
// member writing for them. Phrases are built so verbs never need to agree ("my son's care", "for me").
import type { Case } from '../case/schema';
import { fullName } from './format';

export interface PatientReference {
  /** "my son's" / "my" / "Jordan's" */
  possessive: string;
  /** "my son" / "me" */
  object: string;
  /** Opening sentence naming who writes: "I am the parent of Jordan Rivera, the member, and the plan subscriber." */
  intro: string;
}

function relative(c: Case): string | undefined {
  if (c.subscriber.sameAsMember || c.subscriber.relationship === 'self') return undefined;
  if (c.subscriber.relationship === 'child') return c.member.sex === 'male' ? 'son' : c.member.sex === 'female' ? 'daughter' : 'child';
  if (c.subscriber.relationship === 'spouse') return 'spouse';
  return '';
}

/** undefined when the member's name is unknown (the text then lists it as missing). */
export function patientReference(c: Case): PatientReference | undefined {
  const member = fullName(c.member.firstName, c.member.lastName);
  if (!member) return undefined;
  const first = c.member.firstName.trim() || member;
  const rel = relative(c);
  if (rel === undefined)
    return { possessive: 'my', object: 'me', intro: `I am ${member}, the plan member, and I am writing on my own behalf.` };
  if (rel === '')
    return {
      possessive: `${first}'s`,
      object: first,
      intro: `I am writing on behalf of ${member}, the plan member, as the plan subscriber.`,
    };
  const parent = rel === 'spouse' ? 'spouse' : 'parent';
  return {
    possessive: `my ${rel}'s`,
    object: `my ${rel}`,
    intro: `I am the ${parent} of ${member}, the plan member, and the subscriber on the plan.`,
  };
}
