// One line per call for the timeline and the case list: when, who, the reference, the outcome and next step.
import { CALL_PARTY_LABELS } from '../case/labels';
import type { Call } from '../case/schema';
import { formatUsDate, localDateOf } from '../dates/calendarDate';
import { fitToLength } from '../text/truncate';

/** Longest outcome or next step quoted in the line. */
const PART_MAX = 80;

const oneLine = (s: string) => fitToLength(s.replace(/\s+/g, ' ').trim(), PART_MAX).text;

/** "9:05 AM" in the user's time zone. */
export function localTimeOf(instant: string): string {
  const t = new Date(instant);
  const h = t.getHours();
  return `${h % 12 === 0 ? 12 : h % 12}:${String(t.getMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The call without its date: "Utilization management, Tasha; ref REF-88412; Pending; next: call back 11/6". */
export function describeCall(call: Call): string {
  const who = [CALL_PARTY_LABELS[call.party], call.representative.trim()].filter(Boolean).join(', ');
  const what = call.outcome.trim() || call.summary.trim();
  return [
    who,
    call.referenceNumber.trim() && `ref ${call.referenceNumber.trim()}`,
    what && oneLine(what),
    call.nextStep.trim() && `next: ${oneLine(call.nextStep)}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** "11/04/2026 9:00 AM - Utilization management, Tasha; ref REF-88412; Pending; next: Call back on 11/6 ..." */
export function summarizeCall(call: Call): string {
  return `${formatUsDate(localDateOf(call.startedAt))} ${localTimeOf(call.startedAt)} - ${describeCall(call)}`;
}
