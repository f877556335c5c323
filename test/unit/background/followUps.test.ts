// The toolbar badge and the notifications count a follow-up as due on the same date the side panel
// shows: for a case with nothing scheduled, an interval after the last logged call.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkFollowUps } from '../../../entrypoints/background/followUps';
import { getDb } from '../../../lib/store/instance';
import type { CaseBundle } from '../../../lib/case/schema';
import { bundleWith, call } from '../clocks/bundles';
import { enableLock, lockNow } from '../../../lib/store/lock';

// Friday 20 Nov 2026, noon local time; the fixture case is pending since Tue 3 Nov, interval 3 business days.
const NOW = new Date(2026, 10, 20, 12);
const unscheduled = { intervalBusinessDays: 3, nextDue: '' };
const callOn = (date: string, caseId = 'case-complete-aba') => call({ caseId, startedAt: new Date(`${date}T12:00:00`).toISOString() });

async function store(...bundles: CaseBundle[]) {
  const db = getDb();
  await db.cases.bulkAdd(bundles.map((b) => b.case));
  await db.calls.bulkAdd(bundles.flatMap((b) => b.calls));
}

async function badge() {
  return fakeBrowser.action.getBadgeText({});
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('checkFollowUps', () => {
  it('does not count a case whose last call was yesterday', async () => {
    await store(bundleWith({ followUp: unscheduled }, { calls: [callOn('2026-11-19')] }));
    expect(await checkFollowUps(NOW)).toBe(0);
    expect(await badge()).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('counts a case whose last call was 5 business days ago, and says it is 2 business days overdue', async () => {
    const b = bundleWith({ followUp: unscheduled }, { calls: [callOn('2026-11-10'), callOn('2026-11-13')] });
    await store(b);
    expect(await checkFollowUps(NOW)).toBe(1);
    expect(await badge()).toBe('1');
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { message: string }>;
    expect(shown[`follow-up:${b.case.id}`]?.message).toMatch(/2 business day\(s\) overdue/);
    // The notification names no case: its title is usually the patient's name.
    expect(shown[`follow-up:${b.case.id}`]?.message).not.toContain(b.case.title);
    expect(shown[`follow-up:${b.case.id}`]?.message).not.toContain(b.case.member.lastName);
  });

  it('a scheduled next follow-up still wins over the calls', async () => {
    await store(
      bundleWith(
        { id: 'due-by-date', title: 'Due by date', followUp: { ...unscheduled, nextDue: '2026-11-16' } },
        { calls: [callOn('2026-11-19', 'due-by-date')] },
      ),
      bundleWith(
        { id: 'later-by-date', title: 'Later by date', followUp: { ...unscheduled, nextDue: '2026-11-25' } },
        { calls: [callOn('2026-11-02', 'later-by-date')] },
      ),
    );
    expect(await checkFollowUps(NOW)).toBe(1);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['follow-up:due-by-date']);
  });

  it('with the passphrase lock on and no key, counts from the last call too, and names no case', async () => {
    await store(
      bundleWith({ id: 'called-yesterday', followUp: unscheduled }, { calls: [callOn('2026-11-19', 'called-yesterday')] }),
      bundleWith({ id: 'called-last-week', followUp: unscheduled }, { calls: [callOn('2026-11-13', 'called-last-week')] }),
    );
    await enableLock(getDb(), 'correct horse battery', { iterations: 1_000 });
    lockNow(getDb());
    expect(await checkFollowUps(NOW)).toBe(1);
    expect(await badge()).toBe('1');
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { message: string }>;
    expect(Object.keys(shown)).toEqual(['follow-up:called-last-week']);
    expect(shown['follow-up:called-last-week']?.message).toMatch(/Unlock SCA Assistant/);
  });
});
