import { describe, expect, it } from 'vitest';
import { dateFormatFor, datePart, formatDate, parseDatePattern } from '../../../../lib/fill/format/dates';
import { field } from '../plan/fieldBuilder';

const dob = '2019-04-07';
const fmt = (over: Parameters<typeof field>[0]) => formatDate(dob, dateFormatFor(field(over)));

describe('dates for a control', () => {
  it('type=date takes YYYY-MM-DD whatever its label says', () => {
    expect(fmt({ type: 'date', label: 'DOB (MM/DD/YYYY)' })).toBe('2019-04-07');
  });
  it('reads the format from the placeholder or label', () => {
    expect(fmt({ placeholder: 'MM/DD/YYYY' })).toBe('04/07/2019');
    expect(fmt({ placeholder: 'mm-dd-yyyy' })).toBe('04-07-2019');
    expect(fmt({ placeholder: 'YYYY-MM-DD' })).toBe('2019-04-07');
    expect(fmt({ placeholder: 'M/D/YYYY' })).toBe('4/7/2019');
    expect(fmt({ label: 'Date of birth (MM/DD/YY)' })).toBe('04/07/19');
    expect(fmt({ placeholder: 'MMDDYYYY' })).toBe('04072019');
  });
  it('reads the format from a pattern attribute', () => {
    expect(fmt({ constraints: { required: true, pattern: String.raw`\d{2}/\d{2}/\d{4}` } })).toBe('04/07/2019');
    expect(fmt({ constraints: { required: true, pattern: String.raw`\d{4}-\d{2}-\d{2}` } })).toBe('2019-04-07');
    expect(fmt({ constraints: { required: true, pattern: String.raw`\d{1,2}/\d{1,2}/\d{4}` } })).toBe('4/7/2019');
    expect(parseDatePattern('[A-Z]+')).toBeUndefined();
  });
  it('defaults to MM/DD/YYYY, and digits only in an 8-character box', () => {
    expect(fmt({ label: 'Start date' })).toBe('04/07/2019');
    expect(fmt({ label: 'Start date', constraints: { required: false, maxLength: 8 } })).toBe('04072019');
  });
  it('gives one part of a split date at the box width', () => {
    expect(datePart(dob, 'month', 2)).toBe('04');
    expect(datePart(dob, 'day', 1)).toBe('7');
    expect(datePart(dob, 'year', 2)).toBe('19');
    expect(datePart(dob, 'year', 4)).toBe('2019');
    expect(datePart('', 'year', 4)).toBeUndefined();
  });
});
