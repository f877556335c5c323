// A claim as the payer processed it (from an EOB typed or pasted, an 835 remittance file, or a portal
// claim page): what was billed, allowed, paid and left to the patient, line by line, with the payer's
// adjustment codes. Money is integer cents everywhere, so sums never drift.
import { z } from '../zod';
import { isoDate, isoInstant } from '../case/schema';

const text = z.string().trim().max(2_000).default('');
const shortCode = z.string().trim().max(30).default('');
/** Cents; negative for reversals and recoupments. Bounded at ten million dollars either way. */
export const cents = z.number().int().min(-1_000_000_000).max(1_000_000_000);

export const CLAIM_SOURCES = ['typed', 'pasted', '835', 'portal'] as const;
/** Claim adjustment group codes (X12 005010): contractual, patient responsibility, other, payer initiated. */
export const GROUP_CODES = ['CO', 'PR', 'OA', 'PI'] as const;
/** How the payer applied the member's benefits: its network level, when the source says. */
export const NETWORK_STATUSES = ['in', 'out', 'unknown'] as const;

export const AdjustmentSchema = z.object({
  group: z.enum(GROUP_CODES),
  /** Claim adjustment reason code (CARC), e.g. "45", "242". */
  reason: z.string().trim().min(1).max(5),
  amount: cents,
  quantity: z.number().min(-100_000).max(100_000).optional(),
});

/** The patient's share as the payer split it (group PR: CARC 1 deductible, 3 copay, 2 coinsurance). */
export const PatientShareSchema = z.object({
  deductible: cents.default(0),
  copay: cents.default(0),
  coinsurance: cents.default(0),
  /** Any other patient responsibility (non-covered, out-of-network difference, ...). */
  other: cents.default(0),
});

export const ClaimLineSchema = z.object({
  /** Date of service, or the first day of a period. */
  dateFrom: isoDate,
  /** Last day of a service period; '' for a single day. */
  dateTo: isoDate,
  code: shortCode,
  modifiers: z.array(z.string().trim().max(4)).max(4).default([]),
  /** Negative on a reversal line. */
  units: z.number().min(-100_000).max(100_000).default(1),
  billed: cents.default(0),
  /** What the payer allowed; undefined when the source does not say (then paid + patient share). */
  allowed: cents.optional(),
  paid: cents.default(0),
  patientShare: PatientShareSchema.prefault({}),
  adjustments: z.array(AdjustmentSchema).max(99).default([]),
  /** Remittance advice remark codes (RARC), e.g. "N130". */
  remarks: z.array(z.string().trim().min(1).max(8)).max(99).default([]),
  /** Authorization number the payer reported on this line. */
  authorizationNumber: shortCode,
  /** The provider's line item control number (835 REF*6R). */
  lineControlNumber: shortCode,
});

export const ClaimPersonSchema = z.object({ firstName: text, lastName: text, memberId: shortCode });

export const ClaimFieldsSchema = z.object({
  source: z.enum(CLAIM_SOURCES),
  /** The provider's claim number (patient control number, 835 CLP01). */
  claimNumber: shortCode,
  /** The payer's internal control number (835 CLP07), what its staff look a claim up by. */
  payerClaimControlNumber: shortCode,
  /** 835 CLP02 (1 processed as primary, 4 denied, 22 reversal ...); '' when not known. */
  statusCode: z.string().trim().max(2).default(''),
  payer: text,
  patient: ClaimPersonSchema.prefault({}),
  /** The subscriber, when the payer names one apart from the patient. */
  insured: ClaimPersonSchema.prefault({}),
  renderingProvider: z.object({ name: text, npi: shortCode }).prefault({}),
  /** Claim statement period. */
  dateFrom: isoDate,
  dateTo: isoDate,
  billed: cents.default(0),
  paid: cents.default(0),
  /** The claim's total patient responsibility as the payer stated it. */
  patientResponsibility: cents.default(0),
  network: z.enum(NETWORK_STATUSES).default('unknown'),
  authorizationNumber: shortCode,
  /** Adjustments and remarks made to the claim as a whole (not to one line). */
  adjustments: z.array(AdjustmentSchema).max(99).default([]),
  remarks: z.array(z.string().trim().min(1).max(8)).max(99).default([]),
  lines: z.array(ClaimLineSchema).max(999).default([]),
  /** Check or EFT trace number (835 TRN02) and the payment date (BPR16). */
  paymentNumber: shortCode,
  paymentDate: isoDate,
});

export const ClaimSchema = ClaimFieldsSchema.extend({
  id: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  createdAt: isoInstant,
});

export type Adjustment = z.infer<typeof AdjustmentSchema>;
export type GroupCode = (typeof GROUP_CODES)[number];
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];
export type PatientShare = z.infer<typeof PatientShareSchema>;
export type ClaimLine = z.infer<typeof ClaimLineSchema>;
export type ClaimLineInput = z.input<typeof ClaimLineSchema>;
/** A claim read from a source, not yet placed on a case. */
export type ClaimFields = z.infer<typeof ClaimFieldsSchema>;
export type ClaimFieldsInput = z.input<typeof ClaimFieldsSchema>;
export type Claim = z.infer<typeof ClaimSchema>;

/** A claim record for a case from fields read elsewhere. */
export function claimOnCase(fields: ClaimFieldsInput, caseId: string, now = new Date()): Claim {
  return ClaimSchema.parse({ ...fields, id: crypto.randomUUID(), caseId, createdAt: now.toISOString() });
}

/** Sum of the patient's share on a line. */
export function patientTotal(s: PatientShare): number {
  return s.deductible + s.copay + s.coinsurance + s.other;
}

/** What the payer allowed on a line: as reported, else paid plus the patient's share (the 835 identity). */
export function allowedOf(line: ClaimLine): number {
  return line.allowed ?? line.paid + patientTotal(line.patientShare);
}
