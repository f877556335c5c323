// The "In-network providers contacted" exhibit: the network-access evidence as a plain-text table
// ready to copy into a request or an appeal, each contact marked where it exceeds the plan's standard.
import { ATTEMPT_OUTCOME_LABELS } from '../case/labels';
import type { CaseBundle, NetworkAttempt } from '../case/schema';
import { formatUsDate } from '../dates/calendarDate';
import { assessAttempt } from './assessAttempt';
import { plainTable, type TableFormat } from './plainTable';
import { adequacyStandard, careCategoryOf } from './standards';

export const EXHIBIT_TITLE = 'In-network providers contacted';

const BLANK = '-';
const or = (s: string | undefined) => (s && s.trim() ? s.trim() : BLANK);

/** Contacts in date order, undated last: the order a reviewer reads a search history in. */
export function attemptsByDate(attempts: readonly NetworkAttempt[]): NetworkAttempt[] {
  return [...attempts].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
}

export interface ExhibitOptions {
  format?: TableFormat;
}

/** The exhibit text; a single line saying none were logged when the log is empty. */
export function evidenceExhibit(bundle: CaseBundle, options: ExhibitOptions = {}): string {
  const k = bundle.case;
  const attempts = attemptsByDate(bundle.attempts.filter((a) => a.caseId === k.id));
  const care = careCategoryOf(k);
  const standard = adequacyStandard(k.plan, care);
  const lines = [EXHIBIT_TITLE];
  const member = [k.member.firstName, k.member.lastName].filter((s) => s.trim()).join(' ');
  if (member || k.member.memberId)
    lines.push(`Member: ${[member, k.member.memberId ? `ID ${k.member.memberId}` : ''].filter(Boolean).join(', ')}`);
  if (standard) {
    const parts = [standard.wait?.text, ...standard.distance.map((d) => d.text)].filter(Boolean);
    if (parts.length) lines.push(`Access standard (${standard.planType}): ${parts.join('; ')}. Source: ${standard.source}.`);
  }
  lines.push('');
  if (attempts.length === 0) return [...lines, 'No in-network contacts logged yet.'].join('\n');

  let exceeding = 0;
  const rows = attempts.map((a, i) => {
    const breaches = assessAttempt(a, k.plan, care);
    if (breaches.length) exceeding += 1;
    return [
      String(i + 1),
      or(a.providerName),
      or(a.npi),
      or(a.phone),
      a.date ? formatUsDate(a.date) : BLANK,
      ATTEMPT_OUTCOME_LABELS[a.outcome],
      a.waitDays === undefined ? BLANK : `${a.waitDays} business days`,
      a.distanceMiles === undefined ? BLANK : `${a.distanceMiles} mi`,
      breaches.length ? breaches.map((b) => `${b.kind} over ${b.limit} ${b.unit}`).join('; ') : BLANK,
      or(a.notes),
    ];
  });
  const header = ['#', 'Provider', 'NPI', 'Phone', 'Contacted', 'Outcome', 'Wait offered', 'Distance', 'Over standard', 'Notes'];
  lines.push(plainTable(header, rows, options.format));
  lines.push('');
  const n = attempts.length;
  lines.push(
    `${n} in-network provider${n === 1 ? '' : 's'} contacted${standard ? `; ${exceeding} exceed${exceeding === 1 ? 's' : ''} the plan's access standard` : ''}.`,
  );
  return lines.join('\n');
}
