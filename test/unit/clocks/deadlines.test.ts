import { describe, expect, it } from 'vitest';
import { computeDeadlines, type Deadline } from '../../../lib/clocks';
import { bundleWith, call, statusEvent } from './bundles';

const byId = (ds: Deadline[], id: string) => ds.find((d) => d.id === id);

describe('decision due by priority and plan type', () => {
  it('standard commercial request: 15 calendar days from submission, with the DOL rule cited', () => {
    const d = byId(computeDeadlines(bundleWith(), '2026-11-05'), 'decision-standard')!;
    expect(d.due).toBe('2026-11-17');
    expect(d.basis).toBe('calendar');
    expect(d.rule).toMatch(/15 calendar days/);
    expect(d.source).toMatch(/29 CFR 2560\.503-1/);
    expect(d.status).toBe('upcoming');
    expect(d.overridden).toBe(false);
  });

  it('urgent commercial request: 72 hours', () => {
    const ds = computeDeadlines(bundleWith({ request: { priority: 'urgent', submittedDate: '2026-11-02' } }), '2026-11-03');
    expect(byId(ds, 'decision-urgent')!.due).toBe('2026-11-05');
    expect(byId(ds, 'decision-standard')).toBeUndefined();
  });

  it('Medicaid managed care from 2026: 7 calendar days (CMS-0057-F); none of the ERISA rules', () => {
    const ds = computeDeadlines(bundleWith({ plan: { lineOfBusiness: 'medicaid-mco' } }), '2026-11-05');
    const d = byId(ds, 'decision-cms-standard')!;
    expect(d.due).toBe('2026-11-09');
    expect(d.source).toMatch(/CMS-0057-F/);
    expect(byId(ds, 'decision-standard')).toBeUndefined();
  });

  it('due soon within 3 days, overdue after, met once a decision is recorded', () => {
    expect(byId(computeDeadlines(bundleWith(), '2026-11-15'), 'decision-standard')!.status).toBe('due-soon');
    const today = byId(computeDeadlines(bundleWith(), '2026-11-17'), 'decision-standard')!;
    expect([today.status, today.daysLeft]).toEqual(['due-soon', 0]);
    expect(byId(computeDeadlines(bundleWith(), '2026-11-18'), 'decision-standard')!.status).toBe('overdue');
    const decided = bundleWith({
      status: 'approved',
      statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('approved', '2026-11-12')],
    });
    expect(byId(computeDeadlines(decided, '2026-11-20'), 'decision-standard')!.status).toBe('met');
  });
});

describe('after a denial', () => {
  const denied = bundleWith({
    status: 'denied',
    statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('denied', '2026-11-20', 'Comparable in-network option exists')],
  });

  it('peer-to-peer (5 days), appeal window (180 days) and no external review before an appeal', () => {
    const ds = computeDeadlines(denied, '2026-11-21');
    expect(byId(ds, 'peer-to-peer')!.due).toBe('2026-11-25');
    expect(byId(ds, 'peer-to-peer')!.status).toBe('upcoming');
    expect(byId(computeDeadlines(denied, '2026-11-23'), 'peer-to-peer')!.status).toBe('due-soon');
    expect(byId(ds, 'appeal-filing')!.due).toBe('2027-05-19');
    expect(byId(ds, 'appeal-filing')!.source).toMatch(/\(h\)\(3\)/);
    expect(byId(ds, 'external-review-request')).toBeUndefined();
  });

  it('peer-to-peer counts as met when the checklist item is ticked', () => {
    const ticked = bundleWith({ ...denied.case, checklistTicks: { 'peer-to-peer-requested': true } });
    expect(byId(computeDeadlines(ticked, '2026-11-21'), 'peer-to-peer')!.status).toBe('met');
  });

  it('final internal denial opens a 4-month external review window', () => {
    const b = bundleWith({
      status: 'denied',
      statusHistory: [statusEvent('denied', '2026-11-20'), statusEvent('appeal', '2026-12-01'), statusEvent('denied', '2026-12-28')],
    });
    const ds = computeDeadlines(b, '2027-01-02');
    expect(byId(ds, 'appeal-filing')!.status).toBe('met');
    expect(byId(ds, 'external-review-request')!.due).toBe('2027-04-28');
  });

  it('external review requested: decision due in 45 days', () => {
    const b = bundleWith({
      status: 'external-review',
      statusHistory: [
        statusEvent('denied', '2026-11-20'),
        statusEvent('appeal', '2026-12-01'),
        statusEvent('denied', '2026-12-28'),
        statusEvent('external-review', '2027-01-04'),
      ],
    });
    const ds = computeDeadlines(b, '2027-01-05');
    expect(byId(ds, 'external-review-request')!.status).toBe('met');
    expect(byId(ds, 'external-review-decision')!.due).toBe('2027-02-18');
  });
});

