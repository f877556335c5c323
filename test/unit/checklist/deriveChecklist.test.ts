import { describe, expect, it } from 'vitest';
import { deriveChecklist, STAGE_IDS, type Checklist } from '../../../lib/checklist';
import { attempt, bundleWith, call, statusEvent, usage } from '../clocks/bundles';
import { completeBundle } from '../../fixtures/cases/complete';

const stage = (c: Checklist, id: string) => c.stages.find((s) => s.id === id)!;
const item = (c: Checklist, id: string) => c.stages.flatMap((s) => s.items).find((i) => i.id === id);

const draft = (patch = {}, records = {}) =>
  bundleWith({ status: 'draft', statusHistory: [statusEvent('draft', '2026-10-20')], request: { submittedDate: '' }, ...patch }, records);

describe('stages and the current stage', () => {
  it('has the eight stages of domain.md in order', () => {
    expect(deriveChecklist(bundleWith(), '2026-11-05').stages.map((s) => s.id)).toEqual([...STAGE_IDS]);
  });

  it('a draft with missing diagnosis is in "prepare", and the missing item jumps to the field', () => {
    const c = deriveChecklist(draft({ service: { diagnoses: [], procedures: [] } }), '2026-10-25');
    expect(c.currentStage).toBe('prepare');
    const dx = c.missingForNextStep.find((i) => i.id === 'diagnosis-recorded')!;
    expect(dx).toMatchObject({ auto: true, done: false, goTo: { kind: 'field', path: 'service.diagnoses.0.code' } });
    expect(c.missingForNextStep.map((i) => i.id)).toContain('procedures-recorded');
  });

  it('a pending case is in "follow-up"; later stages do not apply yet', () => {
    const c = deriveChecklist(bundleWith(), '2026-11-05');
    expect(c.currentStage).toBe('follow-up');
    expect(stage(c, 'decision').applicable).toBe(false);
    expect(stage(c, 'appeal').applicable).toBe(false);
    expect(stage(c, 'agreement').applicable).toBe(false);
  });

  it('a denied case is in "appeal" with the peer-to-peer due date on its item', () => {
    const b = bundleWith({
      status: 'denied',
      statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('denied', '2026-11-20', 'Comparable in-network option exists')],
    });
    const c = deriveChecklist(b, '2026-11-21');
    expect(c.currentStage).toBe('appeal');
    expect(item(c, 'peer-to-peer-requested')).toMatchObject({ done: false, auto: false, due: '2026-11-25' });
    expect(item(c, 'denial-reason-recorded')!.done).toBe(true);
    expect(item(c, 'appeal-filed')!.done).toBe(false);
    expect(item(c, 'external-review-requested')).toBeUndefined();
  });
});

describe('prepare', () => {
  it('flags an NPI with a wrong check digit, with the validator message', () => {
    const b = draft({
      providers: { ...bundleWith().case.providers, rendering: { ...bundleWith().case.providers.rendering, npi: '1749583022' } },
    });
    const npi = item(deriveChecklist(b, '2026-10-25'), 'provider-npi-valid')!;
    expect(npi.done).toBe(false);
    expect(npi.detail).toMatch(/check digit/);
    expect(npi.goTo).toEqual({ kind: 'field', path: 'providers.rendering.npi' });
  });

  it('the complete fixture has its prepare data; the manual confirmation follows the tick', () => {
    const c = deriveChecklist(draft(), '2026-10-25');
    expect(
      stage(c, 'prepare')
        .items.filter((i) => i.auto)
        .every((i) => i.done),
    ).toBe(true);
    expect(item(c, 'out-of-network-needed')!.done).toBe(false);
    const ticked = deriveChecklist(draft({ checklistTicks: { 'out-of-network-needed': true } }), '2026-10-25');
    expect(item(ticked, 'out-of-network-needed')!.done).toBe(true);
  });
});

