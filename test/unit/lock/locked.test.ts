import { describe, expect, it } from 'vitest';
import { newCase, newId } from '../../../lib/case/schema';
import { enableLock } from '../../../lib/store/lock';
import { openDatabase } from '../../../lib/store/db';
import { sealedFollowUpsDue } from '../../../lib/store/sealedFollowUps';
import { searchNotes } from '../../../lib/store/notes';
import { freshDb } from '../store/helpers';
import { FAST, rawText } from './helpers';

describe('with the lock on', () => {
  it('a page without the key still sees which follow-up dates are due, and no names', async () => {
    const db = freshDb();
    const due = newCase({ title: 'Sam Lee - OT', status: 'pending', followUp: { nextDue: '2026-11-20', intervalBusinessDays: 3, notifiedFor: '' } });
    const later = newCase({ title: 'Kim Park - PT', status: 'pending', followUp: { nextDue: '2026-12-20', intervalBusinessDays: 3, notifiedFor: '' } });
    await db.cases.bulkAdd([due, later]);
    await enableLock(db, 'correct horse battery', FAST);
    const background = openDatabase(db.name);
    expect(await sealedFollowUpsDue(background, '2026-11-23')).toEqual([{ caseId: due.id, due: '2026-11-20' }]);
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
