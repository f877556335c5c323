// The plan's decision clock stands still while it waits for information it asked for (DOL tolling,
// 29 CFR 2560.503-1(f)(4)), and the request is the plan's one 15-day extension ((f)(2)(iii)(A)): once
// the information arrives the plan has the days it had left plus 15. The fixture: ERISA-like plan,
// standard priority, pending, submitted 2026-11-02, so the 15-day standard decision falls due 2026-11-17.
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../../lib/case/schema';
import { computeDeadlines, ruleById, type Deadline } from '../../../lib/clocks';
import { completeBundle } from '../../fixtures/cases/complete';
import { bundleWith, statusEvent, type CasePatch } from './bundles';

const byId = (ds: Deadline[], id: string) => ds.find((d) => d.id === id);
const withRequest = (request: Partial<NonNullable<CaseInput['request']>>, patch: CasePatch = {}) =>
  bundleWith({ ...patch, request: { ...completeBundle().case.request, ...request } });
const standard = (request: Partial<NonNullable<CaseInput['request']>>, today: string, patch: CasePatch = {}) =>
  byId(computeDeadlines(withRequest(request, patch), today), 'decision-standard')!;

describe('standard decision while the plan waits for missing information', () => {
  it('without an info request the decision is overdue after 15 days (the baseline)', () => {
    const d = standard({}, '2026-11-20');
    expect([d.due, d.status, d.pause]).toEqual(['2026-11-17', 'overdue', undefined]);
  });

  it('is paused, not overdue or due soon, from the day the plan asked until the information is sent', () => {
    const late = standard({ infoRequestedDate: '2026-11-06' }, '2026-11-20');
    expect(late.status).toBe('paused');
    expect(late.pause).toMatchObject({ since: '2026-11-06', until: '', days: 14 });
    expect(late.pause!.text).toBe('Paused since 11/06/2026: the plan is waiting for the information it asked for.');
    // 11 days were left on 11/06, plus the 15-day extension: the earliest the decision can now fall is 26 days after today.
    expect([late.daysLeft, late.due]).toEqual([26, '2026-12-16']);
    expect(late.rule).toContain(ruleById('decision-standard')!.text);
    expect(late.rule).toMatch(/one 15-day extension: the clock stops .* until the day the information is sent/);
    expect(late.source).toMatch(/\(f\)\(2\)\(iii\).*29 CFR 2560\.503-1\(f\)\(2\)\(iii\), \(f\)\(4\)/);

    // Two days before the original due date it would have been "due soon".
    expect(standard({ infoRequestedDate: '2026-11-06' }, '2026-11-15').status).toBe('paused');
    // The day the plan asks already stops the clock: 11 days left + 15.
    expect(standard({ infoRequestedDate: '2026-11-06' }, '2026-11-06')).toMatchObject({
      status: 'paused',
      due: '2026-12-02',
      daysLeft: 26,
    });
  });

  it("the issue's worked example: submitted 11/02, information requested 11/10, sent 12/10: due 01/01, not 12/17", () => {
    // 29 CFR 2560.503-1(f)(2)(iii)(A): 15 days plus the one 15-day extension = 30 days to decide.
    // (f)(4): the clock stops from the notice (11/10) to the reply (12/10). 11/02 -> 11/10 used 8 of
    // the 30 days; the remaining 22 run from 12/10: 12/10 + 22 days = 01/01/2027.
    const d = standard({ infoRequestedDate: '2026-11-10', infoSentDate: '2026-12-10' }, '2026-12-11');
    expect([d.due, d.status]).toEqual(['2027-01-01', 'upcoming']);
    expect(d.pause).toMatchObject({ since: '2026-11-10', until: '2026-12-10', days: 30 });
    // The old reading (the 7 days left on the 15-day clock, from 12/10) gave 12/17.
    expect(d.due).not.toBe('2026-12-17');
  });

  it('runs again once the information is sent, due later by the days it stood still plus the 15-day extension', () => {
    const sent = { infoRequestedDate: '2026-11-06', infoSentDate: '2026-11-15' };
    const d = standard(sent, '2026-11-20');
    // 11/17 + 9 days stood still + 15 = 12/11.
    expect([d.due, d.daysLeft, d.status]).toEqual(['2026-12-11', 21, 'upcoming']);
    expect(d.pause).toMatchObject({ since: '2026-11-06', until: '2026-11-15', days: 9 });
    expect(d.rule).toContain(
      'The clock stood still 9 days, from 11/06/2026 (the plan asked for more information) to 11/15/2026 (information sent), and the request was the plan’s one 15-day extension, so the due date moves 24 days later.',
    );
    expect(standard(sent, '2026-12-09').status).toBe('due-soon');
    expect(standard(sent, '2026-12-12').status).toBe('overdue');
  });

  it('a post-service (retro) request: 30 days, and the same extension and pause', () => {
    const post = (request: Partial<NonNullable<CaseInput['request']>>, today: string) =>
      byId(computeDeadlines(withRequest({ timing: 'post-service', ...request }), today), 'decision-post-service')!;
    // 29 CFR 2560.503-1(f)(2)(iii)(B): submitted 11/02, decided by 12/02 (30 days); not the 15-day pre-service date.
    expect(post({}, '2026-11-20')).toMatchObject({ due: '2026-12-02', status: 'upcoming' });
    expect(byId(computeDeadlines(withRequest({ timing: 'post-service' }), '2026-11-20'), 'decision-standard')).toBeUndefined();
    // Asked 11/12 (20 days left), sent 11/22 (10 days stood still): 12/02 + 10 + 15 = 12/27.
    expect(post({ infoRequestedDate: '2026-11-12', infoSentDate: '2026-11-22' }, '2026-11-25').due).toBe('2026-12-27');
  });

  it('a decision recorded while the plan waited meets the deadline', () => {
    const decided = {
      status: 'approved' as const,
      statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('approved', '2026-11-18')],
    };
    expect(standard({ infoRequestedDate: '2026-11-06' }, '2026-11-20', decided).status).toBe('met');
  });

  it("the user's date wins over the pause", () => {
    expect(standard({ infoRequestedDate: '2026-11-06' }, '2026-11-20').status).toBe('paused');
    const d = standard({ infoRequestedDate: '2026-11-06' }, '2026-11-20', { deadlineOverrides: { 'decision-standard': '2026-11-19' } });
    expect([d.due, d.overridden, d.status, d.pause]).toEqual(['2026-11-19', true, 'overdue', undefined]);
    const sent = standard({ infoRequestedDate: '2026-11-06', infoSentDate: '2026-11-15' }, '2026-11-20', {
      deadlineOverrides: { 'decision-standard': '2026-11-19' },
    });
    expect([sent.due, sent.status]).toEqual(['2026-11-19', 'overdue']);
  });

  it('a request for information on or after the due date, before the submission, or dated ahead of today changes nothing', () => {
    for (const asked of ['2026-11-17', '2026-11-19', '2026-10-30']) {
      const d = standard({ infoRequestedDate: asked }, '2026-11-20');
      expect([asked, d.due, d.status, d.pause, d.rule]).toEqual([
        asked,
        '2026-11-17',
        'overdue',
        undefined,
        ruleById('decision-standard')!.text,
      ]);
      const sent = standard({ infoRequestedDate: asked, infoSentDate: '2026-11-20' }, '2026-11-20');
      expect([asked, sent.due]).toEqual([asked, '2026-11-17']);
    }
    expect(standard({ infoRequestedDate: '2026-11-12' }, '2026-11-10')).toMatchObject({ status: 'upcoming', due: '2026-11-17' });
    // The last day before the due date still stops the clock: 11/17 + 4 days + 15 = 12/06.
    expect(standard({ infoRequestedDate: '2026-11-16', infoSentDate: '2026-11-20' }, '2026-11-20')).toMatchObject({
      status: 'upcoming',
      due: '2026-12-06',
    });
  });

  it('a sent date on or before the request date moves nothing', () => {
    const d = standard({ infoRequestedDate: '2026-11-06', infoSentDate: '2026-11-04' }, '2026-11-20');
    expect([d.due, d.status]).toEqual(['2026-11-17', 'overdue']);
  });
});

