// What the side panel calls each field key in the fill preview and the "this field is ..." picker.
import { FIELD_KEYS, type FieldKey } from './fieldKeys';

const WHO: Record<string, string> = {
  member: 'Patient',
  subscriber: 'Subscriber',
  plan: 'Plan',
  'providers.requesting': 'Requesting provider',
  'providers.rendering': 'Rendering provider',
  'providers.referring': 'Referring provider',
  'providers.facility': 'Facility',
  pcp: 'PCP',
  contact: 'Contact',
  request: 'Request',
  service: 'Service',
  continuity: 'Continuity of care',
};

const WHAT: Record<string, string> = {
  firstName: 'first name',
  lastName: 'last name',
  fullName: 'full name',
  dob: 'date of birth',
  sex: 'sex',
  memberId: 'member ID',
  groupNumber: 'group number',
  phone: 'phone',
  fax: 'fax',
  ext: 'phone extension',
  email: 'email',
  'address.street': 'street',
  'address.city': 'city',
  'address.state': 'state',
  'address.zip': 'ZIP',
  subscriberId: 'ID',
  relationship: 'relationship to patient',
  payer: 'payer',
  planName: 'plan name',
  lineOfBusiness: 'plan type',
  state: 'state',
  name: 'name',
  organization: 'organization',
  npi: 'NPI',
  tin: 'TIN',
  license: 'license',
  specialty: 'specialty',
  taxonomy: 'taxonomy',
  type: 'type',
  priority: 'priority',
  priorAuthNumber: 'prior authorization number',
  submittedDate: 'submitted date',
  placeOfService: 'place of service',
  setting: 'setting',
  startDate: 'start date',
  endDate: 'end date',
  visits: 'visits',
  diagnosis: 'diagnosis code',
  diagnosisDescription: 'diagnosis description',
  procedure: 'procedure code',
  procedureModifier: 'procedure modifier',
  procedureUnits: 'procedure units',
  procedureFrequency: 'procedure frequency',
  procedureDescription: 'procedure description',
  priorInsurer: 'prior insurer',
  coverageStartDate: 'coverage start date',
  providerTerminationDate: 'provider left network on',
  activeTreatment: 'treatment in progress',
};

const SPECIAL: Partial<Record<FieldKey, string>> = {
  exceptionReasons: 'Reasons for the exception',
  clinicalRationale: 'Clinical rationale',
};

export function keyLabel(key: FieldKey): string {
  const special = SPECIAL[key];
  if (special) return special;
  const who = Object.keys(WHO)
    .filter((prefix) => key.startsWith(`${prefix}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (!who) return key;
  const rest = key.slice(who.length + 1);
  const what = WHAT[rest] ?? rest;
  return `${WHO[who]} ${what}`;
}

/** Every key with its label, for pickers. */
export const KEY_CHOICES: { key: FieldKey; label: string }[] = FIELD_KEYS.map((key) => ({ key, label: keyLabel(key) }));
