// The deadline rules of domain.md ("Clocks"), each with the figure's source, so the UI can show
// the rule beside the date and the user can override the date (case.deadlineOverrides[rule.id]).
import type { CaseStatus, LineOfBusiness, REQUEST_TIMINGS } from '../case/schema';

export type ClockUnit = 'hours' | 'calendar-days' | 'business-days' | 'months';

/** The case event a deadline counts from (lib/clocks/caseEvents.ts finds its date). */
export type ClockEvent =
  | 'request-submitted'
  | 'info-requested'
  | 'info-sent'
  | 'denial'
  | 'final-internal-denial'
  | 'appeal-filed'
  | 'external-review-filed'
  | 'continuity-notice'
  | 'coverage-start'
  | 'last-contact'
  | 'agreement-end';

export const CLOCK_EVENT_LABELS: Record<ClockEvent, string> = {
  'request-submitted': 'Request submitted',
  'info-requested': 'Plan asked for more information',
  'info-sent': 'Information sent to the plan',
  denial: 'Denial',
  'final-internal-denial': 'Final internal appeal denial',
  'appeal-filed': 'Appeal filed',
  'external-review-filed': 'External review requested',
  // Read from continuity.providerTerminationDate; the rule text says the law counts from the plan's notice.
  'continuity-notice': 'Date the provider left the network',
  'coverage-start': 'Coverage start',
  'last-contact': 'Last contact with the plan',
  'agreement-end': 'Agreement end date',
};

export type SourceKind = 'regulation' | 'statute' | 'plan-policy' | 'practice' | 'agreement';

export interface DeadlineRule {
  id: string;
  label: string;
  from: ClockEvent;
  /** Negative amounts count back (a reminder before the event). */
  amount: number;
  unit: ClockUnit;
  /** Lines of business the rule applies to; undefined = all. */
  linesOfBusiness?: readonly LineOfBusiness[];
  /** Request priorities the rule applies to; undefined = both. */
  priorities?: readonly ('standard' | 'urgent')[];
  /** Request timings (pre-service / post-service, case.request.timing) the rule applies to; undefined = both. */
  timings?: readonly (typeof REQUEST_TIMINGS)[number][];
  /** Case statuses in which the deadline is shown; undefined = whenever its event has a date. */
  statuses?: readonly CaseStatus[];
  /**
   * The clock stops while the plan waits for missing information it asked for (from
   * request.infoRequestedDate until request.infoSentDate): DOL tolling, 29 CFR 2560.503-1(f)(4).
   */
  pausesForMissingInfo?: boolean;
  /**
   * Days the plan's request for missing information adds to the clock: that request is the plan's one
   * extension (29 CFR 2560.503-1(f)(2)(iii)(A) and (B): 15 days), on top of the days the clock stood still.
   */
  extensionForMissingInfo?: number;
  /** Only for a continuing-care patient (case.continuity.activeTreatment), as PHS Act 2799A-3 requires. */
  continuingCarePatientOnly?: boolean;
  /**
   * A last day on a Saturday, Sunday or federal holiday moves to the next business day (federal
   * external review: 29 CFR 2590.715-2719(d)(2)(i); 45 CFR 147.136(d)(2)(i)).
   */
  rollsToBusinessDay?: boolean;
  /**
   * Once the information is sent the plan decides within this many hours of receiving it, instead of
   * the clock resuming where it stopped (urgent care claims, 29 CFR 2560.503-1(f)(2)(i)).
   */
  hoursAfterInfo?: number;
  /** The payer names the rule is for (a payer's own policy); undefined = every payer. */
  payer?: RegExp;
  /** The rule applies only when the counted-from event is on or after this date. */
  effectiveFrom?: string;
  /** The rule in words, shown beside the date. */
  text: string;
  /** The primary text the figure comes from (CFR section, statute, plan policy), cited beside the date and in docs/RULES.md. */
  source: string;
  /** What kind of text the source is: a binding rule, or a plan's policy or practice the user should check. */
  sourceKind: SourceKind;
  /** What else the user should know (extensions, variation by plan). */
  note?: string;
}

/**
 * Plans under the DOL claims procedure rule (ERISA) or the ACA's copy of it for non-grandfathered
 * plans (45 CFR 147.136(b)). 'other' stays here: most other private coverage follows the same clocks.
 */