describe('prove the gap', () => {
  it('needs 3 logged contacts and says how many there are', () => {
    const b = draft(
      { checklistTicks: { 'out-of-network-needed': true } },
      { attempts: [attempt({ providerName: 'A', phone: '1', date: '2026-10-01', outcome: 'not-accepting' })] },
    );
    const c = deriveChecklist(b, '2026-10-25');
    expect(c.currentStage).toBe('prove-gap');
    const logged = c.missingForNextStep.find((i) => i.id === 'network-attempts-logged')!;
    expect(logged.detail).toBe('1 of 3 logged.');
    expect(logged.why).toMatch(/network-access evidence/);
  });

  it('names the contact that lacks a phone or the reason it is not viable', () => {
    const b = bundleWith(
      {},
      { attempts: [...bundleWith().attempts, attempt({ providerName: 'Quiet Clinic', date: '2026-10-24', outcome: 'other' })] },
    );
    const d = item(deriveChecklist(b, '2026-11-05'), 'network-attempts-documented')!;
    expect(d.done).toBe(false);
    expect(d.detail).toBe('Quiet Clinic: phone, why not viable missing.');
  });
});

describe('request', () => {
  it('checks the request came before treatment; for ABA the why says it is required', () => {
    const late = bundleWith({ request: { submittedDate: '2026-12-05', priority: 'standard' } });
    const it1 = item(deriveChecklist(late, '2026-12-06'), 'request-before-treatment')!;
    expect(it1.done).toBe(false);
    expect(it1.why).toMatch(/ABA/);
    expect(item(deriveChecklist(bundleWith(), '2026-11-05'), 'request-before-treatment')!.done).toBe(true);
  });

  it('reference number: done from a call even without one on the request', () => {
    const noRef = bundleWith({ request: { submittedDate: '2026-11-02', referenceNumbers: [], priorAuthNumber: '' } }, { calls: [] });
    expect(item(deriveChecklist(noRef, '2026-11-05'), 'reference-captured')!.done).toBe(false);
    const fromCall = bundleWith({ request: { submittedDate: '2026-11-02', referenceNumbers: [], priorAuthNumber: '' } });
    expect(item(deriveChecklist(fromCall, '2026-11-05'), 'reference-captured')!.done).toBe(true);
  });

  it('UnitedHealthcare cases get the prior-authorization-first item; others do not', () => {
    const uhc = bundleWith({
      plan: { payer: 'UnitedHealthcare', lineOfBusiness: 'commercial-fully-insured' },
      request: { submittedDate: '2026-11-02', priorAuthNumber: '' },
    });
    expect(item(deriveChecklist(uhc, '2026-11-05'), 'prior-auth-first')!.done).toBe(false);
    expect(item(deriveChecklist(bundleWith(), '2026-11-05'), 'prior-auth-first')).toBeUndefined();
  });
});

describe('follow up', () => {
  it('an overdue follow-up and a late decision ask for escalation', () => {
    const b = bundleWith({}, { calls: [call({ party: 'provider-services', representative: 'Al', referenceNumber: 'R1' })] });
    const c = deriveChecklist(b, '2026-11-20');
    expect(item(c, 'follow-up-on-time')).toMatchObject({ done: false, detail: 'The follow-up was due 11/06/2026.' });
    expect(item(c, 'escalated')!.done).toBe(false);
    expect(c.missingForNextStep.map((i) => i.id)).toEqual(expect.arrayContaining(['follow-up-on-time', 'escalated', 'fax-for-records']));
  });

  it('calls without a representative or reference number are counted', () => {
    const b = bundleWith({}, { calls: [...bundleWith().calls, call({ representative: '', referenceNumber: '' })] });
    expect(item(deriveChecklist(b, '2026-11-05'), 'calls-documented')!.detail).toBe('1 of 2 calls lack a name or reference number.');
  });
});

