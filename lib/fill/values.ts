// The raw case value behind each field key, before any formatting for a control: the subscriber
// falls back to the member when sameAsMember, row keys read the diagnosis/procedure at a row, coded
// values come with the words portals use for them (choices.ts). Undefined means "the case has nothing".
import { EXCEPTION_REASONS } from '../case/codes';
import { EXCEPTION_REASON_LABELS } from '../case/labels';
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

/** The words reason checkboxes use for each exception reason, most specific first. */
const EXCEPTION_REASON_WORDS: Record<ExceptionReason, string[]> = {
  // Each phrase names the specialty gap itself: "No in-network provider within 30 miles" is distance.
  'no-specialty': [
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
  'wait-time': [
    'wait time',
    'wait times',
    'waiting time',
    'wait list',
    'waitlist',
    'timely access',
    'appointment availability',
    'access standards',
  ],
  distance: ['distance', 'too far', 'geographic access', 'geographic', 'travel distance', 'mileage', 'miles'],
  'continuity-of-care': ['continuity of care', 'continuity', 'transition of care', 'active treatment', 'ongoing treatment'],
  expertise: ['expertise', 'specialized expertise', 'specialised expertise', 'treatment modality', 'unique'],
  'language-culture': ['language', 'cultural', 'culture', 'interpreter'],
  other: ['other'],
};

/** Exception reasons as a text box gets them (the editor's words) and as reason checkboxes word them. */
export const EXCEPTION_REASON_CHOICES = Object.fromEntries(
  EXCEPTION_REASONS.map((code) => [code, { code, text: EXCEPTION_REASON_LABELS[code], words: EXCEPTION_REASON_WORDS[code] }]),
) as Record<ExceptionReason, Choice>;

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

type ProviderField = FieldKey extends infer K ? (K extends `providers.${ProviderRole}.${infer F}` ? F : never) : never;
type CaseKey = Exclude<FieldKey, `providers.${string}`>;

/** The reader of each provider field; every role has the same fields. */
const PROVIDER_READERS: Record<ProviderField, (p: Provider) => CaseValue | undefined> = {
  name: (p) => text(p.name),
  organization: (p) => text(p.organization),
  npi: (p) => typed('npi', p.npi),
  tin: (p) => typed('tin', p.tin),
  license: (p) => text(p.license),
  specialty: (p) => text(p.specialty),
  taxonomy: (p) => text(p.taxonomy),
  phone: (p) => typed('phone', p.phone),
  fax: (p) => typed('phone', p.fax),
  'address.street': (p) => text(p.address.street),
  'address.city': (p) => text(p.address.city),
  'address.state': (p) => state(p.address.state),
  'address.zip': (p) => typed('zip', p.address.zip),
};

/** What a reader sees: the case, the subscriber as filled (the member unless the case says otherwise) and the row's lines. */
interface Reading {
  c: CaseBundle['case'];
  s: Pick<CaseBundle['case']['subscriber'], 'firstName' | 'lastName' | 'dob' | 'subscriberId' | 'relationship'>;
  dx: CaseBundle['case']['service']['diagnoses'][number] | undefined;
  px: CaseBundle['case']['service']['procedures'][number] | undefined;
}

/** The reader of every other key: a key without one does not compile. */
const READERS: Record<CaseKey, (r: Reading) => CaseValue | undefined> = {
  'member.firstName': ({ c }) => text(c.member.firstName),
  'member.lastName': ({ c }) => text(c.member.lastName),
  'member.fullName': ({ c }) => name(c.member.firstName, c.member.lastName),
  'member.dob': ({ c }) => date(c.member.dob),
  'member.sex': ({ c }) => (c.member.sex === 'unknown' ? undefined : choice(SEX_CHOICES[c.member.sex])),
  'member.memberId': ({ c }) => text(c.member.memberId),
  'member.groupNumber': ({ c }) => text(c.member.groupNumber),
  'member.phone': ({ c }) => typed('phone', c.member.phone),
  'member.address.street': ({ c }) => text(c.member.address.street),
  'member.address.city': ({ c }) => text(c.member.address.city),
  'member.address.state': ({ c }) => state(c.member.address.state),
  'member.address.zip': ({ c }) => typed('zip', c.member.address.zip),
  'subscriber.firstName': ({ s }) => text(s.firstName),
  'subscriber.lastName': ({ s }) => text(s.lastName),
  'subscriber.fullName': ({ s }) => name(s.firstName, s.lastName),
  'subscriber.dob': ({ s }) => date(s.dob),
  'subscriber.subscriberId': ({ s }) => text(s.subscriberId),
  'subscriber.relationship': ({ s }) => choice(RELATIONSHIP_CHOICES[s.relationship]),
  'plan.payer': ({ c }) => text(c.plan.payer),
  'plan.planName': ({ c }) => text(c.plan.planName),
  'plan.lineOfBusiness': ({ c }) => choice(LINE_OF_BUSINESS_CHOICES[c.plan.lineOfBusiness]),
  'plan.state': ({ c }) => state(c.plan.state),
  'pcp.name': ({ c }) => text(c.pcp.name),
  'pcp.phone': ({ c }) => typed('phone', c.pcp.phone),
  'contact.name': ({ c }) => text(c.contact.name),
  'contact.phone': ({ c }) => typed('phone', c.contact.phone),
  'contact.ext': ({ c }) => text(c.contact.ext),
  'contact.fax': ({ c }) => typed('phone', c.contact.fax),
  'contact.email': ({ c }) => text(c.contact.email),
  'request.type': ({ c }) => choice(REQUEST_TYPE_CHOICES[c.request.type]),
  'request.priority': ({ c }) => choice(PRIORITY_CHOICES[c.request.priority]),
  'request.priorAuthNumber': ({ c }) => text(c.request.priorAuthNumber),
  'request.submittedDate': ({ c }) => date(c.request.submittedDate),
  'service.placeOfService': ({ c }) => choice(placeOfServiceChoice(c.service.placeOfService)),
  'service.setting': ({ c }) => choice(SETTING_CHOICES[c.service.setting]),
  'service.startDate': ({ c }) => date(c.service.startDate),
  'service.endDate': ({ c }) => date(c.service.endDate),
  'service.visits': ({ c }) => count(c.service.visits),
  'service.diagnosis': ({ dx }) => (dx?.code.trim() ? { type: 'icd10', code: dx.code.trim() } : undefined),
  'service.diagnosisDescription': ({ dx }) => text(dx?.description),
  'service.procedure': ({ px }) => (px?.code.trim() ? { type: 'procedure', code: px.code.trim().toUpperCase() } : undefined),
  'service.procedureModifier': ({ px }) => text(px?.modifier.toUpperCase()),
  'service.procedureUnits': ({ px }) => count(px?.units),
  'service.procedureFrequency': ({ px }) => text(px?.frequency),
  'service.procedureDescription': ({ px }) => text(px?.description),
  exceptionReasons: ({ c }) =>
    c.exceptionReasons.length ? { type: 'choices', choices: c.exceptionReasons.map((r) => EXCEPTION_REASON_CHOICES[r]) } : undefined,
  clinicalRationale: ({ c }) => text(c.clinicalRationale, true),
  'continuity.priorInsurer': ({ c }) => text(c.continuity.priorInsurer),
  'continuity.coverageStartDate': ({ c }) => date(c.continuity.coverageStartDate),
  'continuity.providerTerminationDate': ({ c }) => date(c.continuity.providerTerminationDate),
  'continuity.activeTreatment': ({ c }) => ({ type: 'boolean', value: c.continuity.activeTreatment }),
};

/** The case's value for a key (row: 0-based row for row keys), or undefined when the case has none. */
export function caseValue(bundle: CaseBundle, key: FieldKey, row = 0): CaseValue | undefined {
  const c = bundle.case;
  if (key.startsWith('providers.')) {
    const [, role, ...rest] = key.split('.');
    return PROVIDER_READERS[rest.join('.') as ProviderField](c.providers[role as ProviderRole]);
  }
  const m = c.member;
  // The subscriber is the member unless the case says otherwise.
  const s = c.subscriber.sameAsMember
    ? { firstName: m.firstName, lastName: m.lastName, dob: m.dob, subscriberId: m.memberId, relationship: 'self' as const }
    : c.subscriber;
  return READERS[key as CaseKey]({ c, s, dx: c.service.diagnoses[row], px: c.service.procedures[row] });
}
