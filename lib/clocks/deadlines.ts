// Deadlines of a case: the rules of rules.ts that fit its plan, priority and status, dated from its
// events, with the user's overrides (case.deadlineOverrides[ruleId]) in place of computed dates.
import type { CaseBundle } from '../case/schema';
import { addBusinessDays, addCalendarDays, addMonths, isBusinessDay } from './businessDays';
import { daysBetween, formatUsDate, isCalendarDate } from '../dates/calendarDate';
import { caseEventDates, DECISION_STATUSES, hasStatusAfter, type CaseEventDates } from './caseEvents';
import {
  CLOCK_EVENT_LABELS,
  DEADLINE_RULES,
  MISSING_INFO_PAUSE_SOURCE,
  MISSING_INFO_PAUSE_TEXT,
  missingInfoExtensionText,
  type ClockEvent,
  type DeadlineRule,
} from './rules';

/** 'paused': the plan is waiting for information it asked for, so its decision clock stands still. */
export type DeadlineStatus = 'upcoming' | 'due-soon' | 'overdue' | 'met' | 'paused';
/** Whether the rule counts business days (weekends and federal holidays skipped) or calendar days. */
export type DeadlineBasis = 'business' | 'calendar';

export interface Deadline {
  /** The rule id; also the key of case.deadlineOverrides and the checklist's deadline links. */
  id: string;
  label: string;
  /** YYYY-MM-DD. */
  due: string;
  /** Calendar days from today to due (0 = due today, negative = past). */
  daysLeft: number;
  /** The event counted from; date is '' when only an override dates the deadline. */
  from: { event: ClockEvent; label: string; date: string };
  /** The rule in words. */
  rule: string;
  source: string;
  basis: DeadlineBasis;
  note?: string;
  /** True when the user's date (case.deadlineOverrides) replaced the computed one. */
  overridden: boolean;
  /**
   * Status 'paused': due is the earliest date the deadline can still fall (were the information sent
   * today) and daysLeft the days left on the stopped clock.
   */
  status: DeadlineStatus;
  /** Set when the missing-information pause stopped or moved this deadline. */
  pause?: DeadlinePause;
}

/** A decision clock stopped while the plan waited for missing information (29 CFR 2560.503-1(f)(4)). */
export interface DeadlinePause {
  /** The day the plan asked (request.infoRequestedDate): the clock stopped. */
  since: string;
  /** The day the information was sent (request.infoSentDate); '' while the plan still waits. */
  until: string;
  /** Calendar days the clock stood still (up to today while the plan still waits); due moved this much later. */
  days: number;
  /** The pause in words: "Paused since 11/06/2026: the plan is waiting ...". */
  text: string;
}

/** A deadline this many calendar days away or closer counts as due soon. */
export const DUE_SOON_DAYS = 3;

/** Date a rule falls due counted from its event (moved past a weekend or holiday when the rule says so). */
export function applyRule(rule: Pick<DeadlineRule, 'amount' | 'unit' | 'rollsToBusinessDay'>, from: string): string {
  let due = countFrom(rule, from);
  if (rule.rollsToBusinessDay) while (!isBusinessDay(due)) due = addCalendarDays(due, 1);
  return due;
}

function countFrom(rule: Pick<DeadlineRule, 'amount' | 'unit'>, from: string): string {
  switch (rule.unit) {
    case 'hours':
      // Cases carry dates, not times: 72 hours from a date ends on the third day after it.
      return addCalendarDays(from, Math.ceil(rule.amount / 24));
    case 'calendar-days':
      return addCalendarDays(from, rule.amount);
    case 'business-days':
      return addBusinessDays(from, rule.amount);
    case 'months':
      return addMonths(from, rule.amount);
  }
}

