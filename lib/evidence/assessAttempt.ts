// Whether a logged in-network contact shows a network gap by the plan's own access standard: a wait
// or a distance over the standard is evidence, shown beside the entry with the standard cited.
import type { Case, NetworkAttempt } from '../case/schema';
import { addBusinessDays } from '../clocks/businessDays';
import { daysBetween, formatUsDate, isCalendarDate } from '../dates/calendarDate';
import { adequacyStandard, type AdequacyStandard, type CareCategory } from './standards';

export interface StandardBreach {
  kind: 'wait' | 'distance';
  /** The attempt's figure in the standard's unit (a business-day wait becomes calendar days for TRICARE). */
  actual: number;
  /** The limit it exceeds. */
  limit: number;
  unit: 'business days' | 'days' | 'miles';
  /** For distance limits that differ by area. */
  area?: 'urban' | 'rural';
  /** Sentence for the entry, e.g. "Wait of 120 business days exceeds the 10-business-day standard for ...". */
  message: string;
  /** The standard in words. */
  standard: string;
  source: string;
}

/** Calendar days of a wait logged in business days: exact from the contact date, else 7 per 5. */
function calendarWait(a: NetworkAttempt): number {
  const days = Math.ceil(a.waitDays!);
  if (isCalendarDate(a.date)) return daysBetween(a.date, addBusinessDays(a.date, days));
  return Math.ceil((days * 7) / 5);
}

function waitBreach(a: NetworkAttempt, s: AdequacyStandard): StandardBreach | undefined {
  if (!s.wait || a.waitDays === undefined) return undefined;
  const w = s.wait;
  const actual = w.basis === 'calendar' ? calendarWait(a) : a.waitDays;
  if (actual <= w.days) return undefined;
  const unit = w.basis === 'calendar' ? 'days' : 'business days';
  // Before a standard binds, say it is the one to come rather than one the plan breaks today.
  const upcoming = w.effectiveFrom && !(isCalendarDate(a.date) && a.date >= w.effectiveFrom);
  const limitWords = `${w.basis === 'calendar' ? `${w.days}-day` : `${w.days}-business-day`}${upcoming ? ` upcoming (from ${formatUsDate(w.effectiveFrom!)})` : ''}`;
  return {
    kind: 'wait',
    actual,
    limit: w.days,
    unit,
    message: `Wait of ${actual} ${unit} exceeds the ${limitWords} standard (${s.planType}: ${w.text}).`,
    standard: w.text,
    source: s.source,
  };
}

function distanceBreach(a: NetworkAttempt, s: AdequacyStandard): StandardBreach | undefined {
  if (a.distanceMiles === undefined) return undefined;
  const exceeded = s.distance.filter((d) => a.distanceMiles! > d.miles);
  if (exceeded.length === 0) return undefined;
  const worst = exceeded[exceeded.length - 1]!;
  const looser = s.distance.find((d) => d.miles >= a.distanceMiles!);
  const named = (d: { miles: number; area?: string }) => `${d.miles}-mile${d.area ? ` ${d.area}` : ''}`;
  const what = looser?.area
    ? `the ${named(worst)} standard (${looser.area} areas allow ${looser.miles} miles)`
    : exceeded.length > 1
      ? `the ${exceeded.map(named).join(' and the ')} standards`
      : `the ${named(worst)} standard`;
  return {
    kind: 'distance',
    actual: a.distanceMiles,
    limit: worst.miles,
    unit: 'miles',
    ...(worst.area ? { area: worst.area } : {}),
    message: `${a.distanceMiles} miles exceeds ${what} (${s.planType}).`,
    standard: s.distance.map((d) => d.text).join('; '),
    source: s.source,
  };
}

/**
 * Standards the contact's wait or distance exceeds for this plan and kind of care (default
 * specialty care; pass careCategoryOf(case) for the case's own); [] when none or no standard is on file.
 */
export function assessAttempt(
  attempt: NetworkAttempt,
  plan: Pick<Case['plan'], 'lineOfBusiness' | 'state'>,
  care: CareCategory = 'specialty',
): StandardBreach[] {
  const s = adequacyStandard(plan, care);
  if (!s) return [];
  return [waitBreach(attempt, s), distanceBreach(attempt, s)].filter((b): b is StandardBreach => b !== undefined);
}