const ERISA_LIKE: readonly LineOfBusiness[] = ['commercial-fully-insured', 'self-funded-erisa', 'marketplace', 'other'];
const CMS_PRIOR_AUTH: readonly LineOfBusiness[] = ['medicare-advantage', 'medicaid-mco'];
/** Group and individual health coverage: the No Surprises Act's continuity of care (PHS Act 2799A-3) reaches these only. */
const GROUP_AND_INDIVIDUAL: readonly LineOfBusiness[] = ['commercial-fully-insured', 'self-funded-erisa', 'marketplace'];
const DOL = 'DOL claims procedure rule, 29 CFR 2560.503-1';
/** Cited beside a decision clock the missing-information pause stopped or moved. */
export const MISSING_INFO_PAUSE_SOURCE = '29 CFR 2560.503-1(f)(2)(iii), (f)(4)';
/** Added to the rule text of a decision clock while the plan waits for the information. */
export const MISSING_INFO_PAUSE_TEXT = 'The clock stops from the day the plan asks for missing information until the day it is sent.';
/** The same for a clock the request also extends (29 CFR 2560.503-1(f)(2)(iii)): n is the extension in days. */
export const missingInfoExtensionText = (n: number) =>
  `Asking for missing information is the plan\u2019s one ${n}-day extension: the clock stops from the day the plan asks until the day the information is sent, then runs for the days it had left plus ${n}.`;
