// Facts derived from a case for justification text: in-network search results, the denial on
// file, who signs for the patient, whether the service is behavioral health or ABA.
import type { Case, CaseBundle, NetworkAttempt } from '../case/schema';
import { ATTEMPT_OUTCOME_LABELS } from '../case/labels';
import { accessStandard, type AccessStandard } from './standards';
import { asSentence, fullName, joinList, longDate, plural, present } from './format';

const ABA_CODES = /^(9715[1-8]|0362T|0373T)$/iu;
const BEHAVIORAL_CODES = /^(9715[1-8]|0362T|0373T|908\d\d|9079[12]|H\d{4}|S9480)$/iu;

export function isAba(c: Case): boolean {
  return c.service.procedures.some((p) => ABA_CODES.test(p.code.trim()));
}

/** Mental health / substance use / ABA: the parity law and the behavioral wait standards apply. */
export function isBehavioralHealth(c: Case): boolean {
  return (
    c.service.diagnoses.some((d) => /^F\d/iu.test(d.code.trim())) || c.service.procedures.some((p) => BEHAVIORAL_CODES.test(p.code.trim()))
  );
}

export function standardFor(c: Case): AccessStandard | undefined {
  return accessStandard(c, isBehavioralHealth(c));
}

/** The logged attempts in date order (undated last), as the reviewer reads a search history. */
export function attemptsInOrder(attempts: NetworkAttempt[]): NetworkAttempt[] {
  return [...attempts].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
}

export function exceedsWait(a: NetworkAttempt, s: AccessStandard | undefined): boolean {
  return !!s && a.waitDays !== undefined && a.waitDays > s.waitDays;
}

export function exceedsDistance(a: NetworkAttempt, s: AccessStandard | undefined): boolean {
  return !!s?.distanceMiles && a.distanceMiles !== undefined && a.distanceMiles > s.distanceMiles;
}

function waitUnit(s: AccessStandard | undefined): string {
  return s?.waitText.includes('business') === false ? 'day' : 'business day';
}

/** One line of the in-network search, e.g. "- Lone Star ABA, (254) 555-0113, contacted October 23, 2026: too far; 68 miles away. Only ..." */
export function attemptLine(a: NetworkAttempt, s: AccessStandard | undefined): string {
  const who = [present(a.providerName) ?? 'In-network provider (name not recorded)', a.npi ? `NPI ${a.npi}` : '', a.phone]
    .filter(Boolean)
    .join(', ');
  const when = longDate(a.date) ? `, contacted ${longDate(a.date)}` : '';
  const facts = [ATTEMPT_OUTCOME_LABELS[a.outcome].toLowerCase()];
  if (a.waitDays !== undefined)
    facts.push(
      `wait offered ${plural(a.waitDays, waitUnit(s))}${exceedsWait(a, s) ? ` (over the standard of ${plural(s!.waitDays, waitUnit(s))})` : ''}`,
    );
  if (a.distanceMiles !== undefined)
    facts.push(
      `${plural(a.distanceMiles, 'mile')} away${exceedsDistance(a, s) ? ` (over the standard of ${plural(s!.distanceMiles!, 'mile')})` : ''}`,
    );
  const notes = present(a.notes) ? ` ${asSentence(a.notes)}` : '';
  return `- ${who}${when}: ${facts.join('; ')}.${notes}`;
}

export function attemptsTableText(attempts: NetworkAttempt[], s: AccessStandard | undefined): string | undefined {
  if (attempts.length === 0) return undefined;
  return attemptsInOrder(attempts)
    .map((a) => attemptLine(a, s))
    .join('\n');
}

const OUTCOME_PHRASES: Record<NetworkAttempt['outcome'], [string, string]> = {
  'not-accepting': ['not accepting new patients', 'not accepting new patients'],
  waitlist: ['offering only a waitlist', 'offering only a waitlist'],
  'no-specialty': ['without the needed specialty', 'without the needed specialty'],
  'too-far': ['too far away', 'too far away'],
  'no-response': ['that did not respond', 'that did not respond'],
  'not-in-network': ['not actually in network', 'not actually in network'],
  other: ['unable to help for another reason', 'unable to help for other reasons'],
};

/** "1 offering only a waitlist, 1 not accepting new patients, and 1 too far away" */
export function outcomeSummary(attempts: NetworkAttempt[]): string | undefined {
  const counts = new Map<NetworkAttempt['outcome'], number>();
  for (const a of attempts) counts.set(a.outcome, (counts.get(a.outcome) ?? 0) + 1);
  return joinList([...counts].map(([o, n]) => `${n} ${OUTCOME_PHRASES[o][n === 1 ? 0 : 1]}`));
}

export function longestWaitAttempt(attempts: NetworkAttempt[]): NetworkAttempt | undefined {
  return attempts.filter((a) => a.waitDays !== undefined).sort((a, b) => b.waitDays! - a.waitDays!)[0];
}

/** The contact that offered the soonest appointment: the earliest in-network option the search found. */
export function shortestWaitAttempt(attempts: NetworkAttempt[]): NetworkAttempt | undefined {
  return attempts.filter((a) => a.waitDays !== undefined).sort((a, b) => a.waitDays! - b.waitDays!)[0];
}

export function nearestAttempt(attempts: NetworkAttempt[], onlyAvailable = false): NetworkAttempt | undefined {
  // "Available" means the provider could take the patient but is too far: the travel-burden case.
  return attempts
    .filter((a) => a.distanceMiles !== undefined && (!onlyAvailable || a.outcome === 'too-far'))
    .sort((a, b) => a.distanceMiles! - b.distanceMiles!)[0];
}

export function waitText(days: number | undefined, s: AccessStandard | undefined): string | undefined {
  return days === undefined ? undefined : plural(days, waitUnit(s));
}

/** Dates the search ran: "between October 21, 2026 and October 23, 2026" or "on October 21, 2026". */
export function attemptPeriod(attempts: NetworkAttempt[]): string | undefined {
  const dates = attempts
    .map((a) => a.date)
    .filter(Boolean)
    .sort();
  if (dates.length === 0) return undefined;
  const first = longDate(dates[0])!;
  const last = longDate(dates[dates.length - 1])!;
  return first === last ? `on ${first}` : `between ${first} and ${last}`;
}

/** The most recent denial on the status history (its date and the reason noted). */
export function latestDenial(c: Case) {
  return [...c.statusHistory].reverse().find((e) => e.status === 'denied');
}

/** Who signs for the patient: the subscriber when the member is their dependent child, else the member. */
export function patientSigner(c: Case): { name: string | undefined; role: string } {
  if (!c.subscriber.sameAsMember && c.subscriber.relationship === 'child') {
    return {
      name: fullName(c.subscriber.firstName, c.subscriber.lastName),
      role: `Subscriber, for ${fullName(c.member.firstName, c.member.lastName) ?? 'the member'}`,
    };
  }
  return { name: fullName(c.member.firstName, c.member.lastName), role: 'Member' };
}

/** Units used under the agreement, by code, from the usage log. */
export function unitsUsedByCode(b: CaseBundle): Map<string, number> {
  const used = new Map<string, number>();
  for (const u of b.usage) used.set(u.code.trim(), (used.get(u.code.trim()) ?? 0) + u.units);
  return used;
}
