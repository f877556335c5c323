// US federal holidays and business-day counting for the decision and follow-up clocks.
// Observed dates follow 5 U.S.C. 6103 / OPM practice: a Saturday holiday is observed the Friday
// before, a Sunday holiday the Monday after (so New Year's Day on a Saturday is observed Dec 31).
import { addMonths as addMonthsToDate, fromDayNumber, fromYmd, toDayNumber, weekday } from '../dates/calendarDate';

export interface FederalHoliday {
  name: string;
  /** The holiday itself. */
  date: string;
  /** The weekday on which offices close for it. */
  observed: string;
}

/** n-th (1-based) given weekday of a month; n = -1 for the last one. */
function nthWeekday(year: number, month1: number, dow: number, n: number): string {
  if (n > 0) {
    const first = fromYmd(year, month1, 1);
    const offset = (dow - weekday(first) + 7) % 7;
    return fromYmd(year, month1, 1 + offset + (n - 1) * 7);
  }
  const last = fromYmd(year, month1 + 1, 0);
  const back = (weekday(last) - dow + 7) % 7;
  return fromDayNumber(toDayNumber(last) - back);
}

function observedDate(date: string): string {
  const dow = weekday(date);
  if (dow === 6) return fromDayNumber(toDayNumber(date) - 1);
  if (dow === 0) return fromDayNumber(toDayNumber(date) + 1);
  return date;
}

/** The eleven federal holidays of a year (Juneteenth from 2021, when it became one). */
export function federalHolidays(year: number): FederalHoliday[] {
  const fixed = (name: string, month1: number, day: number): FederalHoliday => {
    const date = fromYmd(year, month1, day);
    return { name, date, observed: observedDate(date) };
  };
  const floating = (name: string, month1: number, dow: number, n: number): FederalHoliday => {
    const date = nthWeekday(year, month1, dow, n);
    return { name, date, observed: date };
  };
  const list = [
    fixed("New Year's Day", 1, 1),
    floating('Birthday of Martin Luther King, Jr.', 1, 1, 3),
    floating("Washington's Birthday", 2, 1, 3),
    floating('Memorial Day', 5, 1, -1),
    ...(year >= 2021 ? [fixed('Juneteenth National Independence Day', 6, 19)] : []),
    fixed('Independence Day', 7, 4),
    floating('Labor Day', 9, 1, 1),
    floating('Columbus Day', 10, 1, 2),
    fixed('Veterans Day', 11, 11),
    floating('Thanksgiving Day', 11, 4, 4),
    fixed('Christmas Day', 12, 25),
  ];
  return list;
}

const observedCache = new Map<number, Map<string, string>>();

/** Observed holiday dates that fall in a year (includes Dec 31 when next New Year's is a Saturday). */
function observedIn(year: number): Map<string, string> {
  let map = observedCache.get(year);
  if (!map) {
    map = new Map();
    for (const y of [year, year + 1]) {
      for (const h of federalHolidays(y)) if (h.observed.startsWith(`${year}-`)) map.set(h.observed, h.name);
    }
    observedCache.set(year, map);
  }
  return map;
}

/** Name of the federal holiday observed on this date, or undefined. */
export function observedHolidayOn(date: string): string | undefined {
  return observedIn(Number(date.slice(0, 4))).get(fromDayNumber(toDayNumber(date)));
}

export function isBusinessDay(date: string): boolean {
  const dow = weekday(date);
  return dow !== 0 && dow !== 6 && observedHolidayOn(date) === undefined;
}

/** The date `days` business days after `date` (the start day itself never counts). */
export function addBusinessDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Business days must be a whole number of 0 or more, got ${days}`);
  let day = toDayNumber(date);
  let left = days;
  while (left > 0) {
    day += 1;
    if (isBusinessDay(fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}

export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Calendar days must be a whole number, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

export const addMonths = addMonthsToDate;

/**
 * Business days after `from` up to and including `to`: the count addBusinessDays would need to
 * reach `to` (negative when `to` is earlier).
 */
export function businessDaysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) return -businessDaysBetween(to, from);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (isBusinessDay(fromDayNumber(d))) count += 1;
  return count;
}
