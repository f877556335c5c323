// The case's fields described once: for each case path its words (warnings, the fill preview and
// placeholders), the editor's label, whether a portal control can ask for it (a fill key), the kind
// of value it holds and its coded choices. FIELD_KEYS, pathWords, placeholder labels and the editor's
// labels derive from this table; the schema (schema.ts) still validates, and the classifier keeps
// its own patterns per fill key (lib/fill/classify/dictionary.ts).
// Paths: "*" stands for a provider role (each role has the same fields), "#" for a list row.
// No zod here: the registry reaches the side panel without the schema.
import { PROVIDER_ROLES, type ProviderRole } from './codes';
import {
  EXCEPTION_REASON_LABELS,
  LINE_OF_BUSINESS_LABELS,
  PLACE_OF_SERVICE_LABELS,
  PRIORITY_LABELS,
  RELATIONSHIP_LABELS,
  REQUEST_TIMING_LABELS,
  REQUEST_TYPE_LABELS,
  ROLE_LABELS,
  SERVICE_SETTING_LABELS,
  SEX_LABELS,
  STATUS_LABELS,
} from './labels';

/** What a field holds; for a fill key, the type of the value lib/fill/values.ts reads for it. */
export type ValueKind =
  | 'text'
  | 'name'
  | 'date'
  | 'phone'
  | 'tin'
  | 'npi'
  | 'zip'
  | 'state'
  | 'icd10'
  | 'procedure'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'choices'
  /** Rows (diagnoses, procedure lines): each row's fields have entries of their own. */
  | 'list';

export interface CaseField {
  /** What the field is, after its group's word: "date of birth" ("Member: date of birth"). */
  words: string;
  /** The case editor's label; row fields get the row number after it ("ICD-10 code 2"). None: the editor does not show it. */
  label?: string;
  kind: ValueKind;
  /** Words for the coded values, by code. */
  choices?: Readonly<Record<string, string>>;
  /** A portal control can ask for it: the path (with each provider role for "*") is a fill key. */
  fill?: true;
  /** A row key (a diagnosis or procedure box): the row field it reads, "#" for the control's row. */
  reads?: string;
  /** The label names one row on its own (the current status's date), so no row number follows it. */
  unnumbered?: true;
}

