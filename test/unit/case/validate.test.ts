import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../lib/case/schema';
import {
  caseWarnings,
  digitsOnly,
  formatEin,
  formatIcd10,
  formatNpi,
  formatPhone,
  formatZip,
  luhnCheckDigit,
  validateCpt,
  validateDate,
  validateDateOrder,
  validateDob,
  validateEmail,
  validateHcpcs,
  validateIcd10,
  validateModifier,
  validateModifiers,
  validateNotFuture,
  validateNpi,
  validatePhone,
  validateProcedureCode,
  validateState,
  validateTin,
  validateZip,
  type Check,
} from '../../../lib/case/validate';
import { completeBundle } from '../../fixtures/cases/complete';

const value = (r: Check) => (r.ok ? r.value : `ERR ${r.message}`);
const message = (r: Check) => (r.ok ? '' : r.message);

describe('normalisers', () => {
  it('digitsOnly keeps digits only', () => {
    expect(digitsOnly('(512) 555-0142 x12')).toBe('512555014212');
    expect(digitsOnly('abc')).toBe('');
  });
  it('format helpers normalise complete values and leave others as typed', () => {
    expect(formatNpi(' 1234 567 893 ')).toBe('1234567893');
    expect(formatNpi('12345')).toBe('12345');
    expect(formatEin('741234567')).toBe('74-1234567');
    expect(formatEin('74 123')).toBe('74 123');
    expect(formatPhone('512.555.0142')).toBe('(512) 555-0142');
    expect(formatPhone('+1 512 555 0142')).toBe('(512) 555-0142');
    expect(formatPhone('555-0142')).toBe('555-0142');
    expect(formatZip('787041234')).toBe('78704-1234');
    expect(formatIcd10('f840')).toBe('F84.0');
    expect(formatIcd10('M5450')).toBe('M54.50');
    expect(formatIcd10('F84')).toBe('F84');
  });
  it('luhnCheckDigit matches the published NPI example (80840 + 123456789 -> 3)', () => {
    expect(luhnCheckDigit('80840123456789')).toBe(3);
    expect(luhnCheckDigit('7992739871')).toBe(3); // the classic Luhn example
  });
});

describe('validateNpi', () => {
  it('accepts NPIs with a correct check digit, with or without spaces', () => {
    expect(value(validateNpi('1234567893'))).toBe('1234567893');
    expect(value(validateNpi('1749583021'))).toBe('1749583021');
    expect(value(validateNpi(' 1987-654-328 '))).toBe('1987654328');
  });
  it('rejects a mistyped digit through the check digit', () => {
    expect(message(validateNpi('1234567890'))).toMatch(/check digit/);
    expect(message(validateNpi('1234567839'))).toMatch(/check digit/); // swapped last two digits
  });
  it('rejects wrong length, letters and empty', () => {
    expect(message(validateNpi('123456789'))).toMatch(/10 digits; this one has 9/);
    expect(message(validateNpi('12345678931'))).toMatch(/has 11/);
    expect(message(validateNpi('12345A7893'))).toMatch(/digits only/);
    expect(message(validateNpi(''))).toMatch(/Enter/);
  });
  it('reads nothing into the first digit: NPIs are intelligence-free (45 CFR 162.406), only the check digit counts', () => {
    // An organization's NPI may start with 1 and an individual's with 2; the NPI does not say which.
    for (const payload of ['123456789', '223456789', '323456789']) {
      const npi = payload + luhnCheckDigit('80840' + payload);
      expect(value(validateNpi(npi))).toBe(npi);
    }
  });
});

describe('validateTin', () => {
  it('accepts 9 digits with or without the EIN hyphen and normalises to ##-#######', () => {
    expect(value(validateTin('741234567'))).toBe('74-1234567');
    expect(value(validateTin('74-1234567'))).toBe('74-1234567');
  });
  it('rejects other lengths and characters', () => {
    expect(message(validateTin('74-123456'))).toMatch(/9 digits; this one has 8/);
    expect(message(validateTin('74-12345678'))).toMatch(/has 10/);
    expect(message(validateTin('74/1234567'))).toMatch(/digits only/);
    expect(message(validateTin(''))).toMatch(/Enter/);
  });
  it('keeps the SSN shape of a solo provider and refuses odd hyphens and placeholders', () => {
    expect(value(validateTin('123-45-6789'))).toBe('123-45-6789');
    expect(value(validateTin(' 74 1234567 '))).toBe('74-1234567');
    expect(message(validateTin('7412-34567'))).toMatch(/12-3456789 \(EIN\) or 123-45-6789 \(SSN\)/);
    expect(message(validateTin('000000000'))).toMatch(/placeholder/);
  });
});