describe('decision, rate and agreement', () => {
  const approved = (patch = {}, records = {}) =>
    bundleWith(
      { status: 'approved', statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('approved', '2026-11-12')], ...patch },
      records,
    );

  it('an approval without authorization number is in "decision"', () => {
    const c = deriveChecklist(approved(), '2026-11-13');
    expect(c.currentStage).toBe('decision');
    expect(c.missingForNextStep.map((i) => i.id)).toEqual(
      expect.arrayContaining(['written-decision', 'authorization-number', 'approved-codes', 'agreement-dates']),
    );
  });

  it('decision recorded and rate settled: the case runs the agreement; an extension item appears when units run low', () => {
    const agreement = {
      authorizationNumber: 'AUTH-1',
      approvedCodes: [{ code: '97153', units: 64 }],
      startDate: '2026-12-01',
      endDate: '2027-05-31',
      rate: '$30.00 / unit',
    };
    const sessions = [1, 2, 3].map((d) => usage('97153', `2026-12-0${d}`, 16));
    const c = deriveChecklist(approved({ agreement, checklistTicks: { 'written-decision': true } }, { usage: sessions }), '2026-12-04');
    expect(c.currentStage).toBe('agreement');
    const ext = item(c, 'extension-requested')!;
    expect(ext).toMatchObject({ done: false, auto: false, due: '2027-05-17' });
    expect(ext.detail).toMatch(/16 of 64 units remain/);
  });

  it('partial approval asks which services are covered', () => {
    const c = deriveChecklist(approved({ status: 'partially-approved' }), '2026-11-13');
    expect(item(c, 'partial-scope')!.done).toBe(false);
  });
});

describe('roles', () => {
  it('a patient does not see provider-only items (credentials, rate, peer-to-peer) but sees the provider-consent item', () => {
    const b = bundleWith({
      status: 'denied',
      role: 'patient',
      statusHistory: [statusEvent('denied', '2026-11-20')],
      rates: { lines: [{ code: '97153', usualFee: 32 }] },
    });
    const c = deriveChecklist(b, '2026-11-21');
    expect(c.role).toBe('patient');
    const ids = c.stages.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).not.toContain('provider-credentials');
    expect(ids).not.toContain('peer-to-peer-requested');
    expect(ids).not.toContain('usual-fee');
    expect(ids).toContain('provider-agrees-to-sca');
    expect(stage(c, 'rate').applicable).toBe(false);
    expect(c.stages.flatMap((s) => s.items).every((i) => i.roles.includes('patient'))).toBe(true);
  });

  it('a provider sees the rate stage and not the patient-only item; the role can be chosen explicitly', () => {
    const c = deriveChecklist(bundleWith(), '2026-11-05');
    expect(stage(c, 'rate').applicable).toBe(true);
    expect(item(c, 'provider-agrees-to-sca')).toBeUndefined();
    expect(item(deriveChecklist(bundleWith(), '2026-11-05', 'patient'), 'provider-agrees-to-sca')).toBeDefined();
  });

  it('the patient acknowledgement shows for both roles when the patient owes more', () => {
    for (const role of ['provider', 'patient'] as const) {
      const b = bundleWith({ role, rates: { lines: [], patientOwesMore: true } });
      expect(item(deriveChecklist(b, '2026-11-05'), 'patient-acknowledgement'), role).toBeDefined();
    }
  });
});

describe('missing information', () => {
  it('a checklist item appears once the plan asked, carries the 45-day date, and ticking it meets the deadline', () => {
    const asked = (ticks: Record<string, boolean> = {}) =>
      bundleWith({
        status: 'pending',
        request: { ...completeBundle().case.request, infoRequestedDate: '2026-11-06' },
        checklistTicks: ticks,
      });
    expect(item(deriveChecklist(bundleWith({ status: 'pending' }), '2026-11-10'), 'missing-info-sent')).toBeUndefined();
    expect(item(deriveChecklist(asked(), '2026-11-10'), 'missing-info-sent')).toMatchObject({
      done: false,
      auto: false,
      due: '2026-12-21',
    });
    expect(item(deriveChecklist(asked({ 'missing-info-sent': true }), '2026-11-10'), 'missing-info-sent')!.done).toBe(true);
  });

  it('the date the information was sent ticks the item by itself', () => {
    const sent = bundleWith({
      status: 'pending',
      request: { ...completeBundle().case.request, infoRequestedDate: '2026-11-06', infoSentDate: '2026-11-09' },
    });
    expect(item(deriveChecklist(sent, '2026-11-10'), 'missing-info-sent')).toMatchObject({ done: true, auto: true });
  });
});
