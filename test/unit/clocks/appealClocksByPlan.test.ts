// Appeal clocks outside employer and individual plans (Medicare Advantage, Medicaid managed care,
// TRICARE) and the external review "four months", each from a worked example of its primary text.
import { describe, expect, it } from 'vitest';
import type { LineOfBusiness } from '../../../lib/case/schema';
import { computeDeadlines, type Deadline } from '../../../lib/clocks';
import { bundleWith, statusEvent } from './bundles';

const byId = (ds: Deadline[], id: string) => ds.find((d) => d.id === id);
const ids = (ds: Deadline[]) => ds.map((d) => d.id);
const plan = (lineOfBusiness: LineOfBusiness) => ({ payer: 'Plan', lineOfBusiness });

/** Denied on 11/20/2026 (the date on the denial notice). */
function deniedOn(lineOfBusiness: LineOfBusiness, priority: 'standard' | 'urgent' = 'standard') {
  return bundleWith({
    plan: plan(lineOfBusiness),
    status: 'denied',
    request: { submittedDate: '2026-11-02', priority },
    statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('denied', '2026-11-20')],
  });
}

/** Denied 11/20, appealed (reconsideration asked) 12/01/2026. */
function appealedOn(
  lineOfBusiness: LineOfBusiness,
  request: { priority?: 'standard' | 'urgent'; timing?: 'pre-service' | 'post-service' } = {},
) {
  return bundleWith({
    plan: plan(lineOfBusiness),
    status: 'appeal',
    request: { submittedDate: '2026-11-02', ...request },
    statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('denied', '2026-11-20'), statusEvent('appeal', '2026-12-01')],
  });
}

describe('Medicare Advantage reconsideration (42 CFR 422.582, 422.590)', () => {
  it('a denial dated 11/20 must be appealed by 01/24/2027 (65 days), not only the peer-to-peer date', () => {
    const ds = computeDeadlines(deniedOn('medicare-advantage'), '2026-11-21');
    const d = byId(ds, 'ma-reconsideration-request')!;
    expect([d.due, d.status]).toEqual(['2027-01-24', 'upcoming']);
    expect(d.source).toMatch(/42 CFR 422\.582/);
    // The ERISA 180-day window is not a Medicare Advantage rule.
    expect(ids(ds)).not.toContain('appeal-filing');
  });

  it('reconsideration asked 12/01: decided by 12/31 (30 days), 12/04 expedited (72 hours), 01/30/2027 for payment (60 days)', () => {
    expect(byId(computeDeadlines(appealedOn('medicare-advantage'), '2026-12-02'), 'ma-reconsideration-decision')!.due).toBe('2026-12-31');
    expect(
      byId(
        computeDeadlines(appealedOn('medicare-advantage', { priority: 'urgent' }), '2026-12-02'),
        'ma-reconsideration-decision-expedited',
      )!.due,
    ).toBe('2026-12-04');
    const payment = computeDeadlines(appealedOn('medicare-advantage', { timing: 'post-service' }), '2026-12-02');
    expect(byId(payment, 'ma-reconsideration-decision-payment')!.due).toBe('2027-01-30');
    expect(ids(payment)).not.toContain('ma-reconsideration-decision');
  });

  it('filing the reconsideration meets the 65-day window', () => {
    expect(byId(computeDeadlines(appealedOn('medicare-advantage'), '2026-12-02'), 'ma-reconsideration-request')!.status).toBe('met');
  });
});

