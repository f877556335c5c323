import { describe, expect, it } from 'vitest';
import { formatIcd10For } from '../../../../lib/fill/format/codes';
import { formatNpiFor, formatTinFor, formatZipFor } from '../../../../lib/fill/format/identifiers';
import { formatFullName } from '../../../../lib/fill/format/names';
import { formatPhoneFor } from '../../../../lib/fill/format/phone';
import { formatStateFor } from '../../../../lib/fill/format/states';
import { textForControl } from '../../../../lib/fill/format/control';
import { field } from '../plan/fieldBuilder';

const c = (over: Record<string, unknown>) => ({ required: false, ...over });

describe('phones', () => {
  it('follows the mask, placeholder or room the control gives', () => {
    expect(formatPhoneFor('512.555.0142', field({ widgets: [{ kind: 'masked', mask: '(___) ___-____' }] }))).toBe('(512) 555-0142');
    expect(formatPhoneFor('(512) 555-0142', field({ constraints: c({ maxLength: 10 }) }))).toBe('5125550142');
    expect(formatPhoneFor('(512) 555-0142', field({ constraints: c({ pattern: String.raw`\d{10}` }) }))).toBe('5125550142');
    expect(formatPhoneFor('(512) 555-0142', field({ placeholder: '555-555-5555' }))).toBe('512-555-0142');
    expect(formatPhoneFor('512-555-0142', field({ label: 'Phone' }))).toBe('(512) 555-0142');
    expect(formatPhoneFor('(512) 555-0142', field({ constraints: c({ maxLength: 12 }) }))).toBe('512-555-0142');
  });
});

describe('provider identifiers', () => {
  it('TIN as 9 digits unless the control shows ##-#######', () => {
    expect(formatTinFor('74-1234567', field({ label: 'Tax ID' }))).toBe('741234567');
    expect(formatTinFor('741234567', field({ placeholder: '##-#######' }))).toBe('74-1234567');
    expect(formatTinFor('741234567', field({ placeholder: '12-3456789' }))).toBe('74-1234567');
    expect(formatTinFor('741234567', field({ placeholder: '##-#######', constraints: c({ maxLength: 9 }) }))).toBe('741234567');
  });
  it('NPI as 10 digits', () => {
    expect(formatNpiFor('1234-567-893')).toBe('1234567893');
  });
  it('ZIP 5 or ZIP+4 by room', () => {
    expect(formatZipFor('78704', field())).toBe('78704');
    expect(formatZipFor('78704-1234', field({ constraints: c({ maxLength: 5 }) }))).toBe('78704');
    expect(formatZipFor('787041234', field())).toBe('78704-1234');
    expect(formatZipFor('78704-1234', field({ constraints: c({ maxLength: 9 }) }))).toBe('787041234');
  });
});

describe('codes, names, states', () => {
  it('ICD-10 keeps the dot unless the control shows or allows none', () => {
    expect(formatIcd10For('F84.0', field({ label: 'Diagnosis 1' }))).toBe('F84.0');
    expect(formatIcd10For('F84.0', field({ placeholder: 'F840' }))).toBe('F840');
    expect(formatIcd10For('f840', field({ placeholder: 'e.g. F84.0' }))).toBe('F84.0');
    expect(formatIcd10For('F84.0', field({ constraints: c({ maxLength: 7 }) }))).toBe('F840');
    expect(formatIcd10For('F84.0', field({ constraints: c({ maxLength: 8 }) }))).toBe('F84.0');
    expect(formatIcd10For('F84.0', field({ constraints: c({ pattern: '[A-Z][0-9A-Z]{2,6}' }) }))).toBe('F840');
    expect(formatIcd10For('F840', field({ constraints: c({ pattern: String.raw`[A-Z]\d{2}\.\d{0,4}` }) }))).toBe('F84.0');
    expect(formatIcd10For('F84.0', field({ label: 'ICD-10 code (no decimal)' }))).toBe('F840');
  });
  it('whole names follow the label', () => {
    expect(formatFullName('Jordan', 'Rivera', field({ label: 'Patient name (Last, First)' }))).toBe('Rivera, Jordan');
    expect(formatFullName('Jordan', 'Rivera', field({ label: 'Member name' }))).toBe('Jordan Rivera');
  });
  it('states as codes unless the box asks for the name', () => {
    expect(formatStateFor('tx', field({ label: 'State' }))).toBe('TX');
    expect(formatStateFor('TX', field({ label: 'State name' }))).toBe('Texas');
  });
  it('fits long text to maxlength at a word and says so; never cuts a code', () => {
    const long = textForControl(
      { type: 'text', text: 'Waitlists of six months at every in-network clinic nearby', long: true },
      field({ kind: 'textarea', constraints: c({ maxLength: 30 }) }),
    );
    expect(long?.text).toBe('Waitlists of six months at');
    expect(long?.fitted?.boundary).toBe('word');
    expect(textForControl({ type: 'npi', text: '1234567893' }, field({ constraints: c({ maxLength: 9 }) }))).toBeUndefined();
  });
});
