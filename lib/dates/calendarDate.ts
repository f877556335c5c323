// Calendar dates ('YYYY-MM-DD') as whole days: all arithmetic runs on UTC day numbers so a date never
// shifts with the user's time zone or a daylight-saving change.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; throws on anything else. */
export function toDayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  const m = ISO_DATE.exec(date)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function fromYmd(year: number, month1: number, day: number): string {
  return fromDayNumber(Date.UTC(year, month1 - 1, day) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}

/** Calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Add whole months. A date with no such day in the target month falls on the first day of the month
 * after it (Oct 31 + 4 months = Mar 1), as the federal external review rule counts "four months":
 * "if there is no corresponding date four months after ..., the request must be filed by the first
 * day of the fifth month" (29 CFR 2590.715-2719(d)(2)(i); 45 CFR 147.136(d)(2)(i)).
 */
export function addMonths(date: string, months: number): string {
  const t = new Date(toDayNumber(date) * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  if (t.getUTCDate() > lastDay) return fromDayNumber(Date.UTC(y, m + 1, 1) / DAY_MS);
  return fromDayNumber(Date.UTC(y, m, t.getUTCDate()) / DAY_MS);
}

/** The user's calendar day of an instant (a call logged at 9 pm stays on that evening's date). */
export function localDateOf(instant: string | Date): string {
  const t = typeof instant === 'string' ? new Date(instant) : instant;
  return fromYmd(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** MM/DD/YYYY, the way US insurers' forms and letters write dates. */
export function formatUsDate(date: string): string {
  if (!isCalendarDate(date)) return date;
  return `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
}

/** Latest of the given dates, ignoring blanks and malformed ones; '' when none. */
export function latestDate(dates: Iterable<string>): string {
  let best = '';
  for (const d of dates) if (isCalendarDate(d) && d > best) best = d;
  return best;
}