export const CASE_FIELDS = {
  title: { words: 'case title', label: 'Case title', kind: 'text' },
  role: { words: 'working as', label: 'Working as', kind: 'choice', choices: ROLE_LABELS },
  // Patient / member
  'member.firstName': { words: 'first name', label: 'Member first name', kind: 'text', fill: true },
  'member.lastName': { words: 'last name', label: 'Member last name', kind: 'text', fill: true },
  /** One box for the whole name; the plan formats it as the label asks ("Last, First" or "First Last"). */
  'member.fullName': { words: 'full name', kind: 'name', fill: true },
  'member.dob': { words: 'date of birth', label: 'Date of birth', kind: 'date', fill: true },
  'member.sex': { words: 'sex', label: 'Sex', kind: 'choice', choices: SEX_LABELS, fill: true },
  'member.memberId': { words: 'ID', label: 'Member ID', kind: 'text', fill: true },
  'member.groupNumber': { words: 'group number', label: 'Group number', kind: 'text', fill: true },
  'member.phone': { words: 'phone', label: 'Member phone', kind: 'phone', fill: true },
  'member.address.street': { words: 'street', label: 'Street', kind: 'text', fill: true },
  'member.address.city': { words: 'city', label: 'City', kind: 'text', fill: true },
  'member.address.state': { words: 'state', label: 'State', kind: 'state', fill: true },
  'member.address.zip': { words: 'ZIP', label: 'ZIP', kind: 'zip', fill: true },
  // Subscriber / policy holder (filled from the member when subscriber.sameAsMember)
  'subscriber.sameAsMember': { words: 'the member is the subscriber', label: 'The member is the subscriber', kind: 'boolean' },
  'subscriber.firstName': { words: 'first name', label: 'Subscriber first name', kind: 'text', fill: true },
  'subscriber.lastName': { words: 'last name', label: 'Subscriber last name', kind: 'text', fill: true },
  'subscriber.fullName': { words: 'full name', kind: 'name', fill: true },
  'subscriber.dob': { words: 'date of birth', label: 'Subscriber date of birth', kind: 'date', fill: true },
  'subscriber.subscriberId': { words: 'ID', label: 'Subscriber ID', kind: 'text', fill: true },
  // The member's relationship to the subscriber, whichever word (member, patient) says it.
  'subscriber.relationship': {
    words: 'member’s relationship to subscriber',
    label: "Patient's relationship to subscriber",
    kind: 'choice',
    choices: RELATIONSHIP_LABELS,
    fill: true,
  },
  // Plan
  'plan.payer': { words: 'payer', label: 'Payer', kind: 'text', fill: true },
  'plan.planName': { words: 'plan name', label: 'Plan name', kind: 'text', fill: true },
  'plan.lineOfBusiness': { words: 'plan type', label: 'Line of business', kind: 'choice', choices: LINE_OF_BUSINESS_LABELS, fill: true },
  'plan.state': { words: 'state', label: 'Plan state', kind: 'state', fill: true },
  // Providers: the same fields for each role
  'providers.*.name': { words: 'name', label: 'Name', kind: 'text', fill: true },
  'providers.*.organization': { words: 'organization', label: 'Organization', kind: 'text', fill: true },
  'providers.*.npi': { words: 'NPI', label: 'NPI', kind: 'npi', fill: true },
  'providers.*.tin': { words: 'tax ID (TIN)', label: 'Tax ID (TIN)', kind: 'tin', fill: true },
  'providers.*.license': { words: 'license', label: 'License number', kind: 'text', fill: true },
  'providers.*.specialty': { words: 'specialty', label: 'Specialty', kind: 'text', fill: true },
  'providers.*.taxonomy': { words: 'taxonomy', label: 'Taxonomy code', kind: 'text', fill: true },
  'providers.*.phone': { words: 'phone', label: 'Phone', kind: 'phone', fill: true },
  'providers.*.fax': { words: 'fax', label: 'Fax', kind: 'phone', fill: true },
  'providers.*.address.street': { words: 'street', label: 'Street', kind: 'text', fill: true },
  'providers.*.address.city': { words: 'city', label: 'City', kind: 'text', fill: true },
  'providers.*.address.state': { words: 'state', label: 'State', kind: 'state', fill: true },
  'providers.*.address.zip': { words: 'ZIP', label: 'ZIP', kind: 'zip', fill: true },
  // Primary care provider (no editor section: portals ask, backups carry it)
  'pcp.name': { words: 'name', kind: 'text', fill: true },
  'pcp.phone': { words: 'phone', kind: 'phone', fill: true },
  'pcp.fax': { words: 'fax', kind: 'phone' },
  // Contact person at the office
  'contact.name': { words: 'name', label: 'Contact name', kind: 'text', fill: true },
  'contact.phone': { words: 'phone', label: 'Contact phone', kind: 'phone', fill: true },
  'contact.ext': { words: 'phone extension', label: 'Extension', kind: 'text', fill: true },
  'contact.fax': { words: 'fax', label: 'Contact fax', kind: 'phone', fill: true },
  'contact.email': { words: 'email', label: 'Contact email', kind: 'text', fill: true },
  // Request
  'request.type': { words: 'type', label: 'Request type', kind: 'choice', choices: REQUEST_TYPE_LABELS, fill: true },
  'request.priority': { words: 'priority', label: 'Priority', kind: 'choice', choices: PRIORITY_LABELS, fill: true },
  'request.priorAuthNumber': { words: 'prior authorization number', label: 'Prior authorization number', kind: 'text', fill: true },
  'request.submittedDate': { words: 'submitted date', label: 'Submitted on', kind: 'date', fill: true },
  'request.infoRequestedDate': { words: 'plan asked for more information on', label: 'Plan asked for more information on', kind: 'date' },
  'request.infoSentDate': { words: 'information sent on', label: 'Information sent to the plan on', kind: 'date' },
  'request.timing': { words: 'timing', label: 'Request timing', kind: 'choice', choices: REQUEST_TIMING_LABELS },
  'request.referenceNumbers': { words: 'reference numbers', label: 'Reference numbers', kind: 'list' },
  // Service. Row keys take the row from the control's rowIndex (or from a number in the label: "Diagnosis 2").
  'service.placeOfService': {
    words: 'place of service',
    label: 'Place of service',
    kind: 'choice',
    choices: PLACE_OF_SERVICE_LABELS,
    fill: true,
  },
  'service.setting': { words: 'setting', label: 'Setting', kind: 'choice', choices: SERVICE_SETTING_LABELS, fill: true },
  'service.startDate': { words: 'start date', label: 'Service start date', kind: 'date', fill: true },
  'service.endDate': { words: 'end date', label: 'Service end date', kind: 'date', fill: true },
  'service.visits': { words: 'visits', label: 'Visits', kind: 'number', fill: true },
  /** A diagnosis code box (row-indexed). */
  'service.diagnosis': { words: 'diagnosis code', kind: 'icd10', fill: true, reads: 'service.diagnoses.#.code' },
  'service.diagnosisDescription': { words: 'diagnosis description', kind: 'text', fill: true, reads: 'service.diagnoses.#.description' },
  /** A procedure code box (row-indexed) and its companions on the same row. */
  'service.procedure': { words: 'procedure code', kind: 'procedure', fill: true, reads: 'service.procedures.#.code' },
  'service.procedureModifier': { words: 'procedure modifier', kind: 'text', fill: true, reads: 'service.procedures.#.modifier' },
  'service.procedureUnits': { words: 'procedure units', kind: 'number', fill: true, reads: 'service.procedures.#.units' },
  'service.procedureFrequency': { words: 'procedure frequency', kind: 'text', fill: true, reads: 'service.procedures.#.frequency' },
  'service.procedureDescription': { words: 'procedure description', kind: 'text', fill: true, reads: 'service.procedures.#.description' },
  'service.diagnoses': { words: 'diagnoses', label: 'Diagnoses (ICD-10)', kind: 'list' },
  'service.diagnoses.#.code': { words: 'code', label: 'ICD-10 code', kind: 'text' },
  'service.diagnoses.#.description': { words: 'description', label: 'Diagnosis description', kind: 'text' },
  'service.procedures': { words: 'procedure lines', label: 'Procedure lines (CPT / HCPCS)', kind: 'list' },
  'service.procedures.#.code': { words: 'code', label: 'Procedure code', kind: 'text' },
  'service.procedures.#.modifier': { words: 'modifier', label: 'Modifier', kind: 'text' },
  'service.procedures.#.units': { words: 'units', label: 'Units', kind: 'number' },
  'service.procedures.#.frequency': { words: 'frequency', label: 'Frequency', kind: 'text' },
  'service.procedures.#.description': { words: 'description', label: 'Procedure description', kind: 'text' },
  // Network gap and clinical text
  exceptionReasons: {
    words: 'reasons for the exception',
    label: 'Exception reasons',
    kind: 'choices',
    choices: EXCEPTION_REASON_LABELS,
    fill: true,
  },
  exceptionReasonOther: { words: 'other reason', label: 'Other reason', kind: 'text' },
  clinicalRationale: { words: 'clinical rationale', label: 'Clinical rationale', kind: 'text', fill: true },
  'continuity.priorInsurer': { words: 'prior insurer', label: 'Prior insurer', kind: 'text', fill: true },
  'continuity.priorPolicy': { words: 'prior policy number', label: 'Prior policy number', kind: 'text' },
  'continuity.coverageStartDate': { words: 'coverage start date', label: 'New coverage start date', kind: 'date', fill: true },
  'continuity.providerTerminationDate': {
    words: 'provider left network on',
    label: 'Date the provider left the network',
    kind: 'date',
    fill: true,
  },
  'continuity.activeTreatment': { words: 'treatment in progress', label: 'The member is in active treatment', kind: 'boolean', fill: true },
  // Where the request stands and what the plan agreed to
  status: { words: 'status', label: 'Status', kind: 'choice', choices: STATUS_LABELS },
  statusHistory: { words: 'status history', label: 'Status history', kind: 'list' },
  'statusHistory.#.date': { words: 'date', label: 'Status took effect on', kind: 'date', unnumbered: true },
  'followUp.nextDue': { words: 'next follow-up', label: 'Next follow-up', kind: 'date' },
  'agreement.authorizationNumber': { words: 'authorization number', label: 'Authorization number', kind: 'text' },
  'agreement.rate': { words: 'agreed rate', label: 'Agreed rate', kind: 'text' },
  'agreement.startDate': { words: 'start date', label: 'Agreement start date', kind: 'date' },
  'agreement.endDate': { words: 'end date', label: 'Agreement end date', kind: 'date' },
  'agreement.approvedCodes': { words: 'approved codes', label: 'Approved codes', kind: 'list' },
  'agreement.approvedCodes.#.code': { words: 'code', label: 'Approved code', kind: 'text' },
  'agreement.approvedCodes.#.units': { words: 'units', label: 'Approved units', kind: 'number' },
  'agreement.scopeNote': { words: 'scope of the agreement', label: 'Scope of the agreement', kind: 'text' },
  // The rate worksheet has its own screen; placeholders send the user there.
  'rates.lines': { words: 'rate worksheet', kind: 'list' },
} as const satisfies Record<string, CaseField>;

