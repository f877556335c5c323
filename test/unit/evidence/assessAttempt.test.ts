import { describe, expect, it } from 'vitest';
import { assessAttempt, careCategoryOf } from '../../../lib/evidence';
import { attempt, bundleWith } from '../clocks/bundles';

const plan = (lineOfBusiness: string, state = '') => ({ lineOfBusiness, state }) as { lineOfBusiness: 'marketplace'; state: string };

describe('assessAttempt: wait standards by plan type', () => {
  it('Marketplace behavioral health: a 12-business-day wait exceeds the 10-day standard; 10 does not', () => {
    const b = assessAttempt(attempt({ waitDays: 12, date: '2026-10-21' }), plan('marketplace'), 'behavioral-health');
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ kind: 'wait', actual: 12, limit: 10, unit: 'business days' });
    expect(b[0]!.source).toMatch(/45 CFR 156\.230/);
    expect(b[0]!.message).toMatch(/exceeds the 10-business-day standard/);
    expect(assessAttempt(attempt({ waitDays: 10 }), plan('marketplace'), 'behavioral-health')).toEqual([]);
  });

  it('Marketplace specialty care allows 30 business days', () => {
    expect(assessAttempt(attempt({ waitDays: 25 }), plan('marketplace'), 'specialty')).toEqual([]);
    expect(assessAttempt(attempt({ waitDays: 31 }), plan('marketplace'), 'specialty')[0]!.limit).toBe(30);
  });

  it('Medicaid managed care outpatient mental health: 10 business days (42 CFR 438.68(e)), upcoming before rating periods from 07/09/2027', () => {
    const before = assessAttempt(attempt({ waitDays: 45, date: '2026-11-02' }), plan('medicaid-mco'), 'behavioral-health');
    expect(before[0]!.limit).toBe(10);
    expect(before[0]!.source).toMatch(/42 CFR 438\.68\(e\).*07\/09\/2027/);
    expect(before[0]!.message).toMatch(/exceeds the 10-business-day upcoming \(from 07\/09\/2027\) standard/);
    const after = assessAttempt(attempt({ waitDays: 45, date: '2027-08-02' }), plan('medicaid-mco'), 'behavioral-health');
    expect(after[0]!.message).toMatch(/exceeds the 10-business-day standard/);
  });

  it('Medicare Advantage (42 CFR 422.112(a)(6)(i)): 7 business days for primary care and behavioral health that need attention; no wait standard for specialty care', () => {
    expect(assessAttempt(attempt({ waitDays: 8 }), plan('medicare-advantage'), 'behavioral-health')[0]!.limit).toBe(7);
    expect(assessAttempt(attempt({ waitDays: 8 }), plan('medicare-advantage'), 'primary')[0]!.limit).toBe(7);
    expect(assessAttempt(attempt({ waitDays: 60 }), plan('medicare-advantage'), 'specialty')).toEqual([]);
  });

  it('TRICARE counts calendar days: 20 business days from a date is 28 calendar days (not over), 21 is over', () => {
    // From Mon 2026-11-02: 20 business days with Veterans Day and Thanksgiving off ends Dec 2 (30 days).
    const over = assessAttempt(attempt({ waitDays: 20, date: '2026-11-02' }), plan('tricare'), 'specialty');
    expect(over[0]).toMatchObject({ kind: 'wait', actual: 30, limit: 28, unit: 'days' });
    // In a month without holidays 20 business days are exactly 28 calendar days.
    expect(assessAttempt(attempt({ waitDays: 20, date: '2026-08-03' }), plan('tricare'), 'specialty')).toEqual([]);
    expect(assessAttempt(attempt({ waitDays: 21, date: '2026-08-03' }), plan('tricare'), 'specialty')).toHaveLength(1);
  });

  it('no standard on file (self-funded plan outside the table): no breaches', () => {
    expect(assessAttempt(attempt({ waitDays: 400, distanceMiles: 300 }), plan('self-funded-erisa'), 'behavioral-health')).toEqual([]);
  });
});

describe('assessAttempt: distance standards', () => {
  it('California: 15 miles (or 30 minutes) is the primary care and hospital figure (28 CCR 1300.51), not one for mental health or specialists', () => {
    const b = assessAttempt(attempt({ distanceMiles: 20 }), plan('commercial-fully-insured', 'CA'), 'primary');
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ kind: 'distance', actual: 20, limit: 15 });
    expect(b[0]!.source).toMatch(/1300\.51/);
    expect(assessAttempt(attempt({ distanceMiles: 12 }), plan('commercial-fully-insured', 'CA'), 'primary')).toEqual([]);
    // No Medi-Cal rural 60-mile figure for a commercial plan, and no distance figure for mental health.
    expect(assessAttempt(attempt({ distanceMiles: 68 }), plan('commercial-fully-insured', 'CA'), 'behavioral-health')).toEqual([]);
  });

  it('California waits (28 CCR 1300.67.2.2(c)(5)): 10 business days for primary care and non-physician mental health, 15 for specialists', () => {
    expect(assessAttempt(attempt({ waitDays: 11 }), plan('commercial-fully-insured', 'CA'), 'behavioral-health')[0]!.limit).toBe(10);
    expect(assessAttempt(attempt({ waitDays: 11 }), plan('commercial-fully-insured', 'CA'), 'primary')[0]!.limit).toBe(10);
    expect(assessAttempt(attempt({ waitDays: 11 }), plan('commercial-fully-insured', 'CA'), 'specialty')).toEqual([]);
    expect(assessAttempt(attempt({ waitDays: 16 }), plan('commercial-fully-insured', 'CA'), 'specialty')[0]!.limit).toBe(15);
  });

  it('Texas commercial has no state figure in the table: no distance breach', () => {
    expect(assessAttempt(attempt({ distanceMiles: 68 }), plan('commercial-fully-insured', 'TX'), 'behavioral-health')).toEqual([]);
  });
});

describe('careCategoryOf', () => {
  it('an ABA case is behavioral health; a knee surgery is specialty care', () => {
    expect(careCategoryOf(bundleWith().case)).toBe('behavioral-health');
    const ortho = bundleWith({
      service: {
        diagnoses: [{ code: 'M17.11', description: '' }],
        procedures: [{ code: '27447', modifier: '', description: '', frequency: '' }],
      },
    });
    expect(careCategoryOf(ortho.case)).toBe('specialty');
  });
});
