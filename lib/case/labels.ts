// Words shown to people for the case's coded values: one place, used by the UI and the templates.
import type { CaseStatus, ExceptionReason, LineOfBusiness } from './schema';
import type {
  ATTEMPT_OUTCOMES,
  CALL_PARTIES,
  CASE_ROLES,
  RATE_BASES,
  REQUEST_TYPES,
  REQUEST_TIMINGS,
  PRIORITIES,
  RELATIONSHIPS,
  SERVICE_SETTINGS,
  SEXES,
} from './codes';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  draft: 'Draft',
  requested: 'Requested',
  pending: 'Pending',
  approved: 'Approved',
  'partially-approved': 'Partially approved',
  denied: 'Denied',
  appeal: 'Appeal',
  'external-review': 'External review',
  closed: 'Closed',
};

export const LINE_OF_BUSINESS_LABELS: Record<LineOfBusiness, string> = {
  'commercial-fully-insured': 'Commercial (fully insured)',
  'self-funded-erisa': 'Self-funded employer plan (ERISA)',
  'medicaid-mco': 'Medicaid managed care',
  'medicare-advantage': 'Medicare Advantage',
  marketplace: 'Marketplace (ACA)',
  tricare: 'TRICARE',
  other: 'Other',
};

export const EXCEPTION_REASON_LABELS: Record<ExceptionReason, string> = {
  'no-specialty': 'No in-network provider with the needed specialty',
  'wait-time': 'In-network wait times too long',
  distance: 'In-network providers too far away',
  'continuity-of-care': 'Continuity of care (treatment in progress)',
  expertise: 'Specialised expertise or treatment modality',
  'language-culture': 'Language or cultural needs',
  other: 'Other',
};

export const ROLE_LABELS: Record<(typeof CASE_ROLES)[number], string> = {
  provider: 'Provider office',
  patient: 'Patient / advocate',
};

export const REQUEST_TYPE_LABELS: Record<(typeof REQUEST_TYPES)[number], string> = {
  new: 'New request',
  extension: 'Extension of existing authorization',
  'additional-info': 'Providing additional information',
};

export const PRIORITY_LABELS: Record<(typeof PRIORITIES)[number], string> = {
  standard: 'Standard',
  urgent: 'Urgent / expedited',
};

export const REQUEST_TIMING_LABELS: Record<(typeof REQUEST_TIMINGS)[number], string> = {
  'pre-service': 'Before the service',
  'post-service': 'After the service (retro)',
};

export const SERVICE_SETTING_LABELS: Record<(typeof SERVICE_SETTINGS)[number], string> = {
  outpatient: 'Outpatient',
  inpatient: 'Inpatient',
};

export const SEX_LABELS: Record<(typeof SEXES)[number], string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

export const RELATIONSHIP_LABELS: Record<(typeof RELATIONSHIPS)[number], string> = {
  self: 'Self',
  spouse: 'Spouse',
  child: 'Child',
  other: 'Other',
};

export const CALL_PARTY_LABELS: Record<(typeof CALL_PARTIES)[number], string> = {
  'member-services': 'Member services',
  'provider-services': 'Provider services',
  'utilization-management': 'Utilization management',
  'case-management': 'Case management',
  other: 'Other',
};

export const ATTEMPT_OUTCOME_LABELS: Record<(typeof ATTEMPT_OUTCOMES)[number], string> = {
  'not-accepting': 'Not accepting new patients',
  waitlist: 'Waitlist',
  'no-specialty': 'Does not offer the specialty',
  'too-far': 'Too far',
  'no-response': 'No response',
  'not-in-network': 'Not actually in network',
  other: 'Other',
};

export const RATE_BASIS_LABELS: Record<(typeof RATE_BASES)[number], string> = {
  'billed-charges': 'Billed charges',
  'usual-and-customary': 'Usual and customary',
  'fair-health': 'FAIR Health',
  'percent-of-medicare': 'Percentage of Medicare',
  'highest-in-network': 'Highest in-network rate',
  other: 'Other',
};

export const PLACE_OF_SERVICE_LABELS: Record<string, string> = {
  '02': 'Telehealth (not in home)',
  '03': 'School',
  '10': 'Telehealth in home',
  '11': 'Office',
  '12': 'Home',
  '22': 'Outpatient hospital',
  '99': 'Other',
};