describe('validateIcd10', () => {
  it('accepts codes with or without the dot and normalises to dotted upper case', () => {
    expect(value(validateIcd10('F84.0'))).toBe('F84.0');
    expect(value(validateIcd10('f840'))).toBe('F84.0');
    expect(value(validateIcd10('S72.001A'))).toBe('S72.001A');
    expect(value(validateIcd10('S72001A'))).toBe('S72.001A');
    expect(value(validateIcd10('Z3A.01'))).toBe('Z3A.01');
    expect(value(validateIcd10('F88'))).toBe('F88');
  });
  it('warns on a 3-character category that is not billable (F84 has subcodes), not on one that is (F88, I10)', () => {
    expect(message(validateIcd10('F84'))).toMatch(/F84 is a category, not a billable code.*F84\.0/);
    expect(message(validateIcd10('F84.'))).toMatch(/F84 is a category/);
    expect(message(validateIcd10('f90'))).toMatch(/F90 is a category/);
    expect(value(validateIcd10('i10'))).toBe('I10');
    expect(value(validateIcd10('F89'))).toBe('F89');
  });
  it('rejects digits-only codes, too-long codes and bad shapes', () => {
    expect(message(validateIcd10('97153'))).toMatch(/starts with a letter/);
    expect(message(validateIcd10('F8'))).toMatch(/not an ICD-10 code/);
    expect(message(validateIcd10('F84.00000'))).toMatch(/not an ICD-10 code/);
    expect(message(validateIcd10('FF4.0'))).toMatch(/not an ICD-10 code/);
    expect(message(validateIcd10('F84..0'))).toMatch(/not an ICD-10 code/);
    expect(message(validateIcd10(''))).toMatch(/Enter/);
  });
});

describe('procedure codes', () => {
  it('accepts CPT, category II/III and HCPCS Level II codes, upper-cased', () => {
    expect(value(validateProcedureCode('97153'))).toBe('97153');
    expect(value(validateProcedureCode('3008f'))).toBe('3008F');
    expect(value(validateProcedureCode('0362T'))).toBe('0362T');
    expect(value(validateProcedureCode('h2019'))).toBe('H2019');
    expect(value(validateProcedureCode('V2020'))).toBe('V2020');
    // Proprietary Laboratory Analyses (PLA) codes are CPT codes: 4 digits + U.
    expect(value(validateProcedureCode('0001u'))).toBe('0001U');
    expect(value(validateCpt('0001U'))).toBe('0001U');
  });
  it('warns on a HCPCS letter no Level II code uses (F, I, N, O)', () => {
    for (const c of ['F2019', 'I2019', 'N2019', 'O2019'])
      expect(message(validateProcedureCode(c))).toMatch(new RegExp(`No HCPCS code starts with ${c[0]}`));
    expect(message(validateHcpcs('N2019'))).toMatch(/not F, I, N or O/);
    expect(value(validateHcpcs('D0120'))).toBe('D0120');
  });
  it('rejects other shapes and points out a diagnosis code in the wrong place', () => {
    expect(message(validateProcedureCode('9715'))).toMatch(/5 digits/);
    expect(message(validateProcedureCode('971533'))).toMatch(/5 digits/);
    expect(message(validateProcedureCode('WW019'))).toMatch(/5 digits/);
    expect(message(validateProcedureCode('W2019'))).toMatch(/ICD-10/); // W is outside A-V; W20.19 is a diagnosis
    expect(message(validateProcedureCode('3008X'))).toMatch(/5 digits/);
    expect(message(validateProcedureCode('F84.0'))).toMatch(/ICD-10/);
    expect(message(validateProcedureCode(''))).toMatch(/Enter/);
  });
  it('CPT and HCPCS checks accept only their own kind', () => {
    expect(validateCpt('97153').ok).toBe(true);
    expect(validateCpt('0362T').ok).toBe(true);
    expect(validateCpt('H2019').ok).toBe(false);
    expect(validateHcpcs('H2019').ok).toBe(true);
    expect(validateHcpcs('97153').ok).toBe(false);
    expect(validateHcpcs('Z1234').ok).toBe(false);
  });
});

