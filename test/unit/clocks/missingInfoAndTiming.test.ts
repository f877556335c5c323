import { describe, expect, it } from 'vitest';
import { CaseSchema, LINES_OF_BUSINESS, type CaseInput } from '../../../lib/case/schema';
import { computeDeadlines, ruleById, type Deadline } from '../../../lib/clocks';
import { exportCase } from '../../../lib/store/backup';
import { loadBundle } from '../../../lib/store/bundle';
import { completeBundle, COMPLETE_CASE_ID } from '../../fixtures/cases/complete';
import { freshDb, importFile, storeComplete } from '../store/helpers';
import { bundleWith, statusEvent, type CasePatch } from './bundles';

const byId = (ds: Deadline[], id: string) => ds.find((d) => d.id === id);
const ids = (ds: Deadline[]) => ds.map((d) => d.id);
/** The fixture with some request fields changed (bundleWith replaces the whole request otherwise). */
const withRequest = (request: Partial<NonNullable<CaseInput['request']>>, patch: CasePatch = {}) =>
  bundleWith({ ...patch, request: { ...completeBundle().case.request, ...request } });

const ERISA_LIKE = ['commercial-fully-insured', 'self-funded-erisa', 'marketplace', 'other'] as const;

describe('cases saved before the two fields existed', () => {
  const oldShape = () => {
    const { infoRequestedDate: _i, timing: _t, ...request } = completeBundle().case.request;
    return { ...completeBundle().case, request };
  };

  it('parse with no info request date and as pre-service', () => {
    const parsed = CaseSchema.parse(oldShape());
    expect(parsed.request.infoRequestedDate).toBe('');
    expect(parsed.request.timing).toBe('pre-service');
    expect(CaseSchema.safeParse({ ...oldShape(), request: { ...oldShape().request, timing: 'sometime' } }).success).toBe(false);
  });

  it('keep their deadlines: no new clock, and an appeal still gets the 30-day decision', () => {
    const statuses: CasePatch[] = [
      {},
      { status: 'denied', statusHistory: [statusEvent('requested', '2026-11-02'), statusEvent('denied', '2026-11-20')] },
      { status: 'appeal', statusHistory: [statusEvent('denied', '2026-11-20'), statusEvent('appeal', '2026-12-01')] },
    ];
    for (const patch of statuses) {
      const old = { ...completeBundle(), case: CaseSchema.parse({ ...oldShape(), ...patch }) };
      const ds = computeDeadlines(old, '2026-12-02');
      expect(ds.length).toBeGreaterThan(0);
      expect(ids(ds)).not.toContain('missing-info-reply');
      expect(ids(ds)).not.toContain('appeal-decision-post-service');
      if (patch.status === 'appeal') expect(byId(ds, 'appeal-decision')!.due).toBe('2026-12-31');
    }
  });

  it('import from a backup written before, with the same deadlines as the fixture', async () => {
    const source = freshDb();
    await storeComplete(source);
    const text = await exportCase(source, COMPLETE_CASE_ID, new Date('2026-11-06T09:00:00.000Z'));
    const old = text.replace(/,\s*"infoRequestedDate": ""/, '').replace(/,\s*"timing": "pre-service"/, '');
    expect(old).not.toMatch(/infoRequestedDate|"timing"/);
    const target = freshDb();
    expect((await importFile(target, old)).ok).toBe(true);
    const imported = (await loadBundle(target, COMPLETE_CASE_ID))!;
    expect(imported.case.request).toMatchObject({ infoRequestedDate: '', timing: 'pre-service' });
    expect(computeDeadlines(imported, '2026-11-10')).toEqual(computeDeadlines(completeBundle(), '2026-11-10'));
  });
});