/** Due today counts as due soon (daysLeft tells the UI to say "today"). */
export function deadlineStatus(due: string, today: string, met: boolean): DeadlineStatus {
  if (met) return 'met';
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

export function basisOf(rule: Pick<DeadlineRule, 'unit'>): DeadlineBasis {
  return rule.unit === 'business-days' ? 'business' : 'calendar';
}

function applies(rule: DeadlineRule, bundle: CaseBundle, from: string | undefined): boolean {
  const k = bundle.case;
  if (rule.linesOfBusiness && !rule.linesOfBusiness.includes(k.plan.lineOfBusiness)) return false;
  if (rule.priorities && !rule.priorities.includes(k.request.priority)) return false;
  if (rule.timings && !rule.timings.includes(k.request.timing)) return false;
  if (rule.statuses && !rule.statuses.includes(k.status)) return false;
  if (rule.effectiveFrom && from && from < rule.effectiveFrom) return false;
  if (rule.payer && !rule.payer.test(k.plan.payer)) return false;
  if (rule.continuingCarePatientOnly && !k.continuity.activeTreatment) return false;
  return true;
}

/** Whether the thing the deadline waits for has happened. */
function isMet(ruleId: string, bundle: CaseBundle, ev: CaseEventDates): boolean {
  const k = bundle.case;
  const submitted = ev.events['request-submitted'];
  switch (ruleId) {
    case 'decision-urgent':
    case 'decision-standard':
    case 'decision-post-service':
    case 'decision-cms-expedited':
    case 'decision-cms-standard':
      return !!submitted && ev.order.some((e) => DECISION_STATUSES.includes(e.status) && e.date >= submitted);
    case 'peer-to-peer':
      return k.checklistTicks['peer-to-peer-requested'] === true || hasStatusAfter(ev.order, ['appeal'], ev.initialDenial);
    case 'appeal-filing':
    case 'ma-reconsideration-request':
    case 'medicaid-appeal-request':
    case 'tricare-reconsideration-request':
      return hasStatusAfter(ev.order, ['appeal'], ev.initialDenial);
    case 'appeal-decision':
    case 'appeal-decision-post-service':
    case 'appeal-decision-expedited':
    case 'ma-reconsideration-decision':
    case 'ma-reconsideration-decision-payment':
    case 'ma-reconsideration-decision-expedited':
    case 'medicaid-appeal-decision':
    case 'medicaid-appeal-decision-expedited':
      return hasStatusAfter(ev.order, DECISION_STATUSES, ev.lastAppeal);
    case 'external-review-request':
    case 'medicaid-fair-hearing':
      // The fair hearing is recorded with the external-review status: the review after the plan's appeal.
      return hasStatusAfter(ev.order, ['external-review'], ev.finalDenial);
    case 'external-review-decision':
    case 'external-review-decision-expedited':
      return hasStatusAfter(ev.order, [...DECISION_STATUSES, 'closed'], ev.lastExternalReview);
    case 'transition-of-care-request':
      return !!submitted;
    case 'extension-request':
      return k.checklistTicks['extension-requested'] === true;
    case 'missing-info-reply':
    case 'missing-info-reply-urgent':
      // The sent date, or the checklist tick of cases from before the date existed.
      return !!ev.events['info-sent'] || k.checklistTicks['missing-info-sent'] === true;
    case 'agreement-end':
      return k.status === 'closed';
    default:
      return false;
  }
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * The pause of a decision clock that runs from `from` to `due`: only a request for information made
 * while the clock ran stops it (one made after the due date or before the submission does not).
 */
function missingInfoPause(rule: DeadlineRule, ev: CaseEventDates, from: string, due: string, today: string): DeadlinePause | undefined {
  const since = ev.events['info-requested'];
  if (!since || since < from || since >= due) return undefined;
  const until = ev.events['info-sent'] ?? '';
  if (until) {
    // A sent date on or before the request (a typo) moves nothing.
    if (until <= since) return undefined;
    const n = daysBetween(since, until);
    return {
      since,
      until,
      days: n,
      text: `Paused ${days(n)}, ${formatUsDate(since)} to ${formatUsDate(until)}, while the plan waited for the information it asked for.`,
    };
  }
  // A request dated later than today has not stopped the clock yet.
  if (since > today) return undefined;
  // The days left are shown beside the due date; an urgent clock restarts differently, so it says how.
  const then = rule.hoursAfterInfo ? ` It decides within ${rule.hoursAfterInfo} hours of receiving it.` : '';
  return {
    since,
    until: '',
    days: daysBetween(since, today),
    text: `Paused since ${formatUsDate(since)}: the plan is waiting for the information it asked for.${then}`,
  };
}

/**
 * The due date of a paused or resumed clock (while paused: the earliest it can fall, were the
 * information sent today): the days it stood still plus the plan's one extension, (f)(2)(iii), (f)(4).
 */
function dueAfterPause(rule: DeadlineRule, counted: string, pause: DeadlinePause, today: string): string {
  if (rule.hoursAfterInfo) return applyRule({ amount: rule.hoursAfterInfo, unit: 'hours' }, pause.until || today);
  return addCalendarDays(counted, pause.days + (rule.extensionForMissingInfo ?? 0));
}

function ruleText(rule: DeadlineRule, bundle: CaseBundle, pause: DeadlinePause | undefined): string {
  if (rule.id === 'follow-up-call')
    return `Call the plan every ${bundle.case.followUp.intervalBusinessDays} business days while a request is pending.`;
  if (!pause) return rule.text;
  const ext = rule.extensionForMissingInfo ?? 0;
  if (!pause.until) return `${rule.text} ${ext ? missingInfoExtensionText(ext) : MISSING_INFO_PAUSE_TEXT}`;
  if (rule.hoursAfterInfo)
    return `${rule.text} The plan asked for more information on ${formatUsDate(pause.since)}; it was sent on ${formatUsDate(pause.until)}, and the plan decides within ${rule.hoursAfterInfo} hours of receiving it.`;
  const stood = `The clock stood still ${days(pause.days)}, from ${formatUsDate(pause.since)} (the plan asked for more information) to ${formatUsDate(pause.until)} (information sent)`;
  if (!ext) return `${rule.text} ${stood}, so the due date moves ${days(pause.days)} later.`;
  return `${rule.text} ${stood}, and the request was the plan\u2019s one ${ext}-day extension, so the due date moves ${days(pause.days + ext)} later.`;
}

function computedDue(rule: DeadlineRule, bundle: CaseBundle, from: string): string {
  if (rule.id === 'follow-up-call') {
    // The scheduled date (set when a call is logged) wins over the rolling default.
    const f = bundle.case.followUp;
    if (isCalendarDate(f.nextDue)) return f.nextDue;
    return addBusinessDays(from, f.intervalBusinessDays);
  }
  return applyRule(rule, from);
}

/** Deadlines that apply to the case today, soonest first. */
export function computeDeadlines(bundle: CaseBundle, today: string): Deadline[] {
  const ev = caseEventDates(bundle.case, bundle.calls);
  const out: Deadline[] = [];
  for (const rule of DEADLINE_RULES) {
    const from = ev.events[rule.from];
    if (!applies(rule, bundle, from)) continue;
    const override = bundle.case.deadlineOverrides[rule.id];
    const overridden = !!override && isCalendarDate(override);
    if (!from && !overridden) continue;
    const counted = overridden ? override : computedDue(rule, bundle, from!);
    // The user's date (from a plan letter) already says when the plan must decide.
    const pause = rule.pausesForMissingInfo && !overridden ? missingInfoPause(rule, ev, from!, counted, today) : undefined;
    const due = pause ? dueAfterPause(rule, counted, pause, today) : counted;
    const met = isMet(rule.id, bundle, ev);
    out.push({
      id: rule.id,
      label: rule.label,
      due,
      daysLeft: daysBetween(today, due),
      from: { event: rule.from, label: CLOCK_EVENT_LABELS[rule.from], date: from ?? '' },
      rule: ruleText(rule, bundle, pause),
      source: pause ? `${rule.source}; the pause: ${MISSING_INFO_PAUSE_SOURCE}` : rule.source,
      basis: basisOf(rule),
      ...(rule.note ? { note: rule.note } : {}),
      overridden,
      status: !met && pause && !pause.until ? 'paused' : deadlineStatus(due, today, met),
      ...(pause ? { pause } : {}),
    });
  }
  return out.sort((a, b) => (a.due === b.due ? 0 : a.due < b.due ? -1 : 1));
}
