// Dates of the case events the clocks count from, read from the status history and case fields.
import type { Call, Case, CaseStatus } from '../case/schema';
import { isCalendarDate, latestDate, localDateOf } from '../dates/calendarDate';
import type { ClockEvent } from './rules';

export const DECISION_STATUSES: readonly CaseStatus[] = ['approved', 'partially-approved', 'denied'];

interface DatedStatus {
  status: CaseStatus;
  date: string;
  index: number;
}

/** Dated status events in time order (date, then the order they were recorded). */
export function datedStatusEvents(kase: Case): DatedStatus[] {
  return kase.statusHistory
    .map((e, i) => ({ status: e.status, date: e.date, at: e.at, index: i }))
    .filter((e) => isCalendarDate(e.date))
    .sort((a, b) => (a.date === b.date ? (a.at === b.at ? a.index - b.index : a.at < b.at ? -1 : 1) : a.date < b.date ? -1 : 1))
    .map((e, order) => ({ status: e.status, date: e.date, index: order }));
}

export interface CaseEventDates {
  events: Partial<Record<ClockEvent, string>>;
  /** Position in time order of the denial / appeal events, to tell what came after what. */
  order: DatedStatus[];
  initialDenial?: DatedStatus;
  lastAppeal?: DatedStatus;
  finalDenial?: DatedStatus;
  lastExternalReview?: DatedStatus;
}

export function caseEventDates(kase: Case, calls: readonly Call[] = []): CaseEventDates {
  const order = datedStatusEvents(kase);
  const firstAppeal = order.find((e) => e.status === 'appeal');
  const appeals = order.filter((e) => e.status === 'appeal');
  const lastAppeal = appeals[appeals.length - 1];
  const denials = order.filter((e) => e.status === 'denied');
  // The denial an appeal answers: the last one before the first appeal (or the last one when none).
  const initialDenial = [...denials].reverse().find((d) => !firstAppeal || d.index < firstAppeal.index);
  const lastExternalReview = [...order].reverse().find((e) => e.status === 'external-review');
  const finalDenial = lastAppeal ? [...denials].reverse().find((d) => d.index > lastAppeal.index) : undefined;

  const events: Partial<Record<ClockEvent, string>> = {};
  const set = (k: ClockEvent, v: string | undefined) => {
    if (v && isCalendarDate(v)) events[k] = v;
  };
  set('request-submitted', kase.request.submittedDate);
  set('info-requested', kase.request.infoRequestedDate);
  set('info-sent', kase.request.infoSentDate);
  set('denial', initialDenial?.date);
  set('appeal-filed', lastAppeal?.date);
  set('final-internal-denial', finalDenial?.date);
  set('external-review-filed', lastExternalReview?.date);
  set('continuity-notice', kase.continuity.providerTerminationDate);
  set('coverage-start', kase.continuity.coverageStartDate);
  set('agreement-end', kase.agreement.endDate);
  set(
    'last-contact',
    latestDate([
      kase.request.submittedDate,
      ...order.map((e) => e.date),
      ...calls.filter((c) => c.caseId === kase.id).map((c) => localDateOf(c.startedAt)),
    ]),
  );
  return { events, order, initialDenial, lastAppeal, finalDenial, lastExternalReview };
}

/** True when an event of one of these statuses is recorded after `after` (in time order). */
export function hasStatusAfter(
  order: readonly DatedStatus[],
  statuses: readonly CaseStatus[],
  after: { index: number } | undefined,
): boolean {
  if (!after) return false;
  return order.some((e) => e.index > after.index && statuses.includes(e.status));
}