describe('continuity of care, agreement end and follow-up', () => {
  it('continuity of care runs 90 days, for a continuing-care patient on employer or individual coverage only (PHS Act 2799A-3)', () => {
    const continuity = { coverageStartDate: '2026-10-01', providerTerminationDate: '2026-10-15', activeTreatment: true };
    const b = bundleWith({ status: 'draft', request: { submittedDate: '' }, continuity });
    // 10/15/2026 + 90 days = 01/13/2027.
    expect(byId(computeDeadlines(b, '2026-10-20'), 'continuity-of-care')!.due).toBe('2027-01-13');
    expect(byId(computeDeadlines(b, '2026-10-20'), 'continuity-of-care')!.rule).toMatch(/90 days from the plan’s notice/);
    // Not a continuing-care patient: no protected period.
    const notInCare = bundleWith({
      status: 'draft',
      request: { submittedDate: '' },
      continuity: { ...continuity, activeTreatment: false },
    });
    expect(byId(computeDeadlines(notInCare, '2026-10-20'), 'continuity-of-care')).toBeUndefined();
    // Medicaid, Medicare Advantage and TRICARE are outside the No Surprises Act's continuity rule.
    for (const lineOfBusiness of ['medicaid-mco', 'medicare-advantage', 'tricare'] as const) {
      const other = bundleWith({ status: 'draft', request: { submittedDate: '' }, continuity, plan: { ...b.case.plan, lineOfBusiness } });
      expect([lineOfBusiness, byId(computeDeadlines(other, '2026-10-20'), 'continuity-of-care')]).toEqual([lineOfBusiness, undefined]);
    }
  });

  it("the transition-of-care window is UnitedHealthcare's policy: 30 days from coverage start, for that payer only", () => {
    const continuity = { coverageStartDate: '2026-10-01', providerTerminationDate: '', activeTreatment: true };
    const uhc = bundleWith({
      status: 'draft',
      request: { submittedDate: '' },
      continuity,
      plan: { payer: 'UnitedHealthcare', lineOfBusiness: 'commercial-fully-insured' },
    });
    const d = byId(computeDeadlines(uhc, '2026-10-20'), 'transition-of-care-request')!;
    expect([d.due, d.status]).toEqual(['2026-10-31', 'upcoming']);
    // The fixture's payer is Aetna: no UnitedHealthcare window.
    const aetna = bundleWith({ status: 'draft', request: { submittedDate: '' }, continuity });
    expect(byId(computeDeadlines(aetna, '2026-10-20'), 'transition-of-care-request')).toBeUndefined();
  });

  it('agreement end date and the extension reminder 14 days before it', () => {
    const b = bundleWith({
      status: 'approved',
      agreement: {
        authorizationNumber: 'AUTH1',
        startDate: '2026-12-01',
        endDate: '2027-05-31',
        approvedCodes: [{ code: '97153', units: 480 }],
      },
    });
    const ds = computeDeadlines(b, '2027-05-20');
    expect(byId(ds, 'agreement-end')!.due).toBe('2027-05-31');
    expect(byId(ds, 'extension-request')!.due).toBe('2027-05-17');
    expect(byId(ds, 'extension-request')!.status).toBe('overdue');
  });

  it('follow-up uses the scheduled date, else 3 business days after the last contact', () => {
    expect(byId(computeDeadlines(bundleWith(), '2026-11-05'), 'follow-up-call')!.due).toBe('2026-11-06');
    // The call at 10 am local time on Wed Nov 4 (a fixed UTC instant would fall on another day in Tokyo).
    const unscheduled = bundleWith(
      { followUp: { intervalBusinessDays: 3, nextDue: '' } },
      { calls: [call({ startedAt: new Date(2026, 10, 4, 10).toISOString() })] },
    );
    const d = byId(computeDeadlines(unscheduled, '2026-11-05'), 'follow-up-call')!;
    // Last contact: the call of Wed Nov 4; 3 business days later skips the weekend.
    expect(d.due).toBe('2026-11-09');
    const friday = bundleWith(
      { followUp: { intervalBusinessDays: 3, nextDue: '' } },
      { calls: [call({ startedAt: new Date(2026, 10, 6, 10).toISOString() })] },
    );
    // A call on Friday Nov 6: Mon 9, Tue 10, then Veterans Day (Wed 11) is skipped.
    expect(byId(computeDeadlines(friday, '2026-11-06'), 'follow-up-call')!.due).toBe('2026-11-12');
    expect(d.basis).toBe('business');
  });

  it('no follow-up deadline once the case is approved', () => {
    const b = bundleWith({ status: 'approved' });
    expect(byId(computeDeadlines(b, '2026-11-05'), 'follow-up-call')).toBeUndefined();
  });
});

describe('overrides', () => {
  it("the user's date wins and is marked", () => {
    const b = bundleWith({ deadlineOverrides: { 'decision-standard': '2026-12-02' } });
    const d = byId(computeDeadlines(b, '2026-11-20'), 'decision-standard')!;
    expect(d.due).toBe('2026-12-02');
    expect(d.overridden).toBe(true);
    expect(d.status).toBe('upcoming');
  });

  it('an override dates a deadline whose event is missing (peer-to-peer date from the letter)', () => {
    const b = bundleWith({
      status: 'denied',
      statusHistory: [{ status: 'denied', date: '', at: '2026-11-20T15:00:00.000Z', note: '' }],
      deadlineOverrides: { 'peer-to-peer': '2026-11-30' },
    });
    const d = byId(computeDeadlines(b, '2026-11-21'), 'peer-to-peer')!;
    expect(d.due).toBe('2026-11-30');
    expect(d.from.date).toBe('');
  });

  it('deadlines come soonest first', () => {
    const dues = computeDeadlines(bundleWith(), '2026-11-05').map((d) => d.due);
    expect(dues).toEqual([...dues].sort());
    expect(dues.length).toBeGreaterThan(1);
  });
});