describe('urgent decision (72 hours) and the CMS clocks', () => {
  const urgent = (request: Partial<NonNullable<CaseInput['request']>>, today: string) =>
    byId(computeDeadlines(withRequest({ priority: 'urgent', ...request }), today), 'decision-urgent')!;

  it('the urgent clock pauses, then the plan decides within 48 hours of receiving the information', () => {
    expect([urgent({}, '2026-11-10').due, urgent({}, '2026-11-10').status]).toEqual(['2026-11-05', 'overdue']);
    const waiting = urgent({ infoRequestedDate: '2026-11-02' }, '2026-11-10');
    expect([waiting.status, waiting.daysLeft, waiting.due, waiting.pause?.since]).toEqual(['paused', 2, '2026-11-12', '2026-11-02']);
    expect(waiting.pause?.text).toContain('decides within 48 hours of receiving it');
    // Not 72 hours less the time already used (that would be 11/10): 48 hours from the day it was sent.
    const sent = urgent({ infoRequestedDate: '2026-11-02', infoSentDate: '2026-11-07' }, '2026-11-10');
    expect([sent.due, sent.status, sent.pause?.until]).toEqual(['2026-11-09', 'overdue', '2026-11-07']);
    expect(sent.rule).toContain('within 48 hours of receiving it');
  });

  it('Medicare Advantage and Medicaid decision clocks keep counting', () => {
    for (const lineOfBusiness of ['medicare-advantage', 'medicaid-mco'] as const) {
      for (const priority of ['standard', 'urgent'] as const) {
        const id = priority === 'urgent' ? 'decision-cms-expedited' : 'decision-cms-standard';
        const plan = { ...completeBundle().case.plan, lineOfBusiness };
        const plain = byId(computeDeadlines(withRequest({ priority }, { plan }), '2026-11-10'), id)!;
        const asked = byId(computeDeadlines(withRequest({ priority, infoRequestedDate: '2026-11-03' }, { plan }), '2026-11-10'), id)!;
        const sent = byId(
          computeDeadlines(withRequest({ priority, infoRequestedDate: '2026-11-03', infoSentDate: '2026-11-08' }, { plan }), '2026-11-10'),
          id,
        )!;
        expect(asked).toEqual(plain);
        expect(sent).toEqual(plain);
        expect(plain.status).toBe('overdue');
      }
    }
    // The same dates on an employer plan do pause it.
    expect(byId(computeDeadlines(withRequest({ infoRequestedDate: '2026-11-03' }), '2026-11-10'), 'decision-standard')!.status).toBe(
      'paused',
    );
  });
});

describe('"Send the missing information" is met by the sent date', () => {
  const reply = (request: Partial<NonNullable<CaseInput['request']>>, patch: CasePatch = {}) =>
    byId(computeDeadlines(withRequest({ infoRequestedDate: '2026-11-06', ...request }, patch), '2026-12-22'), 'missing-info-reply')!;

  it('a sent date meets it; without date or tick it is overdue; the old tick still meets it', () => {
    expect(reply({}).status).toBe('overdue');
    expect(reply({ infoSentDate: '2026-11-15' }).status).toBe('met');
    expect(reply({}, { checklistTicks: { 'missing-info-sent': true } }).status).toBe('met');
    // The reply window itself never pauses.
    expect(reply({ infoSentDate: '2026-11-15' }).due).toBe('2026-12-21');
  });
});
