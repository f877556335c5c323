// What a logged call changes on its case: the next follow-up moves to an interval after the call
// (while a request is pending), and the call's reference number joins the case's reference numbers
// (and is corrected there when the call's number is corrected in the log).
import type { Call, Case } from '../../lib/case/schema';
import { followUpAfterLastContact, isFollowUpPending } from '../../lib/clocks/followUp';

export function applyCallToCase(kase: Case, call: Call): Case {
  let next = kase;
  if (isFollowUpPending(kase)) {
    const nextDue = followUpAfterLastContact(kase, [call]);
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
  const replaced =
    now && !kept.some((r) => r.value === now) ? [...kept.slice(0, at), { ...refs[at]!, value: now }, ...kept.slice(at)] : kept;
  return { ...kase, request: { ...kase.request, referenceNumbers: replaced } };
}

/** A reference number a deleted call took off its case, and where it stood (for Undo). */
export interface WithdrawnReference {
  entry: Case['request']['referenceNumbers'][number];
  at: number;
}

/**
 * The case after a logged call was deleted: the number the call put on the case goes with it,
 * unless one of the case's remaining calls has that number too. Numbers from elsewhere stay.
 */
export function withdrawCallReference(kase: Case, call: Call, remaining: readonly Call[]): { kase: Case; withdrawn?: WithdrawnReference } {
  const ref = call.referenceNumber.trim();
  const refs = kase.request.referenceNumbers;
  const at =
    ref && !remaining.some((c) => c.referenceNumber.trim() === ref) ? refs.findIndex((r) => r.source === 'call' && r.value === ref) : -1;
  if (at < 0) return { kase };
  const kept = refs.filter((_, i) => i !== at);
  return { kase: { ...kase, request: { ...kase.request, referenceNumbers: kept } }, withdrawn: { entry: refs[at]!, at } };
}

/** The case after Undo of a call's deletion: its number back in its place, unless it is on the case again. */
export function restoreCallReference(kase: Case, { entry, at }: WithdrawnReference): Case {
  const refs = kase.request.referenceNumbers;
  if (refs.some((r) => r.value === entry.value)) return kase;
  return { ...kase, request: { ...kase.request, referenceNumbers: [...refs.slice(0, at), entry, ...refs.slice(at)] } };
}
