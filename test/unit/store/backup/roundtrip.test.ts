import { describe, expect, it } from 'vitest';
import { applyImport, exportAll, exportCase, parseBackup } from '../../../../lib/store/backup';
import { freshDb, snapshot } from '../helpers';
import { fillSample } from './sample';

describe('export and import round trip', () => {
  it('export all -> wipe -> import gives back every table as it was', async () => {
    const db = freshDb();
    await fillSample(db);
    const before = await snapshot(db);
    const text = await exportAll(db, new Date('2026-11-23T12:00:00.000Z'));
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) if (t.name !== 'meta') await t.clear();
    });
    expect((await snapshot(db)).cases).toEqual([]);

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const done = await applyImport(db, parsed.backup);
    expect(done.cases.map((c) => c.action)).toEqual(['add', 'add', 'add']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is stable: the same data exports to the same text, rows in a fixed order', async () => {
    const db = freshDb();
    await fillSample(db);
    const now = new Date('2026-11-23T12:00:00.000Z');
    const a = await exportAll(db, now);
    const other = freshDb();
    const parsed = parseBackup(a);
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(other, { ...parsed.backup, cases: [...parsed.backup.cases].reverse() });
    expect(await exportAll(other, now)).toBe(a);
    expect(a.startsWith('{\n  "format": "sca-assistant-backup",\n  "version": 1,')).toBe(true);
    expect(a).not.toContain('"words"');
  });

  it('a single-case export holds that case and its records only', async () => {
    const db = freshDb();
    const { second } = await fillSample(db);
    const parsed = parseBackup(await exportCase(db, second.id));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.scope).toBe('case');
    expect(parsed.backup.cases.map((e) => [e.case.title, e.notes.length, e.calls.length, e.usage.length, e.attempts.length])).toEqual([
      ['Sam Lee - OT - Cigna', 2, 1, 1, 0],
    ]);
    expect(parsed.backup.templates).toBeUndefined();
    await expect(exportCase(db, 'gone')).rejects.toThrow(/no longer exists/);
  });
});