type Fields = typeof CASE_FIELDS;
export type FieldPattern = keyof Fields;

/** A pattern with each provider role for "*" and any row number for "#". */
type Expand<P extends string> = P extends `${infer A}*${infer B}`
  ? Expand<`${A}${ProviderRole}${B}`>
  : P extends `${infer A}#${infer B}`
    ? Expand<`${A}${number}${B}`>
    : P;

/** A case field a portal control can ask for: the shared vocabulary of classify and plan (see lib/form/fieldKeys.ts). */
export type FieldKey = Expand<{ [P in FieldPattern]: Fields[P] extends { fill: true } ? P : never }[FieldPattern]>;
/** A case path the editor shows a control for. */
export type EditorPath = Expand<{ [P in FieldPattern]: Fields[P] extends { label: string } ? P : never }[FieldPattern]>;

const FIELDS: Readonly<Record<string, CaseField>> = CASE_FIELDS;

/** Every fill key in the table's order, a provider role's fields together ("providers.requesting.*" before "providers.rendering.*"). */
export const FIELD_KEYS: readonly FieldKey[] = (() => {
  const keys: string[] = [];
  const patterns = Object.keys(FIELDS).filter((p) => FIELDS[p]!.fill);
  const perRole = patterns.filter((p) => p.includes('*'));
  for (const p of patterns) {
    if (!p.includes('*')) keys.push(p);
    else if (p === perRole[0]) for (const role of PROVIDER_ROLES) keys.push(...perRole.map((q) => q.replace('*', role)));
  }
  return keys as FieldKey[];
})();

/** The table's pattern for a concrete path or key: "providers.rendering.npi" -> "providers.*.npi", "service.diagnoses.2.code" -> "service.diagnoses.#.code". */
export function fieldPattern(path: string): string {
  return path
    .split('.')
    .map((part, i, parts) => (/^\d+$/u.test(part) ? '#' : i === 1 && parts[0] === 'providers' ? '*' : part))
    .join('.');
}

/** The table's entry for a path or fill key; undefined for one it does not describe. */
export function caseField(path: string): CaseField | undefined {
  const pattern = fieldPattern(path);
  return Object.hasOwn(FIELDS, pattern) ? FIELDS[pattern] : undefined;
}

/** The editor's label for a path it shows: "Member ID", "ICD-10 code 2" (rows numbered from 1, as the editor lists them). */
export function editorLabel(path: EditorPath): string {
  const field = caseField(path);
  const index = path.split('.').find((p) => /^\d+$/u.test(p));
  const label = field?.label ?? path;
  return index === undefined || field?.unnumbered ? label : `${label} ${Number(index) + 1}`;
}

/** Who or what a field belongs to, by path prefix (the longest known prefix wins): the editor's legends. */
export const GROUP_WORDS: Readonly<Record<string, string>> = {
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
