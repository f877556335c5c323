// The follow-up due for the badge counts logged calls the way the side panel does: a case with no
// scheduled date is due an interval after its last contact, and a call is a contact.
import { describe, expect, it } from 'vitest';
import { dueFollowUps, followUpDueDate, followUpNeedsCalls } from '../../../lib/clocks';
import { bundleWith, call } from './bundles';

// Friday 20 Nov 2026; the fixture case is pending since Tue 3 Nov with a 3-business-day interval.
const TODAY = '2026-11-20';
const unscheduled = { intervalBusinessDays: 3, nextDue: '' };
const yesterday = call({ startedAt: '2026-11-19T15:00:00.000Z' });
const fiveBusinessDaysAgo = call({ startedAt: '2026-11-13T15:00:00.000Z' });

describe('due follow-ups with the logged calls', () => {
  it('a case whose last call was yesterday is not due', () => {
    const b = bundleWith({ followUp: unscheduled }, { calls: [yesterday] });
    expect(dueFollowUps([b.case], TODAY, b.calls)).toEqual([]);
    // The same date the side panel shows for it.
    expect(followUpDueDate(b.case, b.calls)).toBe('2026-11-24');
  });

  it('a case whose last call was 5 business days ago is due, 2 business days late', () => {
    const b = bundleWith({ followUp: unscheduled }, { calls: [fiveBusinessDaysAgo] });
    expect(dueFollowUps([b.case], TODAY, b.calls)).toMatchObject([{ caseId: b.case.id, due: '2026-11-18', businessDaysLate: 2 }]);
  });

  it('counts only the calls of each case', () => {
    const b = bundleWith({ followUp: unscheduled });
    const other = bundleWith({ id: 'case-other', title: 'Other', followUp: unscheduled });
    const calls = [call({ caseId: 'case-other', startedAt: yesterday.startedAt })];
    expect(dueFollowUps([b.case, other.case], TODAY, calls).map((d) => d.caseId)).toEqual([b.case.id]);
  });

  it('a scheduled next follow-up still wins over the calls, either way', () => {
    const overdue = bundleWith({ followUp: { ...unscheduled, nextDue: '2026-11-16' } }, { calls: [yesterday] });
    expect(dueFollowUps([overdue.case], TODAY, overdue.calls)).toMatchObject([{ due: '2026-11-16' }]);
    const later = bundleWith({ followUp: { ...unscheduled, nextDue: '2026-11-25' } }, { calls: [fiveBusinessDaysAgo] });
    expect(dueFollowUps([later.case], TODAY, later.calls)).toEqual([]);
  });

  it('only pending cases with nothing scheduled need their calls read', () => {
    expect(followUpNeedsCalls(bundleWith({ followUp: unscheduled }).case)).toBe(true);
    expect(followUpNeedsCalls(bundleWith({ followUp: { ...unscheduled, nextDue: '2026-11-25' } }).case)).toBe(false);
    expect(followUpNeedsCalls(bundleWith({ status: 'approved', followUp: unscheduled }).case)).toBe(false);
  });
});
