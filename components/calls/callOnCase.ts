// What a logged call changes on its case: the next follow-up moves to an interval after the call
// (while a request is pending), and the call's reference number joins the case's reference numbers
// (and is corrected there when the call's number is corrected in the log).
import type { Call, Case } from '../../lib/case/schema';
import { localDateOf } from '../../lib/clocks/calendarDate';
import { isFollowUpPending, nextFollowUpDate } from '../../lib/clocks/followUp';

export function applyCallToCase(kase: Case, call: Call): Case {
  let next = kase;
  if (isFollowUpPending(kase)) {
    const nextDue = nextFollowUpDate(localDateOf(call.startedAt), kase.followUp.intervalBusinessDays);
    next = { ...next, followUp: { ...next.followUp, nextDue } };
  }
  return applyReference(next, call);
}

function applyReference(kase: Case, call: Call): Case {
  const ref = call.referenceNumber.trim();
  if (!ref || kase.request.referenceNumbers.some((r) => r.value === ref)) return kase;
  const entry = { label: 'Call reference #', value: ref, capturedAt: call.endedAt ?? call.startedAt, source: 'call' };
  return { ...kase, request: { ...kase.request, referenceNumbers: [...kase.request.referenceNumbers, entry] } };
}

/**
 * The case after a logged call's reference number was corrected from `before`: the number the call
 * put on the case is replaced (or dropped when cleared or already there). Numbers the user entered
 * or captured from a portal are left alone.
 */
export function correctCallReference(kase: Case, before: string, call: Call): Case {
  const old = before.trim();
  const now = call.referenceNumber.trim();
  if (old === now) return kase;
  const refs = kase.request.referenceNumbers;
  const at = refs.findIndex((r) => r.source === 'call' && r.value === old);
  if (at < 0) return applyReference(kase, call);
  const kept = refs.filter((_, i) => i !== at);
  const replaced = now && !kept.some((r) => r.value === now) ? [...kept.slice(0, at), { ...refs[at]!, value: now }, ...kept.slice(at)] : kept;
  return { ...kase, request: { ...kase.request, referenceNumbers: replaced } };
}