describe('modifiers', () => {
  it('accepts two alphanumerics', () => {
    expect(value(validateModifier('gt'))).toBe('GT');
    expect(value(validateModifier('95'))).toBe('95');
    expect(validateModifier('G').ok).toBe(false);
    expect(validateModifier('GTX').ok).toBe(false);
    expect(validateModifier('G-').ok).toBe(false);
  });
  it('a procedure line may list up to 4 modifiers', () => {
    expect(value(validateModifiers('hn, 95'))).toBe('HN 95');
    expect(message(validateModifiers('HN 9'))).toMatch(/"9" is not a modifier/);
    expect(message(validateModifiers('A1 A2 A3 A4 A5'))).toMatch(/at most 4/);
  });
});

describe('address, phone and email', () => {
  it('ZIP: 5 or 9 digits', () => {
    expect(value(validateZip('78704'))).toBe('78704');
    expect(value(validateZip('78704-1234'))).toBe('78704-1234');
    expect(value(validateZip('787041234'))).toBe('78704-1234');
    expect(validateZip('7870').ok).toBe(false);
    expect(validateZip('787041').ok).toBe(false);
    expect(validateZip('7870A').ok).toBe(false);
  });
  it('state: US postal codes including DC and territories', () => {
    expect(value(validateState('tx'))).toBe('TX');
    expect(value(validateState('DC'))).toBe('DC');
    expect(value(validateState('PR'))).toBe('PR');
    expect(message(validateState('TE'))).toMatch(/"TE" is not a US state code/);
    expect(validateState('Texas').ok).toBe(false);
  });
  it('phone: 10 digits with an area code not starting 0 or 1', () => {
    expect(value(validatePhone('512-555-0142'))).toBe('(512) 555-0142');
    expect(value(validatePhone('1 (800) 555-0100'))).toBe('(800) 555-0100');
    expect(message(validatePhone('555-0142'))).toMatch(/10 digits/);
    expect(message(validatePhone('(012) 555-0142'))).toMatch(/area code/);
    expect(message(validatePhone('512 555 0142 ext 3'))).toMatch(/10 digits/);
  });
  it('email: name@domain.tld', () => {
    expect(validateEmail('intake@brightsteps.example').ok).toBe(true);
    expect(validateEmail('intake@brightsteps').ok).toBe(false);
    expect(validateEmail('in take@x.com').ok).toBe(false);
  });
});

describe('dates', () => {
  it('a calendar date in YYYY-MM-DD', () => {
    expect(validateDate('2028-02-29').ok).toBe(true);
    expect(message(validateDate('2026-02-29'))).toMatch(/not a calendar date/);
    expect(message(validateDate('2026-13-01'))).toMatch(/not a calendar date/);
    expect(message(validateDate('11/23/2026'))).toMatch(/2026-11-23/);
    expect(message(validateDate('1026-01-01'))).toMatch(/year 1026/);
  });
  it('start on or before end; unknown sides are fine', () => {
    expect(validateDateOrder('2026-12-01', '2027-05-31').ok).toBe(true);
    expect(validateDateOrder('2026-12-01', '2026-12-01').ok).toBe(true);
    expect(validateDateOrder('', '2026-12-01').ok).toBe(true);
    expect(message(validateDateOrder('2026-12-01', '2026-11-30'))).toMatch(/before the start date/);
  });
  it('date of birth not in the future', () => {
    expect(validateDob('2019-04-07', '2026-11-23').ok).toBe(true);
    expect(validateDob('2026-11-23', '2026-11-23').ok).toBe(true);
    expect(message(validateDob('2026-11-24', '2026-11-23'))).toMatch(/future/);
  });
  it('dates of past events are not in the future', () => {
    expect(validateNotFuture('2026-11-23', '2026-11-23').ok).toBe(true);
    expect(message(validateNotFuture('2026-11-24', '2026-11-23', 'The submission date'))).toBe(
      'The submission date (2026-11-24) is in the future; check the date.',
    );
    expect(message(validateNotFuture('2026-11-31', '2026-11-23'))).toMatch(/not a calendar date/);
  });
});

