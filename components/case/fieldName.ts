// A warning's field path in words for the summary ("providers.rendering.npi" -> "Rendering provider: NPI").
const GROUPS: Record<string, string> = {
  member: 'Member',
  subscriber: 'Subscriber',
  plan: 'Plan',
  'providers.requesting': 'Requesting provider',
  'providers.rendering': 'Rendering provider',
  'providers.referring': 'Referring provider',
  'providers.facility': 'Facility',
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
};

const FIELDS: Record<string, string> = {
  npi: 'NPI',
  tin: 'Tax ID',
  dob: 'date of birth',
  zip: 'ZIP',
  state: 'state',
  phone: 'phone',
  fax: 'fax',
  email: 'email',
  code: 'code',
  modifier: 'modifier',
  startDate: 'start date',
  endDate: 'end date',
  submittedDate: 'submitted date',
  nextDue: 'next follow-up',
  coverageStartDate: 'coverage start date',
  providerTerminationDate: 'provider left network on',
};

export function fieldName(path: string): string {
  const parts = path.split('.');
  const field = parts.at(-1) ?? path;
  const isAddress = parts.includes('address');
  const index = parts.find((p) => /^\d+$/.test(p));
  const groupKey = parts.filter((p) => !/^\d+$/.test(p) && p !== 'address').slice(0, -1);
  let group = '';
  for (let n = groupKey.length; n > 0 && !group; n--) group = GROUPS[groupKey.slice(0, n).join('.')] ?? '';
  const label = `${isAddress ? 'address ' : ''}${FIELDS[field] ?? field}`;
  return group ? `${group}${index !== undefined ? ` ${Number(index) + 1}` : ''}: ${label}` : label;
}
