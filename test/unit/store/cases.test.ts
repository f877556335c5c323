import { describe, expect, it } from 'vitest';
import {
  createCase,
  deleteCase,
  duplicateCase,
  getCase,
  listCases,
  listFirstCases,
  restoreDeletedCase,
  RevisionConflictError,
  saveCase,
  saveCaseOrThrow,
  setArchived,
} from '../../../lib/store/cases';
import { addNote, listNotes, searchNotes } from '../../../lib/store/notes';
import { listRecords } from '../../../lib/store/records';
import { freshDb, snapshot, storeComplete } from './helpers';

describe('listCases', () => {
  it('orders by follow-up due (overdue first, none last), then most recently changed', async () => {
    const db = freshDb();
    await createCase(db, { title: 'No follow-up', updatedAt: '2026-11-20T00:00:00.000Z' });
    await createCase(db, { title: 'Due later', followUp: { nextDue: '2026-11-30' } });
    await createCase(db, { title: 'Overdue', followUp: { nextDue: '2026-11-10' } });
    await createCase(db, { title: 'Due today', followUp: { nextDue: '2026-11-23' } });
    const list = await listCases(db, { today: '2026-11-23' });
    expect(list.map((c) => c.title)).toEqual(['Overdue', 'Due today', 'Due later', 'No follow-up']);
    expect(list.map((c) => c.overdue)).toEqual([true, false, false, false]);
  });

  it('finds cases by words in title, member, payer, status label and reference numbers, and filters by status', async () => {
    const db = freshDb();
    await storeComplete(db);
    await createCase(db, { title: 'Sam Lee - OT - Cigna', status: 'denied', plan: { payer: 'Cigna' } });
    const titles = async (o: Parameters<typeof listCases>[1]) => (await listCases(db, o)).map((c) => c.title);
    expect(await titles({ search: 'rivera aetna' })).toEqual(['Jordan Rivera - ABA - Aetna']);
    expect(await titles({ search: 'REF-88412' })).toEqual(['Jordan Rivera - ABA - Aetna']);
    expect(await titles({ search: 'w1234567' })).toEqual(['Jordan Rivera - ABA - Aetna']);
    expect(await titles({ search: 'cigna' })).toEqual(['Sam Lee - OT - Cigna']);
    expect(await titles({ search: 'rivera cigna' })).toEqual([]);
    expect(await titles({ status: 'denied' })).toEqual(['Sam Lee - OT - Cigna']);
    expect(await titles({ status: ['pending', 'denied'] })).toHaveLength(2);
  });

  it('leaves archived cases out unless asked, and brings them back on unarchive', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Old case' });
    await setArchived(db, c.id, true);
    expect(await listCases(db)).toEqual([]);
    expect((await listCases(db, { includeArchived: true })).map((s) => [s.title, s.archived])).toEqual([['Old case', true]]);
    await setArchived(db, c.id, false);
    expect((await listCases(db)).map((s) => s.archived)).toEqual([false]);
    expect((await getCase(db, c.id))?.revision).toBe(2);
  });
});

describe('saveCase', () => {
  it('bumps the revision and stamps updatedAt', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Draft' });
    const r = await saveCase(db, { ...c, title: 'Renamed' }, 0, new Date('2026-11-23T12:00:00.000Z'));
    expect(r.ok && r.case.revision).toBe(1);
    expect(await getCase(db, c.id)).toMatchObject({ title: 'Renamed', revision: 1, updatedAt: '2026-11-23T12:00:00.000Z' });
  });

  it('refuses to overwrite a newer save from another window and hands back the stored case', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Draft' });
    await saveCase(db, { ...c, title: 'From window A' }, 0);
    const stale = await saveCase(db, { ...c, title: 'From window B' }, 0);
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.conflict.title).toBe('From window A');
      expect(stale.error).toBeInstanceOf(RevisionConflictError);
      expect(stale.error.message).toMatch(/changed in another window/);
    }
    const thrown = await saveCaseOrThrow(db, { ...c, title: 'From window B' }, 0).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(RevisionConflictError);
    expect((thrown as RevisionConflictError).stored.revision).toBe(1);
    expect((await getCase(db, c.id))?.title).toBe('From window A');
  });

  it('refuses an invalid case with a message naming the field', async () => {
    const db = freshDb();
    const c = await createCase(db);
    await expect(saveCase(db, { ...c, status: 'lost' as never }, 0)).rejects.toThrow(/not saved: status/);
    expect((await getCase(db, c.id))?.revision).toBe(0);
  });
});

describe('duplicate and delete', () => {
  it('duplicates a case with its network attempts under a new id', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    const copy = await duplicateCase(db, b.case.id);
    expect(copy?.id).not.toBe(b.case.id);
    expect(copy).toMatchObject({ title: 'Jordan Rivera - ABA - Aetna (copy)', revision: 0, member: b.case.member });
    const attempts = await listRecords(db, 'attempts', copy!.id);
    expect(attempts.map((a) => a.providerName)).toEqual(b.attempts.map((a) => a.providerName));
    expect(await listRecords(db, 'calls', copy!.id)).toEqual([]);
    expect(await listRecords(db, 'attempts', b.case.id)).toEqual(b.attempts);
  });

  it('deletes a case with all its records, and undo puts every record back', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    await addNote(db, b.case.id, 'Authorization pending');
    const other = await createCase(db, { title: 'Other' });
    await addNote(db, other.id, 'Unrelated');
    const before = await snapshot(db);

    const deleted = await deleteCase(db, b.case.id);
    expect(deleted).toMatchObject({ case: b.case, calls: b.calls, usage: b.usage });
    expect(deleted?.notes.map((n) => n.text)).toEqual(['Authorization pending']);
    expect(await getCase(db, b.case.id)).toBeUndefined();
    expect(await listNotes(db, b.case.id)).toEqual([]);
    expect(await listRecords(db, 'attempts', b.case.id)).toEqual([]);
    expect(await listRecords(db, 'usage', b.case.id)).toEqual([]);
    expect(await listNotes(db, other.id)).toHaveLength(1);

    await restoreDeletedCase(db, deleted!);
    expect(await snapshot(db)).toEqual(before);
    expect((await searchNotes(db, 'autho')).map((h) => h.caseTitle)).toEqual(['Jordan Rivera - ABA - Aetna']);
  });

  it('returns undefined for a case that is already gone', async () => {
    const db = freshDb();
    expect(await deleteCase(db, 'missing')).toBeUndefined();
    expect(await duplicateCase(db, 'missing')).toBeUndefined();
  });
});

describe('listFirstCases', () => {
  it('gives the top of the full list (due first, archived left out) without reading every case', async () => {
    const db = freshDb();
    const dues = ['2026-12-03', '', '2026-11-20', '', '2026-12-01', '2026-11-25', '', '2026-11-21'];
    for (const [i, nextDue] of dues.entries()) {
      const c = await createCase(db, {
        title: `Case ${i}`,
        followUp: { intervalBusinessDays: 3, nextDue },
        updatedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
      });
      if (i === 2) await setArchived(db, c.id, true, new Date(Date.UTC(2026, 10, 2)));
    }
    const full = await listCases(db, { today: '2026-11-23' });
    for (const n of [1, 3, 5, 7]) {
      expect((await listFirstCases(db, n, '2026-11-23')).map((c) => c.title)).toEqual(full.slice(0, n).map((c) => c.title));
    }
  });
});
