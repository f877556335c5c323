// The case and its parts: the single source of types (TypeScript types are inferred from these).
// Every field has a default so a draft built over days always parses; completeness is reported by
// lib/case/validate.ts as warnings, never by refusing to save.
import { z } from '../zod';
import {
  ATTEMPT_OUTCOMES,
  CALL_PARTIES,
  CASE_ROLES,
  CASE_STATUSES,
  EXCEPTION_REASONS,
  LINES_OF_BUSINESS,
  PRIORITIES,
  RATE_BASES,
  RELATIONSHIPS,
  REQUEST_TIMINGS,
  REQUEST_TYPES,
  SERVICE_SETTINGS,
  SEXES,
} from './codes';

// The code lists live in codes.ts (no zod: the first screen and the field registry read them).
export * from './codes';

const text = z.string().trim().max(20_000).default('');
/** Calendar date as YYYY-MM-DD, or '' while unknown. */
export const isoDate = z
  .string()
  .trim()
  .refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'Use a date like 2026-11-23')
  .default('');
/** Instant as an ISO 8601 string with time (new Date().toISOString()). */
export const isoInstant = z.string().datetime({ offset: true });

export const AddressSchema = z.object({
  street: text,
  city: text,
  state: z.string().trim().toUpperCase().max(2).default(''),
  zip: text,
});

export const MemberSchema = z.object({
  firstName: text,
  lastName: text,
  dob: isoDate,
  sex: z.enum(SEXES).default('unknown'),
  memberId: text,
  groupNumber: text,
  phone: text,
  address: AddressSchema.prefault({}),
});

export const SubscriberSchema = z.object({
  /** When true the member is the subscriber and the fields below are ignored. */
  sameAsMember: z.boolean().default(true),
  firstName: text,
  lastName: text,
  dob: isoDate,
  subscriberId: text,
  relationship: z.enum(RELATIONSHIPS).default('self'),
});

export const PlanSchema = z.object({
  payer: text,
  planName: text,
  lineOfBusiness: z.enum(LINES_OF_BUSINESS).default('commercial-fully-insured'),
  /** Two-letter state whose rules apply (network adequacy, legal hooks). */
  state: z.string().trim().toUpperCase().max(2).default(''),
  secondaryPayer: text,
  secondaryMemberId: text,
  secondaryGroupNumber: text,
});

export const ProviderSchema = z.object({
  name: text,
  organization: text,
  npi: text,
  tin: text,
  license: text,
  specialty: text,
  taxonomy: text,
  phone: text,
  fax: text,
  address: AddressSchema.prefault({}),
});

export const ContactSchema = z.object({
  name: text,
  phone: text,
  ext: text,
  fax: text,
  email: text,
});

export const PcpSchema = z.object({ name: text, phone: text, fax: text });

export const ReferenceNumberSchema = z.object({
  /** What the portal or representative called it: "Decision ID", "Reference #", "Tracking ID". */
  label: text,
  value: z.string().trim().min(1).max(200),
  capturedAt: isoInstant,
  /** Where it came from: a portal name or "call". */
  source: text,
});

export const RequestSchema = z.object({
  type: z.enum(REQUEST_TYPES).default('new'),
  priority: z.enum(PRIORITIES).default('standard'),
  priorAuthNumber: text,
  referenceNumbers: z.array(ReferenceNumberSchema).max(500).default([]),
  /** Date the request was submitted to the plan; starts the decision clock. */
  submittedDate: isoDate,
  /** Date the plan asked for missing information; starts the 45-day reply window. */
  infoRequestedDate: isoDate,
  /** Date the member or provider sent that information; the paused decision clock runs again. */
  infoSentDate: isoDate,
  /** Most SCAs are pre-service; retro requests are post-service (60-day appeal decision). */
  timing: z.enum(REQUEST_TIMINGS).default('pre-service'),
});

export const DiagnosisSchema = z.object({ code: text, description: text });

export const ProcedureLineSchema = z.object({
  code: text,
  modifier: text,
  description: text,
  units: z.number().int().min(0).max(100_000).optional(),
  /** Units per week, hours per day, visits per month ... as the plan words it. */
  frequency: text,
});

export const ServiceSchema = z.object({
  /** CMS place-of-service code: 11 office, 12 home, 02/10 telehealth, 22 outpatient hospital, 03 school. */
  placeOfService: text,
  setting: z.enum(SERVICE_SETTINGS).default('outpatient'),
  diagnoses: z.array(DiagnosisSchema).max(12).default([]),
  procedures: z.array(ProcedureLineSchema).max(30).default([]),
  startDate: isoDate,
  endDate: isoDate,
  visits: z.number().int().min(0).max(100_000).optional(),
});

export const StatusEventSchema = z.object({
  status: z.enum(CASE_STATUSES),
  /** Date the status took effect (e.g. the date on the denial letter). */
  date: isoDate,
  at: isoInstant,
  note: text,
});

export const ApprovedCodeSchema = z.object({
  code: text,
  units: z.number().int().min(0).max(100_000).optional(),
});

export const AgreementSchema = z.object({
  authorizationNumber: text,
  approvedCodes: z.array(ApprovedCodeSchema).max(30).default([]),
  rate: text,
  startDate: isoDate,
  endDate: isoDate,
  /** Which services are covered on a partial approval; facility and professional fees. */
  scopeNote: text,
});

export const CounterOfferSchema = z.object({
  date: isoDate,
  by: z.enum(['provider', 'plan']).default('provider'),
  amount: z.number().min(0).max(1_000_000).optional(),
  note: text,
});

