import { describe, expect, it } from 'vitest';
import { newCase, newId } from '../../../lib/case/schema';
import { enableLock, lockStatus } from '../../../lib/store/lock';
import { followUpDueDate } from '../../../lib/clocks/followUp';
import { bundleWith, call } from '../clocks/bundles';
import { openDatabase } from '../../../lib/store/db';
import { sealedFollowUpsDue } from '../../../lib/store/sealedFollowUps';
import { searchNotes } from '../../../lib/store/notes';
import { freshDb } from '../store/helpers';
import { FAST, rawText } from './helpers';

describe('with the lock on', () => {
  it('a page without the key still sees which follow-up dates are due, and no names', async () => {
    const db = freshDb();
    const due = newCase({ title: 'Sam Lee - OT', status: 'pending', followUp: { nextDue: '2026-11-20', intervalBusinessDays: 3 } });
    const later = newCase({ title: 'Kim Park - PT', status: 'pending', followUp: { nextDue: '2026-12-20', intervalBusinessDays: 3 } });
    await db.cases.bulkAdd([due, later]);
    await enableLock(db, 'correct horse battery', FAST);
    const background = openDatabase(db.name);
    expect(await sealedFollowUpsDue(background, '2026-11-23')).toEqual([{ caseId: due.id, due: '2026-11-20' }]);
    background.close();
  });

  it('counts the sealed calls for a case with nothing scheduled, as the side panel does, without the key', async () => {
    const db = freshDb();
    const unscheduled = { intervalBusinessDays: 3, nextDue: '' };
    const at = (caseId: string, date: string) => call({ caseId, startedAt: new Date(`${date}T12:00:00`).toISOString() });
    // Pending since Tue 3 Nov: due Fri 6 Nov without calls. Today is Fri 20 Nov.
    const calledYesterday = bundleWith(
      { id: 'called-yesterday', title: 'Sam Lee - OT', followUp: unscheduled },
      { calls: [at('called-yesterday', '2026-11-19')] },
    );
    const calledLastWeek = bundleWith(
      { id: 'called-last-week', title: 'Kim Park - PT', followUp: unscheduled },
      { calls: [at('called-last-week', '2026-11-13')] },
    );
    const scheduled = bundleWith(
      { id: 'scheduled', title: 'Ada Moss - ST', followUp: { ...unscheduled, nextDue: '2026-11-16' } },
      { calls: [at('scheduled', '2026-11-19')] },
    );
    const all = [calledYesterday, calledLastWeek, scheduled];
    await db.cases.bulkAdd(all.map((b) => b.case));
    await db.calls.bulkAdd(all.flatMap((b) => b.calls));
    await enableLock(db, 'correct horse battery', FAST);
    expect(await rawText(db)).not.toMatch(/Sam Lee|Kim Park|Ada Moss/);

    const background = openDatabase(db.name);
    expect(await lockStatus(background)).toBe('locked');
    const due = await sealedFollowUpsDue(background, '2026-11-20');
    expect(due).toEqual([
      { caseId: 'scheduled', due: '2026-11-16' },
      { caseId: 'called-last-week', due: '2026-11-18' },
    ]);
    // The same dates the side panel computes from the opened case and its calls.
    for (const b of [calledLastWeek, scheduled])
      expect(due.find((d) => d.caseId === b.case.id)?.due).toBe(followUpDueDate(b.case, b.calls));
    expect(followUpDueDate(calledYesterday.case, calledYesterday.calls)).toBe('2026-11-24');
    background.close();
  });

  it('filtered and cursor reads open sealed rows', async () => {
    const db = freshDb();
    await db.cases.bulkAdd([newCase({ title: 'Alpha' }), newCase({ title: 'Beta' })]);
    await enableLock(db, 'correct horse battery', FAST);
    expect(await rawText(db)).not.toContain('Alpha');
    expect((await db.cases.filter((c) => c.title === 'Beta').toArray()).map((c) => c.title)).toEqual(['Beta']);
    const titles: string[] = [];
    await db.cases.each((c) => void titles.push(c.title));
    expect(titles.sort()).toEqual(['Alpha', 'Beta']);
  });

  it('searches sealed notes in memory (2,000 here; 10,000 took 0.5-1.4 s in fake-indexeddb)', async () => {
    const db = freshDb();
    const kase = newCase({ title: 'Big case' });
    await db.cases.add(kase);
    const at = '2026-11-23T12:00:00.000Z';
    const notes = Array.from({ length: 2_000 }, (_, i) => {
      const text = `Call ${i}: spoke with the utilization reviewer about ${i % 100 === 0 ? 'tachycardia' : 'scheduling'} and units`;
      return { id: newId(), caseId: kase.id, text, createdAt: at, updatedAt: at };
    });
    await db.notes.bulkAdd(notes);
    await enableLock(db, 'correct horse battery', FAST);
    const started = performance.now();
    const hits = await searchNotes(db, 'tachy', { limit: 500 });
    const ms = performance.now() - started;
    expect(hits).toHaveLength(20);
    // A generous bound so a slow machine passes; the point is that the scan finds every match.
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});
