// Follow-up calls while a request is pending: when the next one is due, which cases need one
// today (badge and notifications).
import type { Call, Case, CaseStatus } from '../case/schema';
import { addBusinessDays, businessDaysBetween } from './businessDays';
import { isCalendarDate } from '../dates/calendarDate';
import { caseEventDates } from './caseEvents';

export const FOLLOW_UP_STATUSES: readonly CaseStatus[] = ['requested', 'pending', 'appeal', 'external-review'];

/** The follow-up call date `intervalBusinessDays` business days after `fromDate` (a call or the submission). */
export function nextFollowUp(fromDate: string, intervalBusinessDays = 3): string {
  return addBusinessDays(fromDate, intervalBusinessDays);
}

export function isFollowUpPending(kase: Case): boolean {
  return !kase.archived && FOLLOW_UP_STATUSES.includes(kase.status);
}

/**
 * Whether the case's follow-up date depends on its logged calls (pending, nothing scheduled): only
 * these cases need their calls read to get the same answer as the side panel.
 */
export function followUpNeedsCalls(kase: Case): boolean {
  return isFollowUpPending(kase) && !isCalendarDate(kase.followUp.nextDue);
}

/** The next follow-up date of a pending case: the scheduled one, else interval after the last contact; '' when none. */
export function followUpDueDate(kase: Case, calls: readonly Call[] = []): string {
  if (!isFollowUpPending(kase)) return '';
  if (isCalendarDate(kase.followUp.nextDue)) return kase.followUp.nextDue;
  return followUpAfterLastContact(kase, calls);
}

/**
 * The follow-up date `intervalBusinessDays` after the case's last contact (the submission, a status
 * date or one of `calls`); '' when there was none. What a logged call or a new interval schedules.
 */
export function followUpAfterLastContact(
  kase: Case,
  calls: readonly Call[],
  intervalBusinessDays = kase.followUp.intervalBusinessDays,
): string {
  const last = caseEventDates(kase, calls).events['last-contact'];
  return last ? nextFollowUp(last, intervalBusinessDays) : '';
}

export interface DueFollowUp {
  caseId: string;
  title: string;
  due: string;
  /** Business days past due (0 when due today). */
  businessDaysLate: number;
}

/**
 * Pending cases whose follow-up is due today or earlier, most overdue first. `calls` are the logged
 * calls of the cases (of any case; each counts only for its own): without them a case with nothing
 * scheduled counts from its last status date, not from its last call.
 */
export function dueFollowUps(cases: readonly Case[], today: string, calls: readonly Call[] = []): DueFollowUp[] {
  const callsOf = new Map<string, Call[]>();
  for (const c of calls) {
    const list = callsOf.get(c.caseId);
    if (list) list.push(c);
    else callsOf.set(c.caseId, [c]);
  }
  const out: DueFollowUp[] = [];
  for (const k of cases) {
    const due = followUpDueDate(k, callsOf.get(k.id));
    if (!due || due > today) continue;
    out.push({ caseId: k.id, title: k.title, due, businessDaysLate: Math.max(0, businessDaysBetween(due, today)) });
  }
  return out.sort((a, b) => (a.due === b.due ? a.title.localeCompare(b.title) : a.due < b.due ? -1 : 1));
}
