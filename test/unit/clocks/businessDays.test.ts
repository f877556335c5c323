import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  businessDaysBetween,
  federalHolidays,
  isBusinessDay,
  observedHolidayOn,
} from '../../../lib/clocks/businessDays';
import { isCalendarDate, localDateOf } from '../../../lib/dates/calendarDate';

const observed = (year: number) => Object.fromEntries(federalHolidays(year).map((h) => [h.name, h.observed]));

describe('federal holidays', () => {
  it('2026: every holiday on its date, Independence Day (Saturday) observed Friday July 3', () => {
    expect(observed(2026)).toEqual({
      "New Year's Day": '2026-01-01',
      'Birthday of Martin Luther King, Jr.': '2026-01-19',
      "Washington's Birthday": '2026-02-16',
      'Memorial Day': '2026-05-25',
      'Juneteenth National Independence Day': '2026-06-19',
      'Independence Day': '2026-07-03',
      'Labor Day': '2026-09-07',
      'Columbus Day': '2026-10-12',
      'Veterans Day': '2026-11-11',
      'Thanksgiving Day': '2026-11-26',
      'Christmas Day': '2026-12-25',
    });
  });

  it('2027: Saturday holidays move to Friday, Sunday holidays to Monday', () => {
    const h = observed(2027);
    expect(h['Juneteenth National Independence Day']).toBe('2027-06-18');
    expect(h['Independence Day']).toBe('2027-07-05');
    expect(h['Christmas Day']).toBe('2027-12-24');
    expect(h['Memorial Day']).toBe('2027-05-31');
    expect(h['Thanksgiving Day']).toBe('2027-11-25');
  });

  it("New Year's Day on a Saturday is observed on Dec 31 of the year before", () => {
    expect(observedHolidayOn('2027-12-31')).toBe("New Year's Day");
    expect(observedHolidayOn('2021-12-31')).toBe("New Year's Day");
    expect(isBusinessDay('2027-12-31')).toBe(false);
    expect(isBusinessDay('2026-12-31')).toBe(true);
  });

  it('Sunday holidays are observed on Monday (New Year 2023, Christmas 2022)', () => {
    expect(isBusinessDay('2023-01-02')).toBe(false);
    expect(isBusinessDay('2022-12-26')).toBe(false);
  });

  it('Veterans Day 2023 (Saturday) closes Friday Nov 10', () => {
    expect(observedHolidayOn('2023-11-10')).toBe('Veterans Day');
  });

  it('Juneteenth counts only from 2021', () => {
    expect(observedHolidayOn('2021-06-18')).toBe('Juneteenth National Independence Day');
    expect(isBusinessDay('2020-06-19')).toBe(true);
  });

  it('every federal holiday observed in 2026 and 2027 is not a business day', () => {
    for (const y of [2026, 2027, 2028]) for (const h of federalHolidays(y)) expect(isBusinessDay(h.observed), h.name + y).toBe(false);
  });
});

describe('isBusinessDay', () => {
  it('weekdays yes, weekends no, the day after Thanksgiving yes', () => {
    expect(isBusinessDay('2026-11-23')).toBe(true);
    expect(isBusinessDay('2026-11-21')).toBe(false);
    expect(isBusinessDay('2026-11-22')).toBe(false);
    expect(isBusinessDay('2026-11-26')).toBe(false);
    expect(isBusinessDay('2026-11-27')).toBe(true);
  });
});

describe('addBusinessDays', () => {
  it('skips the weekend', () => {
    expect(addBusinessDays('2026-11-06', 1)).toBe('2026-11-09');
    expect(addBusinessDays('2026-11-07', 1)).toBe('2026-11-09');
    expect(addBusinessDays('2026-11-03', 3)).toBe('2026-11-06');
  });
  it('skips Veterans Day', () => {
    expect(addBusinessDays('2026-11-10', 1)).toBe('2026-11-12');
  });
  it('Thanksgiving week: Wednesday + 1 is Friday, + 3 is the next Tuesday', () => {
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-25', 3)).toBe('2026-12-01');
  });
  it('month end and year end with Christmas and New Year', () => {
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-30', 2)).toBe('2027-01-04');
    expect(addBusinessDays('2027-12-23', 1)).toBe('2027-12-27');
    expect(addBusinessDays('2027-12-30', 1)).toBe('2028-01-03');
    expect(addBusinessDays('2026-04-30', 1)).toBe('2026-05-01');
  });
  it('crosses a leap day', () => {
    expect(addBusinessDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addBusinessDays('2028-02-25', 2)).toBe('2028-02-29');
  });
  it('Independence Day observed on Friday July 3, 2026', () => {
    expect(addBusinessDays('2026-07-02', 1)).toBe('2026-07-06');
  });
  it('MLK Day, Presidents Day, Memorial Day, Labor Day and Columbus Day Mondays are skipped', () => {
    expect(addBusinessDays('2026-01-16', 1)).toBe('2026-01-20');
    expect(addBusinessDays('2026-02-13', 1)).toBe('2026-02-17');
    expect(addBusinessDays('2026-05-22', 1)).toBe('2026-05-26');
    expect(addBusinessDays('2026-09-04', 1)).toBe('2026-09-08');
    expect(addBusinessDays('2026-10-09', 1)).toBe('2026-10-13');
  });
  it('zero keeps the date; negative or fractional amounts are refused', () => {
    expect(addBusinessDays('2026-11-07', 0)).toBe('2026-11-07');
    expect(() => addBusinessDays('2026-11-07', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-11-07', 1.5)).toThrow(RangeError);
  });
  it('refuses malformed dates', () => {
    expect(() => addBusinessDays('11/07/2026', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => addBusinessDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('adds calendar days across months, years and leap days', () => {
    expect(addCalendarDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-11-20', 180)).toBe('2027-05-19');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('adds months; a day the target month lacks falls on the first day of the next month (the external review rule)', () => {
    // The federal external review rule's own example: notice received October 30, no February 30, so March 1.
    expect(addMonths('2026-10-30', 4)).toBe('2027-03-01');
    expect(addMonths('2026-10-31', 4)).toBe('2027-03-01');
    // A leap year has February 29, so October 29 + 4 months exists.
    expect(addMonths('2027-10-29', 4)).toBe('2028-02-29');
    expect(addMonths('2027-10-31', 4)).toBe('2028-03-01');
    expect(addMonths('2026-12-20', 4)).toBe('2027-04-20');
    expect(addMonths('2026-05-31', -1)).toBe('2026-05-01');
  });
  it('is not shifted by the time zone across a DST change', () => {
    expect(addCalendarDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addCalendarDays('2026-11-01', 1)).toBe('2026-11-02');
  });
  it('recognises real calendar dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
  it('takes the calendar day of an instant in local time', () => {
    const noonLocal = new Date(2026, 10, 4, 12, 0, 0);
    expect(localDateOf(noonLocal)).toBe('2026-11-04');
  });
});

describe('businessDaysBetween', () => {
  it('is the inverse of addBusinessDays', () => {
    for (const [from, n] of [
      ['2026-11-25', 3],
      ['2026-12-24', 5],
      ['2027-12-23', 4],
      ['2028-02-25', 2],
    ] as const) {
      expect(businessDaysBetween(from, addBusinessDays(from, n))).toBe(n);
    }
  });
  it('counts a week with a holiday as four days and is negative backwards', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-27')).toBe(4);
    expect(businessDaysBetween('2026-11-27', '2026-11-20')).toBe(-4);
    expect(businessDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });
});