describe('Medicaid managed care appeal (42 CFR 438.402, 438.408)', () => {
  it('a denial dated 11/20 must be appealed by 01/19/2027 (60 days)', () => {
    const d = byId(computeDeadlines(deniedOn('medicaid-mco'), '2026-11-21'), 'medicaid-appeal-request')!;
    expect(d.due).toBe('2027-01-19');
    expect(d.source).toMatch(/438\.402\(c\)\(2\)\(ii\)/);
  });

  it('appeal filed 12/01: resolved by 12/31 (30 days) or 12/04 when expedited (72 hours)', () => {
    expect(byId(computeDeadlines(appealedOn('medicaid-mco'), '2026-12-02'), 'medicaid-appeal-decision')!.due).toBe('2026-12-31');
    expect(
      byId(computeDeadlines(appealedOn('medicaid-mco', { priority: 'urgent' }), '2026-12-02'), 'medicaid-appeal-decision-expedited')!.due,
    ).toBe('2026-12-04');
  });

  it('the plan upholds the denial on 12/28: a State fair hearing may be asked until 04/27/2027 (120 days)', () => {
    const upheld = bundleWith({
      plan: plan('medicaid-mco'),
      status: 'denied',
      statusHistory: [statusEvent('denied', '2026-11-20'), statusEvent('appeal', '2026-12-01'), statusEvent('denied', '2026-12-28')],
    });
    const ds = computeDeadlines(upheld, '2027-01-02');
    expect(byId(ds, 'medicaid-fair-hearing')!.due).toBe('2027-04-27');
    expect(byId(ds, 'medicaid-fair-hearing')!.source).toMatch(/438\.408\(f\)/);
    // External review under the ACA is not the Medicaid route.
    expect(ids(ds)).not.toContain('external-review-request');
  });
});

describe('TRICARE reconsideration (32 CFR 199.10)', () => {
  it('a denial dated 11/20 may be reconsidered until 02/18/2027 (90 days)', () => {
    const ds = computeDeadlines(deniedOn('tricare'), '2026-11-21');
    expect(byId(ds, 'tricare-reconsideration-request')!.due).toBe('2027-02-18');
    expect(ids(ds)).not.toContain('appeal-filing');
  });
});

describe('external review: four months, with the rule for missing days and weekends', () => {
  const finalDenial = (date: string) =>
    bundleWith({
      status: 'denied',
      statusHistory: [statusEvent('denied', '2026-09-01'), statusEvent('appeal', '2026-09-15'), statusEvent('denied', date)],
    });

  it("a final denial received 10/30 has no 02/30: the last day is 03/01 (the rule's own example)", () => {
    // 03/01/2027 is a Monday, a business day.
    expect(byId(computeDeadlines(finalDenial('2026-10-30'), '2026-11-01'), 'external-review-request')!.due).toBe('2027-03-01');
  });

  it('a last day on a weekend or federal holiday moves to the next business day', () => {
    // 10/16/2026 + 4 months = Tuesday 02/16/2027: stays. 10/13/2026 + 4 months = Saturday 02/13/2027 -> Tuesday 02/16
    // (Monday 02/15/2027 is Washington's Birthday).
    expect(byId(computeDeadlines(finalDenial('2026-10-16'), '2026-11-01'), 'external-review-request')!.due).toBe('2027-02-16');
    expect(byId(computeDeadlines(finalDenial('2026-10-13'), '2026-11-01'), 'external-review-request')!.due).toBe('2027-02-16');
  });

  it('says that grandfathered plans are exempt, since the case does not record it', () => {
    const d = byId(computeDeadlines(finalDenial('2026-10-30'), '2026-11-01'), 'external-review-request')!;
    expect(d.rule).toMatch(/^If your plan is not grandfathered/);
    expect(d.note).toMatch(/Grandfathered plans are exempt/);
  });
});

describe('expedited external review (45 CFR 147.136(d); 29 CFR 2590.715-2719(d))', () => {
  it('an urgent external review requested 01/04/2027 is decided by 01/07 (72 hours); a standard one by 02/18 (45 days)', () => {
    const history = [
      statusEvent('denied', '2026-11-20'),
      statusEvent('appeal', '2026-12-01'),
      statusEvent('denied', '2026-12-28'),
      statusEvent('external-review', '2027-01-04'),
    ];
    const urgent = bundleWith({
      status: 'external-review',
      request: { submittedDate: '2026-11-02', priority: 'urgent' },
      statusHistory: history,
    });
    const ds = computeDeadlines(urgent, '2027-01-05');
    expect(byId(ds, 'external-review-decision-expedited')!.due).toBe('2027-01-07');
    expect(ids(ds)).not.toContain('external-review-decision');
    const standard = bundleWith({ status: 'external-review', statusHistory: history });
    expect(byId(computeDeadlines(standard, '2027-01-05'), 'external-review-decision')!.due).toBe('2027-02-18');
  });
});
