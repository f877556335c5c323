// The coded values a case field takes, one list each. No zod here: the side panel's first screen
// (labels.ts) and the field registry (fields.ts) read them without loading the schema.

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const RELATIONSHIPS = ['self', 'spouse', 'child', 'other'] as const;
export const LINES_OF_BUSINESS = [
  'commercial-fully-insured',
  'self-funded-erisa',
  'medicaid-mco',
  'medicare-advantage',
  'marketplace',
  'tricare',
  'other',
] as const;
export const REQUEST_TYPES = ['new', 'extension', 'additional-info'] as const;
export const PRIORITIES = ['standard', 'urgent'] as const;
/** Whether the request is for care not yet given or given already (retro); the appeal clocks differ. */
export const REQUEST_TIMINGS = ['pre-service', 'post-service'] as const;
export const EXCEPTION_REASONS = [
  'no-specialty',
  'wait-time',
  'distance',
  'continuity-of-care',
  'expertise',
  'language-culture',
  'other',
] as const;
export const CASE_STATUSES = [
  'draft',
  'requested',
  'pending',
  'approved',
  'partially-approved',
  'denied',
  'appeal',
  'external-review',
  'closed',
] as const;
export const CASE_ROLES = ['provider', 'patient'] as const;
/** The providers a case names, in the editor's order; each has the same fields. */
export const PROVIDER_ROLES = ['requesting', 'rendering', 'referring', 'facility'] as const;
export const RATE_BASES = [
  'billed-charges',
  'usual-and-customary',
  'fair-health',
  'percent-of-medicare',
  'highest-in-network',
  'other',
] as const;
export const CALL_PARTIES = ['member-services', 'provider-services', 'utilization-management', 'case-management', 'other'] as const;
export const ATTEMPT_OUTCOMES = ['not-accepting', 'waitlist', 'no-specialty', 'too-far', 'no-response', 'not-in-network', 'other'] as const;
export const SERVICE_SETTINGS = ['outpatient', 'inpatient'] as const;

export type ProviderRole = (typeof PROVIDER_ROLES)[number];