export const RateLineSchema = z.object({
  code: text,
  usualFee: z.number().min(0).max(1_000_000).optional(),
  planOffer: z.number().min(0).max(1_000_000).optional(),
  offerBasis: z.enum(RATE_BASES).default('other'),
  /** For percent-of-medicare offers. */
  offerPercent: z.number().min(0).max(1000).optional(),
  counterOffers: z.array(CounterOfferSchema).max(50).default([]),
  agreedRate: z.number().min(0).max(1_000_000).optional(),
});

export const RatesSchema = z.object({
  lines: z.array(RateLineSchema).max(30).default([]),
  /** The payer pays only its highest in-network rate and will not negotiate. */
  payerNonNegotiable: z.boolean().default(false),
  /** The patient will owe more than in-network cost sharing (acknowledgement needed). */
  patientOwesMore: z.boolean().default(false),
});

export const FollowUpSchema = z.object({
  intervalBusinessDays: z.number().int().min(1).max(60).default(3),
  /** Next follow-up date; '' when nothing is pending. */
  nextDue: isoDate,
});

export const CaseSchema = z.object({
  id: z.string().min(1).max(64),
  /** Short name the user gives the case ("J. Doe ABA - Aetna"). */
  title: text,
  role: z.enum(CASE_ROLES).default('provider'),
  status: z.enum(CASE_STATUSES).default('draft'),
  statusHistory: z.array(StatusEventSchema).max(500).default([]),
  member: MemberSchema.prefault({}),
  subscriber: SubscriberSchema.prefault({}),
  plan: PlanSchema.prefault({}),
  providers: z
    .object({
      requesting: ProviderSchema.prefault({}),
      rendering: ProviderSchema.prefault({}),
      referring: ProviderSchema.prefault({}),
      facility: ProviderSchema.prefault({}),
    })
    .prefault({}),
  pcp: PcpSchema.prefault({}),
  contact: ContactSchema.prefault({}),
  request: RequestSchema.prefault({}),
  service: ServiceSchema.prefault({}),
  exceptionReasons: z.array(z.enum(EXCEPTION_REASONS)).max(EXCEPTION_REASONS.length).default([]),
  exceptionReasonOther: text,
  clinicalRationale: text,
  /** Continuity of care: prior coverage and the date the provider left the network / coverage began. */
  continuity: z
    .object({
      priorInsurer: text,
      priorPolicy: text,
      priorGroup: text,
      coverageStartDate: isoDate,
      providerTerminationDate: isoDate,
      activeTreatment: z.boolean().default(false),
    })
    .prefault({}),
  agreement: AgreementSchema.prefault({}),
  rates: RatesSchema.prefault({}),
  followUp: FollowUpSchema.prefault({}),
  /** Manual checklist ticks by item id (lib/checklist). */
  checklistTicks: z.record(z.string().max(100), z.boolean()).default({}),
  /** Dates the user set in place of a computed deadline, by rule id (lib/clocks). */
  deadlineOverrides: z.record(z.string().max(100), isoDate).default({}),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Archived cases leave the default list but keep every record. */
  archived: z.boolean().default(false),
  /** Incremented on every save: detects two windows editing the same case. */
  revision: z.number().int().min(0).default(0),
});

export const NoteSchema = z.object({
  id: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  text: z.string().max(50_000),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const CallSchema = z.object({
  id: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  startedAt: isoInstant,
  endedAt: isoInstant.optional(),
  party: z.enum(CALL_PARTIES).default('provider-services'),
  phoneNumber: text,
  representative: text,
  referenceNumber: text,
  summary: text,
  outcome: text,
  nextStep: text,
  /** Fax number the plan gave for records. */
  faxForRecords: text,
});

export const NetworkAttemptSchema = z.object({
  id: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  providerName: text,
  npi: text,
  phone: text,
  date: isoDate,
  outcome: z.enum(ATTEMPT_OUTCOMES).default('other'),
  /** Wait offered, in business days; undefined when none was offered. */
  waitDays: z.number().min(0).max(2000).optional(),
  distanceMiles: z.number().min(0).max(5000).optional(),
  notes: text,
});

/** Sessions (units) used under an approved code. */
export const UsageEntrySchema = z.object({
  id: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  code: text,
  date: isoDate,
  units: z.number().int().min(0).max(10_000),
});

export type Case = z.infer<typeof CaseSchema>;
export type CaseInput = z.input<typeof CaseSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type Provider = z.infer<typeof ProviderSchema>;
export type Address = z.infer<typeof AddressSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Call = z.infer<typeof CallSchema>;
export type NetworkAttempt = z.infer<typeof NetworkAttemptSchema>;
export type UsageEntry = z.infer<typeof UsageEntrySchema>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number];
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];
export type ReferenceNumber = z.infer<typeof ReferenceNumberSchema>;
export type RateLine = z.infer<typeof RateLineSchema>;

/** A new, empty case (a draft) with fresh id and timestamps. */
export function newCase(init: Partial<CaseInput> = {}, now = new Date()): Case {
  const at = now.toISOString();
  return CaseSchema.parse({ id: newId(), createdAt: at, updatedAt: at, ...init });
}

export function newId(): string {
  return crypto.randomUUID();
}

/** Everything the text and fill features read from: the case plus its logged records. */
export interface CaseBundle {
  case: Case;
  attempts: NetworkAttempt[];
  calls: Call[];
  usage: UsageEntry[];
}
