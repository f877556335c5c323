import { describe, expect, it } from 'vitest';
import { completeBundle } from '../../fixtures/cases/complete';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../lib/justify/templates';
import { renderBody, renderTemplate } from '../../../lib/justify/render';
import { buildLetter } from '../../../lib/justify/letter';
import { VOICES } from '../../../lib/justify/template';
import type { CaseBundle } from '../../../lib/case/schema';

const TODAY = '2026-11-10';
const LEAKS = /\{\{|\}\}|\[\[|\]\]|undefined|\bnull\b|NaN/u;

/** The complete case after a denial and an approval, so appeal and extension texts have their facts too. */
function decidedBundle(): CaseBundle {
  const b = completeBundle();
  b.case.statusHistory.push({
    status: 'denied',
    date: '2026-11-12',
    at: '2026-11-12T15:00:00.000Z',
    note: 'A comparable in-network provider is available',
  });
  b.case.agreement = {
    authorizationNumber: 'AUTH-7781',
    approvedCodes: [{ code: '97153', units: 480 }],
    rate: '',
    startDate: '2026-12-01',
    endDate: '2027-05-31',
    scopeNote: '',
  };
  return b;
}

describe('built-in templates', () => {
  for (const t of BUILT_IN_TEMPLATES) {
    for (const voice of VOICES) {
      it(`${t.id} (${voice}) renders the complete case with nothing left to fill`, () => {
        const r = renderTemplate(t, voice, decidedBundle(), TODAY);
        expect(r.missing).toEqual([]);
        expect(r.unknown).toEqual([]);
        expect(r.text).not.toMatch(LEAKS);
        expect(r.text).not.toMatch(/\[[a-z]/u); // no "[member date of birth]" markers
        expect(r.text).toContain('Jordan');
      });
      it(`${t.id} (${voice}) never leaks a placeholder for the bare fixture`, () => {
        const r = renderTemplate(t, voice, completeBundle(), TODAY);
        expect(r.text).not.toMatch(LEAKS);
        for (const m of r.missing) expect(r.text).toContain(`[${m.label}]`);
      });
    }
  }
});

describe('missing fields', () => {
  it('an incomplete case lists exactly the facts it lacks, with their case paths', () => {
    const b = completeBundle();
    b.case.member.dob = '';
    b.attempts = [];
    const r = renderTemplate(builtInTemplate('no-specialty')!, 'provider', b, TODAY);
    expect(r.missing.map((m) => m.path).sort()).toEqual(['attempts', 'member.dob']);
    expect(r.missing.find((m) => m.path === 'member.dob')!.label).toBe('member date of birth');
    expect(r.text).toContain('date of birth [member date of birth]');
    expect(r.text).toContain('[in-network providers contacted]');
  });

  it('a missing fact inside an optional block drops the block, not the text around it', () => {
    const b = completeBundle();
    b.case.contact.name = '';
    const r = renderBody('Please approve.[[ Contact {{contactName}} at {{contactPhone}}.]] Thank you.', 'provider', b, TODAY);
    expect(r.text).toBe('Please approve. Thank you.');
    expect(r.missing).toEqual([]);
  });

  it('names an unknown placeholder instead of printing it raw', () => {
    const r = renderBody('Dear {{memberNmae}},', 'patient', completeBundle(), TODAY);
    expect(r.unknown).toEqual(['memberNmae']);
    expect(r.text).not.toContain('{{');
  });
});

describe('case facts in the text', () => {
  it('cites the plan type standard when one is on file', () => {
    const b = completeBundle();
    b.case.plan.lineOfBusiness = 'medicaid-mco';
    const r = renderTemplate(builtInTemplate('wait-time')!, 'provider', b, TODAY);
    expect(r.text).toContain('10 business days for outpatient mental health and substance use disorder care');
    expect(r.text).toContain('(over the standard of 10 business days)');
  });

  it('legal hooks follow plan type and state, framed as information', () => {
    const b = completeBundle();
    b.case.plan.lineOfBusiness = 'medicaid-mco';
    const r = renderTemplate(builtInTemplate('legal-hooks')!, 'provider', b, TODAY);
    expect(r.text).toContain('42 CFR 438.206(b)(4)');
    expect(r.text).not.toContain('28 TAC 3.3708');
    expect(r.text).toContain('generally subject to');
    expect(r.text).toContain('not a legal opinion');
  });

  it('patient voice speaks for a child as the subscriber, and for oneself as the member', () => {
    const b = completeBundle();
    expect(renderTemplate(builtInTemplate('wait-time')!, 'patient', b, TODAY).text).toContain('I am the parent of Jordan Rivera');
    b.case.subscriber.sameAsMember = true;
    b.case.subscriber.relationship = 'self';
    const self = renderTemplate(builtInTemplate('wait-time')!, 'patient', b, TODAY).text;
    expect(self).toContain('I am Jordan Rivera, the plan member');
    expect(self).toContain('see me within');
  });

  it('the ABA request states weekly hours by code', () => {
    const r = renderTemplate(builtInTemplate('aba-request')!, 'provider', completeBundle(), TODAY);
    expect(r.text).toContain('20 hours per week of direct treatment (97153)');
    expect(r.text).toContain('97155, protocol modification and direct supervision by the BCBA');
  });

  it('the rate justification argues per code from the worksheet', () => {
    const r = renderTemplate(builtInTemplate('rate-justification')!, 'provider', completeBundle(), TODAY);
    expect(r.text).toContain('97153: our usual fee is $32.00 per unit; the plan offered $22.00 (110% of Medicare)');
    expect(r.text).toContain('We propose $30.00 per unit for 97153');
  });
});

describe('letters', () => {
  it('frames the body with letterhead, addressee, Re: block and signature', () => {
    const l = buildLetter(builtInTemplate('request-letter')!, 'provider', completeBundle(), TODAY);
    expect(l.letterhead[0]).toBe('Bright Steps ABA Therapy');
    expect(l.date).toBe('November 10, 2026');
    expect(l.addressee).toEqual(['Utilization Management Department', 'Aetna', 'Aetna Choice POS II']);
    expect(l.re).toContain('Member ID: W123456789 · Group GRP-004417');
    expect(l.signature[0]).toBe('Dana Whitfield, BCBA');
    expect(l.missing).toEqual([]);
  });

  it('patient letters are headed and signed by the subscriber for a child', () => {
    const l = buildLetter(builtInTemplate('request-letter')!, 'patient', completeBundle(), TODAY);
    expect(l.letterhead[0]).toBe('Maria Rivera');
    expect(l.signature).toEqual(['Maria Rivera', 'parent and subscriber']);
  });
});
