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
  'continuity-notice': 'Notice that the provider left the network',
  'coverage-start': 'Coverage start',
  'last-contact': 'Last contact with the plan',
  'agreement-end': 'Agreement end date',
};

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
   * Once the information is sent the plan decides within this many hours of receiving it, instead of
   * the clock resuming where it stopped (urgent care claims, 29 CFR 2560.503-1(f)(2)(i)).
   */
  hoursAfterInfo?: number;
  /** The rule applies only when the counted-from event is on or after this date. */
  effectiveFrom?: string;
  /** The rule in words, shown beside the date. */
  text: string;
  source: string;
  /** What else the user should know (extensions, variation by plan). */
  note?: string;
}

/** Plans under the DOL claims procedure rule (ERISA) or the ACA's copy of it for non-grandfathered plans. */
const ERISA_LIKE: readonly LineOfBusiness[] = ['commercial-fully-insured', 'self-funded-erisa', 'marketplace', 'other'];
const CMS_PRIOR_AUTH: readonly LineOfBusiness[] = ['medicare-advantage', 'medicaid-mco'];
const DOL = 'DOL claims procedure rule, 29 CFR 2560.503-1';
/** Cited beside a decision clock the missing-information pause stopped or moved. */
export const MISSING_INFO_PAUSE_SOURCE = '29 CFR 2560.503-1(f)(4)';
/** Added to the rule text of a decision clock while the plan waits for the information. */
export const MISSING_INFO_PAUSE_TEXT = 'The clock stops from the day the plan asks for missing information until the day it is sent.';
const AGREEMENT_ACTIVE: readonly CaseStatus[] = ['approved', 'partially-approved'];

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'decision-urgent',
    label: 'Urgent pre-service decision due',
    from: 'request-submitted',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['urgent'],
    pausesForMissingInfo: true,
    hoursAfterInfo: 48,
    text: 'The plan decides an urgent pre-service request within 72 hours of receiving it.',
    source: `${DOL}(f)(2)(i)`,
  },
  {
    id: 'decision-standard',
    label: 'Standard pre-service decision due',
    from: 'request-submitted',
    amount: 15,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['standard'],
    pausesForMissingInfo: true,
    text: 'The plan decides a standard pre-service request within 15 calendar days of receiving it.',
    source: `${DOL}(f)(2)(iii)`,
    note: 'The plan may extend once by 15 days, with notice before the first 15 days end; if it asks for missing information, the member then has 45 days to supply it.',
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
    text: 'When the plan asks for missing information, the member has at least 45 days from the plan’s notice to supply it; the decision clock pauses meanwhile.',
    source: `${DOL}(f)(2)(iii)`,
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
    note: 'The plan’s notice may give longer; send it as soon as you can.',
  },
  {
    id: 'decision-cms-expedited',
    label: 'Expedited prior authorization decision due',
    from: 'request-submitted',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: CMS_PRIOR_AUTH,
    priorities: ['urgent'],
    effectiveFrom: '2026-01-01',
    text: 'Medicare Advantage, Medicaid and CHIP managed care plans decide expedited prior authorization requests within 72 hours (from 2026).',
    source: 'CMS Interoperability and Prior Authorization final rule (CMS-0057-F)',
  },
  {
    id: 'decision-cms-standard',
    label: 'Standard prior authorization decision due',
    from: 'request-submitted',
    amount: 7,
    unit: 'calendar-days',
    linesOfBusiness: CMS_PRIOR_AUTH,
    priorities: ['standard'],
    effectiveFrom: '2026-01-01',
    text: 'Medicare Advantage, Medicaid and CHIP managed care plans decide standard prior authorization requests within 7 calendar days (from 2026).',
    source: 'CMS Interoperability and Prior Authorization final rule (CMS-0057-F)',
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
    note: 'Varies by plan: check the denial letter and set the date it gives.',
  },
  {
    id: 'appeal-filing',
    label: 'File the internal appeal',
    from: 'denial',
    amount: 180,
    unit: 'calendar-days',
    linesOfBusiness: ERISA_LIKE,
    statuses: ['denied', 'appeal', 'external-review'],
    text: 'The member has at least 180 calendar days from the denial to file an internal appeal.',
    source: `${DOL}(h)(3)(i)`,
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
    statuses: ['appeal', 'denied', 'external-review', 'approved', 'partially-approved'],
    text: 'The plan decides a pre-service appeal within 30 calendar days of receiving it (60 days for post-service claims).',
    source: `${DOL}(i)(2)(ii); ACA (45 CFR 147.136)`,
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
    statuses: ['appeal', 'denied', 'external-review', 'approved', 'partially-approved'],
    text: 'The plan decides a post-service (retro) appeal within 60 calendar days of receiving it.',
    source: `${DOL}(i)(2)(iii); ACA (45 CFR 147.136)`,
  },
  {
    id: 'appeal-decision-expedited',
    label: 'Expedited appeal decision due',
    from: 'appeal-filed',
    amount: 72,
    unit: 'hours',
    linesOfBusiness: ERISA_LIKE,
    priorities: ['urgent'],
    statuses: ['appeal', 'denied', 'external-review', 'approved', 'partially-approved'],
    text: 'The plan decides an urgent (expedited) appeal within 72 hours.',
    source: `${DOL}(i)(2)(i); ACA (45 CFR 147.136)`,
  },
  {
    id: 'external-review-request',
    label: 'Request external review',
    from: 'final-internal-denial',
    amount: 4,
    unit: 'months',
    linesOfBusiness: ERISA_LIKE,
    statuses: ['denied', 'external-review'],
    text: 'External review must be requested within 4 months of the final internal denial; it is decided within 45 days (72 hours expedited).',
    source: 'ACA external review, 45 CFR 147.136(d)',
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
    source: 'ACA external review, 45 CFR 147.136(d)',
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
    source: 'ACA external review, 45 CFR 147.136(d)',
  },
  {
    id: 'continuity-of-care',
    label: 'Continuity of care period ends',
    from: 'continuity-notice',
    amount: 90,
    unit: 'calendar-days',
    text: 'A continuing-care patient may keep in-network terms with a departing provider for up to 90 days from the notice (serious or complex condition, inpatient stay, scheduled surgery, pregnancy, terminal illness).',
    source: 'No Surprises Act, 42 U.S.C. 300gg-113',
  },
  {
    id: 'transition-of-care-request',
    label: 'Apply for transition of care',
    from: 'coverage-start',
    amount: 30,
    unit: 'calendar-days',
    statuses: ['draft', 'requested', 'pending'],
    text: 'Some plans (e.g. UnitedHealthcare) take transition-of-care requests only within 30 days of the coverage start.',
    source: 'Plan policies (e.g. UnitedHealthcare transition of care)',
    note: 'Varies by plan.',
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
  },
];

export function ruleById(id: string): DeadlineRule | undefined {
  return DEADLINE_RULES.find((r) => r.id === id);
}
