// Dates in the form a control asks for: type=date takes YYYY-MM-DD; text boxes show their format in a
// placeholder, pattern or label ("MM/DD/YYYY", "M/D/YYYY", "YYYY-MM-DD"); split boxes take one part.
import type { DatePart, FieldDescriptor } from '../../form/types';
import { formatHints } from './hints';

export interface DateFormat {
  order: DatePart[];
  separator: string;
  /** 1 = no zero padding (M/D), 2 = padded; year width 2 or 4. */
  monthWidth: 1 | 2;
  dayWidth: 1 | 2;
  yearWidth: 2 | 4;
}

export const US_DATE: DateFormat = { order: ['month', 'day', 'year'], separator: '/', monthWidth: 2, dayWidth: 2, yearWidth: 4 };
export const ISO_DATE: DateFormat = { order: ['year', 'month', 'day'], separator: '-', monthWidth: 2, dayWidth: 2, yearWidth: 4 };

/** Reads "MM/DD/YYYY", "mm-dd-yy", "M/D/YYYY", "YYYY-MM-DD", "MMDDYYYY" out of a hint text. */
export function parseDateFormat(hint: string): DateFormat | undefined {
  const h = hint.toUpperCase();
  const us = /\b(MM?)([/.\- ]?)(DD?)\2(YYYY|YY)\b/.exec(h);
  if (us)
    return {
      order: ['month', 'day', 'year'],
      separator: us[2]!,
      monthWidth: us[1]!.length as 1 | 2,
      dayWidth: us[3]!.length as 1 | 2,
      yearWidth: us[4]!.length as 2 | 4,
    };
  const iso = /\b(YYYY)([/.-]?)(MM?)\2(DD?)\b/.exec(h);
  if (iso)
    return {
      order: ['year', 'month', 'day'],
      separator: iso[2]!,
      monthWidth: iso[3]!.length as 1 | 2,
      dayWidth: iso[4]!.length as 1 | 2,
      yearWidth: 4,
    };
  const eu = /\b(DD)([/.-])(MM)\2(YYYY)\b/.exec(h);
  if (eu) return { order: ['day', 'month', 'year'], separator: eu[2]!, monthWidth: 2, dayWidth: 2, yearWidth: 4 };
  return undefined;
}

/** Reads a date pattern attribute: \d{2}/\d{2}/\d{4}, \d{4}-\d{2}-\d{2}, \d{1,2}/\d{1,2}/\d{4}. */
export function parseDatePattern(pattern: string): DateFormat | undefined {
  const groups: { min: number; max: number }[] = [];
  const seps: string[] = [];
  const token = /(?:\\d|\[0-9\])\{(\d)(?:,(\d))?\}|\\?([/.-])/g;
  for (const m of pattern.matchAll(token)) {
    if (m[1]) groups.push({ min: Number(m[1]), max: Number(m[2] ?? m[1]) });
    else if (groups.length > seps.length) seps.push(m[3]!);
  }
  if (groups.length !== 3) return undefined;
  const separator = seps[0] ?? '';
  const w = (g: { min: number }) => (g.min === 1 ? 1 : 2) as 1 | 2;
  const [a, b, c] = groups as [{ min: number; max: number }, { min: number; max: number }, { min: number; max: number }];
  if (a.min === 4) return { order: ['year', 'month', 'day'], separator, monthWidth: w(b), dayWidth: w(c), yearWidth: 4 };
  if (c.max === 4 || c.max === 2)
    return { order: ['month', 'day', 'year'], separator, monthWidth: w(a), dayWidth: w(b), yearWidth: c.max === 2 ? 2 : 4 };
  return undefined;
}

/** The format a control wants; US MM/DD/YYYY when nothing says otherwise (what US portals use). */
export function dateFormatFor(field: FieldDescriptor): DateFormat {
  if (field.type === 'date') return ISO_DATE;
  if (field.constraints.pattern) {
    const p = parseDatePattern(field.constraints.pattern);
    if (p) return p;
  }
  for (const hint of formatHints(field)) {
    const f = parseDateFormat(hint);
    if (f) return f;
  }
  const max = field.constraints.maxLength;
  // Eight characters and no hint: digits only (MMDDYYYY).
  if (max === 8) return { ...US_DATE, separator: '' };
  return US_DATE;
}

export function isoParts(iso: string): Record<DatePart, string> | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? { year: m[1]!, month: m[2]!, day: m[3]! } : undefined;
}

/** One part of a date at a width: month 2 -> "04", 1 -> "4"; year 2 -> "19", 4 -> "2019". */
export function datePart(iso: string, part: DatePart, width: number): string | undefined {
  const p = isoParts(iso);
  if (!p) return undefined;
  if (part === 'year') return width === 2 ? p.year.slice(2) : p.year;
  const v = p[part];
  return width === 1 ? String(Number(v)) : v;
}

export function formatDate(iso: string, f: DateFormat): string | undefined {
  if (!isoParts(iso)) return undefined;
  const width = { month: f.monthWidth, day: f.dayWidth, year: f.yearWidth };
  return f.order.map((part) => datePart(iso, part, width[part])!).join(f.separator);
}

/** Section texts for a sectioned date field, in its section order (MUI: MM, DD, YYYY). */
export function dateSections(iso: string, sections: DatePart[]): string[] | undefined {
  if (!isoParts(iso)) return undefined;
  return sections.map((part) => datePart(iso, part, part === 'year' ? 4 : 2)!);
}
