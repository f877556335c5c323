// The raw case value behind each field key, before any formatting for a control: the subscriber
// falls back to the member when sameAsMember, row keys read the diagnosis/procedure at a row, coded
// values come with the words portals use for them (choices.ts). Undefined means "the case has nothing".
import type { CaseBundle, ExceptionReason, Provider, ProviderRole } from '../case/schema';
import {
  LINE_OF_BUSINESS_CHOICES,
  PRIORITY_CHOICES,
  RELATIONSHIP_CHOICES,
  REQUEST_TYPE_CHOICES,
  SETTING_CHOICES,
  SEX_CHOICES,
  placeOfServiceChoice,
  type Choice,
} from './choices';
import type { FieldKey } from '../form/fieldKeys';

/** What kind of thing a value is decides how a control gets it (format/control.ts). */
export type CaseValue =
  | { type: 'text'; text: string; long?: boolean }
  | { type: 'name'; first: string; last: string }
  | { type: 'date'; iso: string }
  | { type: 'phone'; text: string }
  | { type: 'tin'; text: string }
  | { type: 'npi'; text: string }
  | { type: 'zip'; text: string }
  | { type: 'state'; code: string }
  | { type: 'icd10'; code: string }
  | { type: 'procedure'; code: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'choice'; choice: Choice }
  /** Several coded values at once (exception reasons): each option that matches one gets checked. */
  | { type: 'choices'; choices: Choice[] };

/** Exception reasons as the words reason checkboxes use, most specific first. */
export const EXCEPTION_REASON_CHOICES: Record<ExceptionReason, Choice> = {
  'no-specialty': {
    code: 'no-specialty',
    text: 'No in-network provider with the needed specialty',
    // Each phrase names the specialty gap itself: "No in-network provider within 30 miles" is distance.
    words: [
      'no in network provider available',
      'no participating provider available',
      'no network provider available',
      'required specialty',
      'needed specialty',
      'necessary specialty',
      'same specialty',
      'no in network specialist',
      'no participating specialist',
      'specialty not available',
      'network inadequacy',
      'inadequate network',
      'not available in network',
    ],
  },
  'wait-time': { code: 'wait-time', text: 'In-network wait times too long', words: ['wait time', 'wait times', 'waiting time', 'wait list', 'waitlist', 'timely access', 'appointment availability', 'access standards'] },
  distance: { code: 'distance', text: 'In-network providers too far away', words: ['distance', 'too far', 'geographic access', 'geographic', 'travel distance', 'mileage', 'miles'] },
  'continuity-of-care': { code: 'continuity-of-care', text: 'Continuity of care', words: ['continuity of care', 'continuity', 'transition of care', 'active treatment', 'ongoing treatment'] },
  expertise: { code: 'expertise', text: 'Specialised expertise', words: ['expertise', 'specialized expertise', 'specialised expertise', 'treatment modality', 'unique'] },
  'language-culture': { code: 'language-culture', text: 'Language or cultural needs', words: ['language', 'cultural', 'culture', 'interpreter'] },
  other: { code: 'other', text: 'Other', words: ['other'] },
};

const text = (s: string | undefined, long = false): CaseValue | undefined => {
  const t = s?.trim() ?? '';
  if (!t) return undefined;
  return long ? { type: 'text', text: t, long: true } : { type: 'text', text: t };
};
const typed = <T extends 'phone' | 'tin' | 'npi' | 'zip'>(type: T, s: string): CaseValue | undefined =>
  s.trim() ? ({ type, text: s.trim() } as CaseValue) : undefined;
const date = (iso: string): CaseValue | undefined => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { type: 'date', iso } : undefined);
const state = (code: string): CaseValue | undefined => (code.trim() ? { type: 'state', code: code.trim().toUpperCase() } : undefined);
const name = (first: string, last: string): CaseValue | undefined =>
  first.trim() || last.trim() ? { type: 'name', first: first.trim(), last: last.trim() } : undefined;
const choice = (c: Choice | undefined): CaseValue | undefined => (c ? { type: 'choice', choice: c } : undefined);
const count = (n: number | undefined): CaseValue | undefined => (n === undefined ? undefined : { type: 'number', value: n });

function providerValue(p: Provider, field: string): CaseValue | undefined {
  switch (field) {
    case 'name':
    case 'organization':
    case 'license':
    case 'specialty':
    case 'taxonomy':
      return text(p[field]);
    case 'npi':
      return typed('npi', p.npi);
    case 'tin':
      return typed('tin', p.tin);
    case 'phone':
    case 'fax':
      return typed('phone', p[field]);
    case 'address.street':
    case 'address.city':
      return text(p.address[field === 'address.street' ? 'street' : 'city']);
    case 'address.state':
      return state(p.address.state);
    case 'address.zip':
      return typed('zip', p.address.zip);
  }
  return undefined;
}

