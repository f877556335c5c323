import { describe, expect, it } from 'vitest';
import { fieldName, pathWords } from '../../../lib/case/pathWords';
import { caseWarnings } from '../../../lib/case/validate';
import { caseWithEveryWarning, shapeOf, WARNING_PATH_SHAPES } from './everyWarning';

const warnedPaths = () => [...new Set(caseWarnings(caseWithEveryWarning(), '2026-11-10').map((w) => w.path))];

describe('fieldName: a warning path in words', () => {
  it('names a field by its group and the field, as the case editor does', () => {
    expect(fieldName('providers.rendering.npi')).toBe('Rendering provider: NPI');
    expect(fieldName('providers.facility.tin')).toBe('Facility: tax ID (TIN)');
    expect(fieldName('member.dob')).toBe('Member: date of birth');
    expect(fieldName('contact.email')).toBe('Contact person: email');
    expect(fieldName('pcp.fax')).toBe('Primary care provider: fax');
    expect(fieldName('continuity.providerTerminationDate')).toBe('Continuity of care: provider left network on');
    expect(fieldName('followUp.nextDue')).toBe('Follow-up: next follow-up');
  });

  it('names an address field by the address group the editor shows it in', () => {
    expect(fieldName('member.address.zip')).toBe('Member address: ZIP');
    expect(fieldName('providers.requesting.address.state')).toBe('Requesting provider address: state');
  });

  it('numbers list rows from 1, as the editor labels them', () => {
    expect(fieldName('service.diagnoses.0.code')).toBe('Diagnosis 1: code');
    expect(fieldName('service.procedures.2.modifier')).toBe('Procedure line 3: modifier');
    expect(fieldName('agreement.approvedCodes.9.code')).toBe('Approved code 10: code');
  });

  it('tells status changes apart by their number in the history', () => {
    expect(fieldName('statusHistory.0.date')).toBe('Status change 1: date');
    expect(fieldName('statusHistory.4.date')).toBe('Status change 5: date');
  });

  it('names a top-level field on its own, capitalised', () => {
    expect(fieldName('clinicalRationale')).toBe('Clinical rationale');
    expect(pathWords('exceptionReasons')).toEqual({ field: 'Reasons for the exception' });
  });

  it('falls back to the raw segment for a path it has no words for', () => {
    expect(fieldName('somethingNew')).toBe('SomethingNew');
    expect(fieldName('member.somethingNew')).toBe('Member: somethingNew');
  });

  it('the fixture with wrong values warns on every path the validators check', () => {
    expect(new Set(warnedPaths().map(shapeOf))).toEqual(new Set(WARNING_PATH_SHAPES));
  });

  it('names every warned path with a group and words, never a raw path, and no two alike', () => {
    const paths = warnedPaths();
    const names = paths.map(fieldName);
    for (const [i, path] of paths.entries()) {
      const name = names[i]!;
      expect(pathWords(path).group, path).toBeTruthy();
      expect(name, path).toMatch(/^[A-Z][^:]*: \S/);
      // A raw segment shows as camelCase or a dotted path.
      expect(name, path).not.toMatch(/[a-z][A-Z]|\./);
    }
    expect(new Set(names).size).toBe(paths.length);
  });
});
