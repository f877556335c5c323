// Everything that happened on a case in one list, newest first: calls, status changes, in-network
// contacts, references captured and sessions used.
import { ATTEMPT_OUTCOME_LABELS, STATUS_LABELS } from '../case/labels';
import type { CaseBundle } from '../case/schema';
import { isCalendarDate, localDateOf } from '../dates/calendarDate';
import { assessAttempt } from '../evidence/assessAttempt';
import { careCategoryOf } from '../evidence/standards';
import { describeCall } from './summarizeCall';

export type TimelineKind = 'status' | 'call' | 'reference' | 'attempt' | 'usage';

export interface TimelineEntry {
  /** Unique within the timeline (kind + record id or position). */
  id: string;
  kind: TimelineKind;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Instant when the record has a time (calls, status changes, references). */
  at?: string;
  title: string;
  detail?: string;
  /** Id of the call, attempt or usage record, for opening it. */
  recordId?: string;
}

/** Same-day entries without a time: status first, then what followed from it. */
const KIND_ORDER: Record<TimelineKind, number> = { status: 0, call: 1, reference: 2, attempt: 3, usage: 4 };

function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.at && b.at && a.at !== b.at) return Date.parse(a.at) < Date.parse(b.at) ? 1 : -1;
  if (!!a.at !== !!b.at) return a.at ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

export function caseTimeline(bundle: CaseBundle): TimelineEntry[] {
  const k = bundle.case;
  const mine = <T extends { caseId: string }>(xs: readonly T[]) => xs.filter((x) => x.caseId === k.id);
  const care = careCategoryOf(k);
  const out: TimelineEntry[] = [];

  k.statusHistory.forEach((e, i) => {
    const date = isCalendarDate(e.date) ? e.date : localDateOf(e.at);
    out.push({
      id: `status-${i}`,
      kind: 'status',
      date,
      at: e.at,
      title: `Status: ${STATUS_LABELS[e.status]}`,
      ...(e.note.trim() ? { detail: e.note.trim() } : {}),
    });
  });
  for (const c of mine(bundle.calls)) {
    const detail = [
      c.summary.trim() !== c.outcome.trim() && c.outcome.trim() ? c.summary.trim() : '',
      c.faxForRecords.trim() && `Fax for records: ${c.faxForRecords.trim()}`,
    ]
      .filter(Boolean)
      .join(' ');
    out.push({
      id: `call-${c.id}`,
      kind: 'call',
      date: localDateOf(c.startedAt),
      at: c.startedAt,
      title: `Call: ${describeCall(c)}`,
      ...(detail ? { detail } : {}),
      recordId: c.id,
    });
  }
  k.request.referenceNumbers.forEach((r, i) => {
    out.push({
      id: `reference-${i}`,
      kind: 'reference',
      date: localDateOf(r.capturedAt),
      at: r.capturedAt,
      title: `${r.label.trim() || 'Reference'} ${r.value} captured${r.source.trim() ? ` (${r.source.trim()})` : ''}`,
    });
  });
  for (const a of mine(bundle.attempts)) {
    if (!isCalendarDate(a.date)) continue;
    const facts = [
      ATTEMPT_OUTCOME_LABELS[a.outcome],
      a.waitDays !== undefined && `wait ${a.waitDays} business days`,
      a.distanceMiles !== undefined && `${a.distanceMiles} miles`,
    ]
      .filter(Boolean)
      .join('; ');
    const breaches = assessAttempt(a, k.plan, care).map((b) => b.message);
    out.push({
      id: `attempt-${a.id}`,
      kind: 'attempt',
      date: a.date,
      title: `In-network contact: ${a.providerName.trim() || 'unnamed provider'}`,
      detail: [facts, ...breaches].join('. '),
      recordId: a.id,
    });
  }
  for (const u of mine(bundle.usage)) {
    if (!isCalendarDate(u.date)) continue;
    out.push({
      id: `usage-${u.id}`,
      kind: 'usage',
      date: u.date,
      title: `${u.code.trim() || 'Session'}: ${u.units} unit${u.units === 1 ? '' : 's'} used`,
      recordId: u.id,
    });
  }
  return out.sort(newestFirst);
}