const AGREEMENT_ACTIVE: readonly CaseStatus[] = ['approved', 'partially-approved'];
const AFTER_DENIAL: readonly CaseStatus[] = ['denied', 'appeal', 'external-review'];
const APPEAL_DECIDED_OR_PENDING: readonly CaseStatus[] = ['appeal', 'denied', 'external-review', 'approved', 'partially-approved'];
const MISSING_INFO_EXTENSION_DAYS = 15;

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'decision-urgent',
    label: 'Urgent pre-service decision due',
    from: 'request-submitted',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['urgent'],
    timings: ['pre-service'],
    pausesForMissingInfo: true,
    hoursAfterInfo: 48,
    text: 'The plan decides an urgent pre-service request within 72 hours of receiving it.',
    source: `${DOL}(f)(2)(i)`,
    sourceKind: 'regulation',
  },
  {
    id: 'decision-standard',
    label: 'Standard pre-service decision due',
    from: 'request-submitted',
    amount: 15,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['standard'],
    timings: ['pre-service'],
    pausesForMissingInfo: true,
    extensionForMissingInfo: MISSING_INFO_EXTENSION_DAYS,
    text: 'The plan decides a standard pre-service request within 15 calendar days of receiving it.',
    source: `${DOL}(f)(2)(iii)(A)`,
    sourceKind: 'regulation',
    note: 'The plan may extend once by 15 days, with notice before the first 15 days end; if it asks for missing information, that request is the extension and the member has at least 45 days to supply it.',
  },
  {
    // A retro (post-service) request is a claim for payment: 30 days, not the 15-day pre-service clock.
    id: 'decision-post-service',
    label: 'Post-service decision due',
    from: 'request-submitted',
    amount: 30,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    timings: ['post-service'],
    pausesForMissingInfo: true,
    extensionForMissingInfo: MISSING_INFO_EXTENSION_DAYS,
    text: 'The plan decides a post-service (retro) request within 30 calendar days of receiving it.',
    source: `${DOL}(f)(2)(iii)(B)`,
    sourceKind: 'regulation',
    note: 'The plan may extend once by 15 days, with notice before the first 30 days end; if it asks for missing information, that request is the extension and the member has at least 45 days to supply it.',
  },
  {
    id: 'missing-info-reply',
    label: 'Send the missing information',
    from: 'info-requested',
    amount: 45,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['standard'],
    statuses: ['requested', 'pending'],
    text: 'When the plan asks for missing information, the member has at least 45 days from the plan\u2019s notice to supply it; the decision clock pauses meanwhile.',
    source: `${DOL}(f)(2)(iii)`,
    sourceKind: 'regulation',
    note: 'Reply well before this date: the plan decides once it has the information or the 45 days end.',
  },
  {
    id: 'missing-info-reply-urgent',
    label: 'Send the missing information (urgent request)',
    from: 'info-requested',
    amount: 48,
    unit: 'hours',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['urgent'],
    statuses: ['requested', 'pending'],
    text: 'For an urgent request the plan gives the member at least 48 hours from its notice to supply the missing information, and decides within 48 hours of receiving it.',
    source: `${DOL}(f)(2)(i)`,
    sourceKind: 'regulation',
    note: 'The plan\u2019s notice may give longer; send it as soon as you can.',
  },
  {
    id: 'decision-cms-expedited',
    label: 'Expedited prior authorization decision due',
    from: 'request-submitted',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: CMS_PRIOR_AUTH,
    priorities: ['urgent'],
    timings: ['pre-service'],
    effectiveFrom: '2026-01-01',
    text: 'Medicare Advantage, Medicaid and CHIP managed care plans decide expedited prior authorization requests within 72 hours (from 2026).',
    source: 'CMS Interoperability and Prior Authorization final rule (CMS-0057-F): 42 CFR 422.572, 438.210(d)',
    sourceKind: 'regulation',
  },
  {
    id: 'decision-cms-standard',
    label: 'Standard prior authorization decision due',
    from: 'request-submitted',
    amount: 7,
    unit: 'calendar-days',
    linesOfBusiness: CMS_PRIOR_AUTH,
    priorities: ['standard'],
    timings: ['pre-service'],
    effectiveFrom: '2026-01-01',
    text: 'Medicare Advantage, Medicaid and CHIP managed care plans decide standard prior authorization requests within 7 calendar days (from 2026).',
    source: 'CMS Interoperability and Prior Authorization final rule (CMS-0057-F): 42 CFR 422.568(b), 438.210(d)',
    sourceKind: 'regulation',
  },
  {
    id: 'peer-to-peer',
    label: 'Ask for a peer-to-peer review',
    from: 'denial',
    amount: 5,
    unit: 'calendar-days',
    statuses: ['denied'],
    text: 'Plans often allow a peer-to-peer review for 5 to 15 days after the denial letter, before an appeal is filed.',
    source: 'Plan policies (varies by plan)',
    sourceKind: 'plan-policy',
    note: 'Varies by plan: check the denial letter and set the date it gives.',
  },
  {
    id: 'appeal-filing',
    label: 'File the internal appeal',
    from: 'denial',
    amount: 180,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    statuses: AFTER_DENIAL,
    text: 'The member has at least 180 calendar days from the denial to file an internal appeal.',
    source: `${DOL}(h)(3)(i)`,
    sourceKind: 'regulation',
  },
  {
    id: 'appeal-decision',
    label: 'Appeal decision due',
    from: 'appeal-filed',
    amount: 30,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['standard'],
    timings: ['pre-service'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The plan decides a pre-service appeal within 30 calendar days of receiving it (60 days for post-service claims).',
    source: `${DOL}(i)(2)(ii); ACA (45 CFR 147.136)`,
    sourceKind: 'regulation',
  },
  {
    id: 'appeal-decision-post-service',
    label: 'Post-service appeal decision due',
    from: 'appeal-filed',
    amount: 60,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['standard'],
    timings: ['post-service'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The plan decides a post-service (retro) appeal within 60 calendar days of receiving it.',
    source: `${DOL}(i)(2)(iii); ACA (45 CFR 147.136)`,
    sourceKind: 'regulation',
  },
  {
    id: 'appeal-decision-expedited',
    label: 'Expedited appeal decision due',
    from: 'appeal-filed',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['urgent'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The plan decides an urgent (expedited) appeal within 72 hours.',
    source: `${DOL}(i)(2)(i); ACA (45 CFR 147.136)`,
    sourceKind: 'regulation',
  },
  {
    id: 'external-review-request',
    label: 'Request external review',
    from: 'final-internal-denial',
    amount: 4,
    unit: 'months',
    rollsToBusinessDay: true,
    linesOfBusiness: ERISA_LIKE,
    statuses: ['denied', 'external-review'],
    text: 'If your plan is not grandfathered, external review must be requested within 4 months of the final internal denial (a date with no such day in the fifth month moves to its first day; a weekend or federal holiday to the next business day); it is decided within 45 days (72 hours expedited).',
    source: 'ACA external review: 45 CFR 147.136(d)(2)(i); self-funded plans 29 CFR 2590.715-2719(d)',
    sourceKind: 'regulation',
    note: 'Grandfathered plans are exempt. A fully insured plan may follow its state\u2019s external review law, with its own deadline: the denial letter gives it.',
  },
  {
    id: 'external-review-decision',
    label: 'External review decision due',
    from: 'external-review-filed',
    amount: 45,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['standard'],
    statuses: ['external-review', 'approved', 'partially-approved', 'denied'],
    text: 'The independent reviewer decides within 45 days of receiving the request.',
    source: 'ACA external review, 45 CFR 147.136(d); 29 CFR 2590.715-2719(d)',
    sourceKind: 'regulation',
  },
  {
    id: 'external-review-decision-expedited',
    label: 'Expedited external review decision due',
    from: 'external-review-filed',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['urgent'],
    statuses: ['external-review', 'approved', 'partially-approved', 'denied'],
    text: 'The independent reviewer decides an expedited external review within 72 hours.',
    source: 'ACA external review, 45 CFR 147.136(d); 29 CFR 2590.715-2719(d)',
    sourceKind: 'regulation',
  },
  {
    id: 'ma-reconsideration-request',
    label: 'Request reconsideration (Medicare Advantage)',
    from: 'denial',
    amount: 65,
    unit: 'calendar-days',
    linesOfBusiness: ['medicare-advantage'],
    statuses: AFTER_DENIAL,
    text: 'A Medicare Advantage member asks the plan to reconsider a denial within 65 calendar days of the date of the denial notice.',
    source: 'Medicare Advantage appeals, 42 CFR 422.582(b)',
    sourceKind: 'regulation',
    note: 'The plan may accept a later request for good cause (42 CFR 422.582(c)).',
  },
  {
    id: 'ma-reconsideration-decision',
    label: 'Reconsideration decision due (Medicare Advantage)',
    from: 'appeal-filed',
    amount: 30,
    unit: 'calendar-days',
    linesOfBusiness: ['medicare-advantage'],
    priorities: ['standard'],
    timings: ['pre-service'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The Medicare Advantage plan decides a standard reconsideration of a service request within 30 calendar days; if it upholds the denial, it sends the case to the Independent Review Entity by then.',
    source: 'Medicare Advantage appeals, 42 CFR 422.590(a)',
    sourceKind: 'regulation',
    note: 'The plan may extend by up to 14 days when the member asks or it shows the delay is in the member\u2019s interest (42 CFR 422.590(f)).',
  },
  {
    id: 'ma-reconsideration-decision-payment',
    label: 'Payment reconsideration decision due (Medicare Advantage)',
    from: 'appeal-filed',
    amount: 60,
    unit: 'calendar-days',
    linesOfBusiness: ['medicare-advantage'],
    timings: ['post-service'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The Medicare Advantage plan decides a reconsideration of a payment request within 60 calendar days.',
    source: 'Medicare Advantage appeals, 42 CFR 422.590(b)',
    sourceKind: 'regulation',
  },
  {
    id: 'ma-reconsideration-decision-expedited',
    label: 'Expedited reconsideration decision due (Medicare Advantage)',
    from: 'appeal-filed',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ['medicare-advantage'],
    priorities: ['urgent'],
    timings: ['pre-service'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The Medicare Advantage plan decides an expedited reconsideration within 72 hours.',
    source: 'Medicare Advantage appeals, 42 CFR 422.590(e)',
    sourceKind: 'regulation',
  },
  {
    id: 'medicaid-appeal-request',
    label: 'File the plan appeal (Medicaid)',
    from: 'denial',
    amount: 60,
    unit: 'calendar-days',
    linesOfBusiness: ['medicaid-mco'],
    statuses: AFTER_DENIAL,
    text: 'A Medicaid managed care member files an appeal with the plan within 60 calendar days of the date on the denial notice.',
    source: 'Medicaid managed care appeals, 42 CFR 438.402(c)(2)(ii)',
    sourceKind: 'regulation',
  },
  {
    id: 'medicaid-appeal-decision',
    label: 'Appeal resolution due (Medicaid)',
    from: 'appeal-filed',
    amount: 30,
    unit: 'calendar-days',
    linesOfBusiness: ['medicaid-mco'],
    priorities: ['standard'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The Medicaid managed care plan resolves a standard appeal within 30 calendar days of receiving it (the state may set a shorter time).',
    source: 'Medicaid managed care appeals, 42 CFR 438.408(b)(2)',
    sourceKind: 'regulation',
    note: 'The plan may extend by up to 14 days when the member asks or the delay is in the member\u2019s interest (42 CFR 438.408(c)).',
  },
  {
    id: 'medicaid-appeal-decision-expedited',
    label: 'Expedited appeal resolution due (Medicaid)',
    from: 'appeal-filed',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ['medicaid-mco'],
    priorities: ['urgent'],
    statuses: APPEAL_DECIDED_OR_PENDING,
    text: 'The Medicaid managed care plan resolves an expedited appeal within 72 hours of receiving it.',
    source: 'Medicaid managed care appeals, 42 CFR 438.408(b)(3)',
    sourceKind: 'regulation',
  },
  {
    id: 'medicaid-fair-hearing',
    label: 'Request a State fair hearing (Medicaid)',
    from: 'final-internal-denial',
    amount: 120,
    unit: 'calendar-days',
    linesOfBusiness: ['medicaid-mco'],
    statuses: ['denied'],
    text: 'After the plan upholds its denial on appeal, the member may request a State fair hearing within 120 calendar days of the date of the plan\u2019s notice of resolution.',
    source: 'Medicaid managed care appeals, 42 CFR 438.408(f)(2)',
    sourceKind: 'regulation',
    note: 'The state may allow fewer days in some cases; the notice of resolution gives the deadline.',
  },
  {
    id: 'tricare-reconsideration-request',
    label: 'Request reconsideration (TRICARE)',
    from: 'denial',
    amount: 90,
    unit: 'calendar-days',
    linesOfBusiness: ['tricare'],
    statuses: AFTER_DENIAL,
    text: 'A TRICARE beneficiary asks the regional contractor to reconsider a denial within 90 calendar days of the date of the initial determination notice.',
    source: 'TRICARE appeals, 32 CFR 199.10(a)(3)',
    sourceKind: 'regulation',
    note: 'The denial notice gives the address and any shorter deadline for the review it names.',
  },
  {
    id: 'continuity-of-care',
    label: 'Continuity of care period ends',
    from: 'continuity-notice',
    amount: 90,
    unit: 'calendar-days',
    linesOfBusiness: GROUP_AND_INDIVIDUAL,
    continuingCarePatientOnly: true,
    text: 'A continuing-care patient (serious or complex condition, inpatient stay, scheduled surgery, pregnancy, terminal illness) may keep in-network terms with a provider whose contract ends for up to 90 days from the plan\u2019s notice of the termination. Counted here from the date the provider left the network: if the plan\u2019s notice is dated earlier, set the date 90 days after the notice.',
    source: 'No Surprises Act, PHS Act 2799A-3 (42 U.S.C. 300gg-113); ERISA 718; IRC 9818',
    sourceKind: 'statute',
    note: 'Applies to employer (group) and individual coverage only, not Medicaid, Medicare Advantage or TRICARE; it ends earlier if the patient stops being a continuing-care patient.',
  },
  {
    id: 'transition-of-care-request',
    label: 'Apply for transition of care (UnitedHealthcare)',
    from: 'coverage-start',
    amount: 30,
    unit: 'calendar-days',
    payer: /united|uhc|optum|umr/i,
    statuses: ['draft', 'requested', 'pending'],
    text: 'UnitedHealthcare takes transition-of-care requests only within 30 days of the coverage start.',
    source: 'UnitedHealthcare transition of care policy',
    sourceKind: 'plan-policy',
    note: 'That payer only; other plans set their own windows.',
  },
  {
    id: 'follow-up-call',
    label: 'Follow-up call',
    from: 'last-contact',
    amount: 3,
    unit: 'business-days',
    statuses: ['requested', 'pending', 'appeal', 'external-review'],
    text: 'Call the plan every 3 business days (or the interval set on the case) while a request is pending.',
    source: 'Practice',
    sourceKind: 'practice',
  },
  {
    id: 'extension-request',
    label: 'Ask for an extension',
    from: 'agreement-end',
    amount: -14,
    unit: 'calendar-days',
    statuses: AGREEMENT_ACTIVE,
    text: 'Ask for an extension about 14 days before the agreement ends (or when 2-3 sessions remain).',
    source: 'Practice',
    sourceKind: 'practice',
  },
  {
    id: 'agreement-end',
    label: 'Agreement ends',
    from: 'agreement-end',
    amount: 0,
    unit: 'calendar-days',
    statuses: [...AGREEMENT_ACTIVE, 'closed'],
    text: 'Services after the end date are out of network unless the agreement is extended.',
    source: 'The agreement',
    sourceKind: 'agreement',
  },
];

export function ruleById(id: string): DeadlineRule | undefined {
  return DEADLINE_RULES.find((r) => r.id === id);
}