describe('caseWarnings', () => {
  it('the complete fixture case has no warnings', () => {
    expect(caseWarnings(completeBundle().case, '2026-11-23')).toEqual([]);
  });

  it('an empty draft has no warnings: missing values are not format problems', () => {
    const draft = CaseSchema.parse({ id: 'x', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' });
    expect(caseWarnings(draft, '2026-11-23')).toEqual([]);
  });

  it('points at each wrong field by its path', () => {
    const c = completeBundle().case;
    c.member.dob = '2030-01-01';
    c.providers.rendering.npi = '1749583022';
    c.providers.requesting.tin = '74123456';
    c.member.address.zip = '7870';
    c.plan.state = 'XX';
    c.contact.phone = '555-0190';
    c.service.diagnoses.push({ code: '97153', description: '' });
    c.service.procedures[1]!.code = 'F84.0';
    c.service.procedures[2]!.modifier = 'H';
    c.service.endDate = '2026-11-01';
    const warnings = caseWarnings(c, '2026-11-23');
    const paths = warnings.map((w) => w.path);
    expect(paths).toEqual([
      'member.dob',
      'member.address.zip',
      'plan.state',
      'providers.requesting.tin',
      'providers.rendering.npi',
      'contact.phone',
      'service.diagnoses.1.code',
      'service.procedures.1.code',
      'service.procedures.2.modifier',
      'service.endDate',
      'service.startDate', // care before the (mistyped) date of birth
    ]);
    expect(warnings.find((w) => w.path === 'service.endDate')?.message).toMatch(/before the start date/);
    expect(warnings.every((w) => w.message.length > 10)).toBe(true);
  });

  it('ignores the subscriber date of birth when the member is the subscriber', () => {
    const c = completeBundle().case;
    c.subscriber.dob = '2099-01-01';
    expect(caseWarnings(c, '2026-11-23').map((w) => w.path)).toEqual(['subscriber.dob']);
    c.subscriber.sameAsMember = true;
    expect(caseWarnings(c, '2026-11-23')).toEqual([]);
  });
});

describe('caseWarnings across fields', () => {
  it('flags a future submission date, care before birth, an agreement ending before it starts and a bad status date', () => {
    const c = completeBundle().case;
    c.request.submittedDate = '2026-12-01';
    c.member.dob = '2027-01-01';
    c.agreement.startDate = '2027-01-01';
    c.agreement.endDate = '2026-12-31';
    c.statusHistory[0]!.date = '2026-02-30';
    const warnings = caseWarnings(c, '2026-11-23');
    expect(warnings.map((w) => w.path)).toEqual([
      'member.dob',
      'request.submittedDate',
      'agreement.endDate',
      'service.startDate',
      'statusHistory.0.date',
    ]);
    expect(warnings.find((w) => w.path === 'service.startDate')?.message).toMatch(/before the member's date of birth \(2027-01-01\)/);
    expect(warnings.find((w) => w.path === 'agreement.endDate')?.message).toMatch(
      /agreement end date \(2026-12-31\) is before the start date/,
    );
  });
  it('flags the missing-information dates that would move the decision clock wrongly', () => {
    const c = completeBundle().case;
    c.request.infoRequestedDate = '2026-11-10';
    c.request.infoSentDate = '2026-11-09';
    expect(caseWarnings(c, '2026-11-23')).toEqual([
      {
        path: 'request.infoSentDate',
        message: 'The information was sent (2026-11-09) before the plan asked for it (2026-11-10); check both dates.',
      },
    ]);
    c.request.infoSentDate = '2026-11-30';
    expect(caseWarnings(c, '2026-11-23')).toEqual([
      { path: 'request.infoSentDate', message: 'The date the information was sent (2026-11-30) is in the future; check the date.' },
    ]);
    c.request.infoSentDate = '2026-11-12';
    expect(caseWarnings(c, '2026-11-23')).toEqual([]);
  });
  it('is empty for the complete fixture and names a bad check digit', () => {
    const c = completeBundle().case;
    expect(caseWarnings(c, '2026-11-23')).toEqual([]);
    c.providers.referring.npi = '1987654320';
    expect(caseWarnings(c, '2026-11-23').map((w) => w.path)).toEqual(['providers.referring.npi']);
  });
});
