// Rules that depend on the plan type: legal hooks, review rights and balance billing, in the texts and
// the checklist. Each case below is the rule's own situation (a Texas HMO member, a Medicaid ABA case ...).
import { describe, expect, it } from 'vitest';
import { deriveChecklist, type Checklist } from '../../../lib/checklist';
import { allTemplates } from '../../../lib/justify/library';
import { legalHooksFor, reviewRightsText } from '../../../lib/justify/legalHooks';
import { balanceBillingBar } from '../../../lib/justify/balanceBilling';
import type { LineOfBusiness } from '../../../lib/case/schema';
import { bundleWith, statusEvent } from '../clocks/bundles';

const item = (c: Checklist, id: string) => c.stages.flatMap((s) => s.items).find((i) => i.id === id);
const withPlan = (lineOfBusiness: LineOfBusiness, state = 'TX', patch = {}) =>
  bundleWith({ plan: { payer: 'Plan', lineOfBusiness, state }, ...patch });

describe('legal hooks by plan type and state', () => {
  it('Texas 28 TAC 3.3708 is stated for PPO and EPO plans, not HMOs (the case does not say which)', () => {
    const tx = legalHooksFor(withPlan('commercial-fully-insured').case).find((h) => h.id === 'tx-28-tac-3-3708')!;
    expect(tx.text).toMatch(/^For preferred and exclusive provider benefit plans \(PPO and EPO plans, not HMOs\)/);
    // A self-funded plan is not under Texas insurance rules.
    expect(legalHooksFor(withPlan('self-funded-erisa').case).map((h) => h.id)).not.toContain('tx-28-tac-3-3708');
  });

  it('parity for a Medicaid managed care ABA case cites 42 CFR 438.910, not the private-coverage MHPAEA rules', () => {
    const ids = legalHooksFor(withPlan('medicaid-mco').case).map((h) => h.id);
    expect(ids).toContain('medicaid-parity-438-910');
    expect(ids).not.toContain('mhpaea-nqtl');
    expect(legalHooksFor(withPlan('commercial-fully-insured').case).map((h) => h.id)).toContain('mhpaea-nqtl');
  });

  it('external review is stated only for a plan that is not grandfathered; self-funded plans cite 29 CFR 2590.715-2719', () => {
    expect(reviewRightsText(withPlan('commercial-fully-insured').case)).toMatch(/^If the plan is not grandfathered/);
    expect(reviewRightsText(withPlan('self-funded-erisa').case)).toMatch(/29 CFR 2590\.715-2719/);
    expect(reviewRightsText(withPlan('medicaid-mco').case)).toMatch(/State fair hearing/);
  });
});

describe('balance billing where the plan type bars it', () => {
  it('Medicaid (42 CFR 447.15) and Medicare Advantage bar it; employer plans do not', () => {
    expect(balanceBillingBar('medicaid-mco')!.source).toMatch(/447\.15/);
    expect(balanceBillingBar('medicare-advantage')!.source).toMatch(/422\.112/);
    expect(balanceBillingBar('commercial-fully-insured')).toBeUndefined();
  });

  it('the patient acknowledgement of a higher cost is not offered to a Medicaid or Medicare Advantage case', () => {
    const offered = (lob: LineOfBusiness) => allTemplates([], withPlan(lob).case).some((t) => t.id === 'patient-acknowledgement');
    expect(offered('medicaid-mco')).toBe(false);
    expect(offered('medicare-advantage')).toBe(false);
    expect(offered('commercial-fully-insured')).toBe(true);
    // Without a case the library lists everything.
    expect(allTemplates([]).some((t) => t.id === 'patient-acknowledgement')).toBe(true);
  });

  it('checklist: a Medicaid case marked "patient owes more" gets the bar with its source, not an acknowledgement to sign', () => {
    const rates = { lines: [], patientOwesMore: true };
    const medicaid = deriveChecklist(withPlan('medicaid-mco', 'TX', { status: 'approved', rates }), '2026-11-05');
    expect(item(medicaid, 'patient-acknowledgement')).toBeUndefined();
    expect(item(medicaid, 'no-balance-billing')!.why).toMatch(/42 CFR 447\.15/);
    expect(item(medicaid, 'eob-checked')!.why).toMatch(/447\.15/);
    const employer = deriveChecklist(withPlan('commercial-fully-insured', 'TX', { status: 'approved', rates }), '2026-11-05');
    // First ask whether the agreement itself bars it, then the acknowledgement.
    expect(item(employer, 'agreement-balance-billing')).toBeDefined();
    expect(item(employer, 'patient-acknowledgement')).toBeDefined();
    expect(item(employer, 'eob-checked')!.why).toMatch(/unless the agreement bars it/);
  });
});

describe('checklist follows the plan type', () => {
  it('the appeal item of a denied Medicare Advantage case points at the 65-day reconsideration date', () => {
    const b = withPlan('medicare-advantage', 'TX', {
      status: 'denied',
      statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('denied', '2026-11-20')],
    });
    const filed = item(deriveChecklist(b, '2026-11-21'), 'appeal-filed')!;
    expect(filed.why).toMatch(/65 days .*422\.582/);
    expect(filed.due).toBe('2027-01-24');
  });

  it('the transition-of-care date is linked for UnitedHealthcare only', () => {
    const draft = (payer: string) =>
      bundleWith({
        status: 'draft',
        plan: { payer, lineOfBusiness: 'commercial-fully-insured' },
        request: { submittedDate: '' },
        continuity: { coverageStartDate: '2026-10-01' },
      });
    expect(item(deriveChecklist(draft('UnitedHealthcare'), '2026-10-05'), 'request-submitted')!.due).toBe('2026-10-31');
    expect(item(deriveChecklist(draft('Aetna'), '2026-10-05'), 'request-submitted')!.due).toBeUndefined();
  });
});