describe('missing information: 45 days to send it', () => {
  it('counts 45 calendar days from the date the plan asked, citing the DOL rule', () => {
    const d = byId(computeDeadlines(withRequest({ infoRequestedDate: '2026-11-06' }), '2026-11-10'), 'missing-info-reply')!;
    expect(d.label).toBe('Send the missing information');
    expect(d.due).toBe('2026-12-21');
    expect(d.daysLeft).toBe(41);
    expect(d.basis).toBe('calendar');
    expect(d.from).toEqual({ event: 'info-requested', label: 'Plan asked for more information', date: '2026-11-06' });
    expect(d.source).toMatch(/29 CFR 2560\.503-1\(f\)\(2\)\(iii\)/);
    expect(d.status).toBe('upcoming');
    expect(byId(computeDeadlines(withRequest({ infoRequestedDate: '2026-11-06' }), '2026-12-19'), 'missing-info-reply')!.status).toBe(
      'due-soon',
    );
    expect(byId(computeDeadlines(withRequest({ infoRequestedDate: '2026-11-06' }), '2026-12-22'), 'missing-info-reply')!.status).toBe(
      'overdue',
    );
  });

  it('an urgent request gets the 48-hour reply window instead, met by the sent date', () => {
    const urgent = (extra: object = {}) =>
      computeDeadlines(withRequest({ priority: 'urgent', infoRequestedDate: '2026-11-06', ...extra }), '2026-11-07');
    expect(ids(urgent())).not.toContain('missing-info-reply');
    const d = byId(urgent(), 'missing-info-reply-urgent')!;
    expect([d.due, d.status, d.basis]).toEqual(['2026-11-08', 'due-soon', 'calendar']);
    expect(d.source).toMatch(/\(f\)\(2\)\(i\)$/);
    expect(byId(urgent({ infoSentDate: '2026-11-07' }), 'missing-info-reply-urgent')!.status).toBe('met');
    expect(ids(computeDeadlines(withRequest({ infoRequestedDate: '2026-11-06' }), '2026-11-07'))).not.toContain(
      'missing-info-reply-urgent',
    );
  });

  it('is met once the checklist says the information was sent', () => {
    const sent = withRequest({ infoRequestedDate: '2026-11-06' }, { checklistTicks: { 'missing-info-sent': true } });
    expect(byId(computeDeadlines(sent, '2026-12-22'), 'missing-info-reply')!.status).toBe('met');
  });

  it('applies to ERISA-like plans only, not Medicaid, Medicare Advantage or TRICARE', () => {
    for (const lob of LINES_OF_BUSINESS) {
      const b = withRequest({ infoRequestedDate: '2026-11-06' }, { plan: { ...completeBundle().case.plan, lineOfBusiness: lob } });
      const shown = byId(computeDeadlines(b, '2026-11-10'), 'missing-info-reply') !== undefined;
      expect([lob, shown]).toEqual([lob, (ERISA_LIKE as readonly string[]).includes(lob)]);
    }
  });

  it('is shown while the request is requested or pending, not before or after a decision', () => {
    const at = (status: CaseInput['status'] & string) =>
      byId(
        computeDeadlines(
          withRequest({ infoRequestedDate: '2026-11-06' }, { status, statusHistory: [statusEvent(status, '2026-11-02')] }),
          '2026-11-10',
        ),
        'missing-info-reply',
      );
    expect(at('requested')?.due).toBe('2026-12-21');
    expect(at('pending')?.due).toBe('2026-12-21');
    for (const s of ['draft', 'approved', 'partially-approved', 'denied', 'appeal', 'closed'] as const)
      expect([s, at(s)]).toEqual([s, undefined]);
  });

  it("the user's date replaces the computed one, also before the request date is entered", () => {
    const own = byId(
      computeDeadlines(
        withRequest({ infoRequestedDate: '2026-11-06' }, { deadlineOverrides: { 'missing-info-reply': '2026-11-30' } }),
        '2026-11-10',
      ),
      'missing-info-reply',
    )!;
    expect([own.due, own.overridden]).toEqual(['2026-11-30', true]);
    const letterOnly = byId(
      computeDeadlines(bundleWith({ deadlineOverrides: { 'missing-info-reply': '2026-11-30' } }), '2026-11-10'),
      'missing-info-reply',
    )!;
    expect([letterOnly.due, letterOnly.overridden, letterOnly.from.date]).toEqual(['2026-11-30', true, '']);
  });
});

describe('appeal decision: 30 days before the service, 60 days after it', () => {
  const appealing = (timing: 'pre-service' | 'post-service', patch: CasePatch = {}) =>
    withRequest(
      { timing },
      { status: 'appeal', statusHistory: [statusEvent('denied', '2026-11-20'), statusEvent('appeal', '2026-12-01')], ...patch },
    );

  it('pre-service (the default): 30 days, and no post-service deadline', () => {
    const ds = computeDeadlines(appealing('pre-service'), '2026-12-02');
    expect(byId(ds, 'appeal-decision')!.due).toBe('2026-12-31');
    expect(byId(ds, 'appeal-decision-post-service')).toBeUndefined();
  });

  it('post-service (retro): 60 days from the appeal, citing (i)(2)(iii), in place of the 30-day rule', () => {
    const ds = computeDeadlines(appealing('post-service'), '2026-12-02');
    const d = byId(ds, 'appeal-decision-post-service')!;
    expect(d.label).toBe(ruleById('appeal-decision-post-service')!.label);
    expect(d.due).toBe('2027-01-30');
    expect(d.from.date).toBe('2026-12-01');
    expect(d.source).toMatch(/\(i\)\(2\)\(iii\)/);
    expect(d.status).toBe('upcoming');
    expect(byId(ds, 'appeal-decision')).toBeUndefined();
  });

  it('is met once a decision on the appeal is recorded', () => {
    const decided = appealing('post-service', {
      status: 'approved',
      statusHistory: [statusEvent('denied', '2026-11-20'), statusEvent('appeal', '2026-12-01'), statusEvent('approved', '2027-01-15')],
    });
    expect(byId(computeDeadlines(decided, '2027-02-10'), 'appeal-decision-post-service')!.status).toBe('met');
    expect(byId(computeDeadlines(appealing('post-service'), '2027-02-10'), 'appeal-decision-post-service')!.status).toBe('overdue');
  });

  it('urgent appeals keep the 72-hour clock; Medicaid plans get no ERISA appeal clock', () => {
    const urgent = computeDeadlines(
      withRequest(
        { timing: 'post-service', priority: 'urgent' },
        { status: 'appeal', statusHistory: [statusEvent('appeal', '2026-12-01')] },
      ),
      '2026-12-02',
    );
    expect(byId(urgent, 'appeal-decision-expedited')!.due).toBe('2026-12-04');
    expect(byId(urgent, 'appeal-decision-post-service')).toBeUndefined();
    const medicaid = appealing('post-service', { plan: { ...completeBundle().case.plan, lineOfBusiness: 'medicaid-mco' } });
    expect(byId(computeDeadlines(medicaid, '2026-12-02'), 'appeal-decision-post-service')).toBeUndefined();
  });

  it("the user's date replaces the computed one", () => {
    const d = byId(
      computeDeadlines(appealing('post-service', { deadlineOverrides: { 'appeal-decision-post-service': '2027-01-20' } }), '2026-12-02'),
      'appeal-decision-post-service',
    )!;
    expect([d.due, d.overridden]).toEqual(['2027-01-20', true]);
  });
});
