// A case path in words: "providers.rendering.npi" -> group "Rendering provider", field "NPI". One
// table for every screen that names a case field (the warning summary, the fill preview and its
// picker), so a field is called the same everywhere. Group words are the case editor's legends.

/** Who or what a field belongs to, by path prefix (the longest known prefix wins). */
const GROUP_WORDS: Record<string, string> = {
  // The editor's legend is "Member (patient)" and its labels say "Member first name", "Member ID".
  member: 'Member',
  subscriber: 'Subscriber',
  plan: 'Plan',
  'providers.requesting': 'Requesting provider',
  'providers.rendering': 'Rendering provider',
  'providers.referring': 'Referring provider',
  'providers.facility': 'Facility',
  // Spelled out like the other provider roles; the editor has no section of its own for it.
  pcp: 'Primary care provider',
  contact: 'Contact person',
  request: 'Request',
  service: 'Service',
  'service.diagnoses': 'Diagnosis',
  'service.procedures': 'Procedure line',
  agreement: 'Agreement',
  'agreement.approvedCodes': 'Approved code',
  continuity: 'Continuity of care',
  followUp: 'Follow-up',
  statusHistory: 'Status change',
};

/** What a field is, by the last segment of its path (case paths and fill keys alike). */
const FIELD_WORDS: Record<string, string> = {
  // People
  firstName: 'first name',
  lastName: 'last name',
  fullName: 'full name',
  dob: 'date of birth',
  sex: 'sex',
  memberId: 'ID',
  groupNumber: 'group number',
  subscriberId: 'ID',
  // subscriber.relationship is the member's relationship to the subscriber (the editor says so too).
  relationship: 'member’s relationship to subscriber',
  // Contact details and addresses
  phone: 'phone',
  fax: 'fax',
  ext: 'phone extension',
  email: 'email',
  street: 'street',
  city: 'city',
  state: 'state',
  zip: 'ZIP',
  // Plan
  payer: 'payer',
  planName: 'plan name',
  lineOfBusiness: 'plan type',
  // Providers
  name: 'name',
  organization: 'organization',
  npi: 'NPI',
  tin: 'tax ID (TIN)',
  license: 'license',
  specialty: 'specialty',
  taxonomy: 'taxonomy',
  // Request
  type: 'type',
  priority: 'priority',
  priorAuthNumber: 'prior authorization number',
  submittedDate: 'submitted date',
  infoRequestedDate: 'plan asked for more information on',
  infoSentDate: 'information sent on',
  // Service and its rows
  placeOfService: 'place of service',
  setting: 'setting',
  startDate: 'start date',
  endDate: 'end date',
  visits: 'visits',
  code: 'code',
  modifier: 'modifier',
  units: 'units',
  frequency: 'frequency',
  description: 'description',
  // Fill keys for a row's boxes ("service.diagnosis" is the code box of a diagnosis row)
  diagnosis: 'diagnosis code',
  diagnosisDescription: 'diagnosis description',
  procedure: 'procedure code',
  procedureModifier: 'procedure modifier',
  procedureUnits: 'procedure units',
  procedureFrequency: 'procedure frequency',
  procedureDescription: 'procedure description',
  // Network gap, continuity of care, follow-up, status
  exceptionReasons: 'reasons for the exception',
  clinicalRationale: 'clinical rationale',
  priorInsurer: 'prior insurer',
  coverageStartDate: 'coverage start date',
  providerTerminationDate: 'provider left network on',
  activeTreatment: 'treatment in progress',
  nextDue: 'next follow-up',
  date: 'date',
};

/** The word for a group of fields ("providers.rendering" -> "Rendering provider"); the case editor's legends use it too. */
export function groupWord(prefix: string): string {
  return GROUP_WORDS[prefix] ?? prefix;
}

export interface PathWords {
  /** "Rendering provider", "Member address", "Diagnosis"; undefined for a top-level field. */
  group?: string;
  /** 1-based row of a list item ("service.diagnoses.0.code" -> 1), as the editor numbers rows. */
  row?: number;
  /** "NPI", "date of birth" ("Clinical rationale" when it stands alone); the raw segment when the table has no word for it. */
  field: string;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** The words for a dotted case path or fill key. */
export function pathWords(path: string): PathWords {
  const parts = path.split('.');
  const last = parts.at(-1) ?? path;
  const field = Object.hasOwn(FIELD_WORDS, last) ? FIELD_WORDS[last]! : last;
  const named = parts.slice(0, -1).filter((p) => !isIndex(p) && p !== 'address');
  let groupKey: string | undefined;
  for (let n = named.length; n > 0 && !groupKey; n--) {
    const key = named.slice(0, n).join('.');
    if (Object.hasOwn(GROUP_WORDS, key)) groupKey = key;
  }
  if (!groupKey) return { field: field.charAt(0).toUpperCase() + field.slice(1) };
  // An address is its own group in the editor ("Member address", "Rendering provider address").
  const group = `${GROUP_WORDS[groupKey]}${parts.includes('address') ? ' address' : ''}`;
  const index = parts.find(isIndex);
  const row = index === undefined ? undefined : Number(index) + 1;
  return row === undefined ? { group, field } : { group, row, field };
}

/** A warning's field in words: "Rendering provider: NPI", "Diagnosis 2: code", "Clinical rationale". */
export function fieldName(path: string): string {
  const { group, row, field } = pathWords(path);
  if (!group) return field;
  return `${group}${row === undefined ? '' : ` ${row}`}: ${field}`;
}