/** The case's value for a key (row: 0-based row for row keys), or undefined when the case has none. */
export function caseValue(bundle: CaseBundle, key: FieldKey, row = 0): CaseValue | undefined {
  const c = bundle.case;
  const m = c.member;
  // The subscriber is the member unless the case says otherwise.
  const s = c.subscriber.sameAsMember
    ? { firstName: m.firstName, lastName: m.lastName, dob: m.dob, subscriberId: m.memberId, relationship: 'self' as const }
    : c.subscriber;
  const dx = c.service.diagnoses[row];
  const px = c.service.procedures[row];
  if (key.startsWith('providers.')) {
    const [, role, ...rest] = key.split('.');
    return providerValue(c.providers[role as ProviderRole], rest.join('.'));
  }
  switch (key) {
    case 'member.firstName': return text(m.firstName);
    case 'member.lastName': return text(m.lastName);
    case 'member.fullName': return name(m.firstName, m.lastName);
    case 'member.dob': return date(m.dob);
    case 'member.sex': return m.sex === 'unknown' ? undefined : choice(SEX_CHOICES[m.sex]);
    case 'member.memberId': return text(m.memberId);
    case 'member.groupNumber': return text(m.groupNumber);
    case 'member.phone': return typed('phone', m.phone);
    case 'member.address.street': return text(m.address.street);
    case 'member.address.city': return text(m.address.city);
    case 'member.address.state': return state(m.address.state);
    case 'member.address.zip': return typed('zip', m.address.zip);
    case 'subscriber.firstName': return text(s.firstName);
    case 'subscriber.lastName': return text(s.lastName);
    case 'subscriber.fullName': return name(s.firstName, s.lastName);
    case 'subscriber.dob': return date(s.dob);
    case 'subscriber.subscriberId': return text(s.subscriberId);
    case 'subscriber.relationship': return choice(RELATIONSHIP_CHOICES[s.relationship]);
    case 'plan.payer': return text(c.plan.payer);
    case 'plan.planName': return text(c.plan.planName);
    case 'plan.lineOfBusiness': return choice(LINE_OF_BUSINESS_CHOICES[c.plan.lineOfBusiness]);
    case 'plan.state': return state(c.plan.state);
    case 'pcp.name': return text(c.pcp.name);
    case 'pcp.phone': return typed('phone', c.pcp.phone);
    case 'contact.name': return text(c.contact.name);
    case 'contact.phone': return typed('phone', c.contact.phone);
    case 'contact.ext': return text(c.contact.ext);
    case 'contact.fax': return typed('phone', c.contact.fax);
    case 'contact.email': return text(c.contact.email);
    case 'request.type': return choice(REQUEST_TYPE_CHOICES[c.request.type]);
    case 'request.priority': return choice(PRIORITY_CHOICES[c.request.priority]);
    case 'request.priorAuthNumber': return text(c.request.priorAuthNumber);
    case 'request.submittedDate': return date(c.request.submittedDate);
    case 'service.placeOfService': return choice(placeOfServiceChoice(c.service.placeOfService));
    case 'service.setting': return choice(SETTING_CHOICES[c.service.setting]);
    case 'service.startDate': return date(c.service.startDate);
    case 'service.endDate': return date(c.service.endDate);
    case 'service.visits': return count(c.service.visits);
    case 'service.diagnosis': return dx?.code.trim() ? { type: 'icd10', code: dx.code.trim() } : undefined;
    case 'service.diagnosisDescription': return text(dx?.description);
    case 'service.procedure': return px?.code.trim() ? { type: 'procedure', code: px.code.trim().toUpperCase() } : undefined;
    case 'service.procedureModifier': return text(px?.modifier.toUpperCase());
    case 'service.procedureUnits': return count(px?.units);
    case 'service.procedureFrequency': return text(px?.frequency);
    case 'service.procedureDescription': return text(px?.description);
    case 'exceptionReasons':
      return c.exceptionReasons.length ? { type: 'choices', choices: c.exceptionReasons.map((r) => EXCEPTION_REASON_CHOICES[r]) } : undefined;
    case 'clinicalRationale': return text(c.clinicalRationale, true);
    case 'continuity.priorInsurer': return text(c.continuity.priorInsurer);
    case 'continuity.coverageStartDate': return date(c.continuity.coverageStartDate);
    case 'continuity.providerTerminationDate': return date(c.continuity.providerTerminationDate);
    case 'continuity.activeTreatment': return { type: 'boolean', value: c.continuity.activeTreatment };
  }
  return undefined;
}
