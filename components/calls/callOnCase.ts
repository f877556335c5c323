// What a logged call changes on its case: the next follow-up moves to an interval after the call
// (while a request is pending), and the call's reference number joins the case's reference numbers.
import type { Call, Case } from '../../lib/case/schema';
import { localDateOf } from '../../lib/clocks/calendarDate';
import { isFollowUpPending, nextFollowUpDate } from '../../lib/clocks/followUp';

export function applyCallToCase(kase: Case, call: Call): Case {
  let next = kase;
  if (isFollowUpPending(kase)) {
    const nextDue = nextFollowUpDate(localDateOf(call.startedAt), kase.followUp.intervalBusinessDays);
    next = { ...next, followUp: { ...next.followUp, nextDue } };
  }
  const ref = call.referenceNumber.trim();
  if (ref && !next.request.referenceNumbers.some((r) => r.value === ref)) {
    const entry = { label: 'Call reference #', value: ref, capturedAt: call.endedAt ?? call.startedAt, source: 'call' };
    next = { ...next, request: { ...next.request, referenceNumbers: [...next.request.referenceNumbers, entry] } };
  }
  return next;
}
