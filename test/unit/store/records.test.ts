import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../lib/store/bundle';
import { createCase } from '../../../lib/store/cases';
import { addRecord, deleteRecord, listRecords, putRecord, updateRecord } from '../../../lib/store/records';
import { freshDb, storeComplete } from './helpers';

describe('calls, attempts and usage', () => {
  it('adds, updates, lists in log order and deletes with undo', async () => {
    const db = freshDb();
    const c = await createCase(db);
    const early = await addRecord(db, 'calls', { caseId: c.id, startedAt: '2026-11-04T15:00:00.000Z', summary: 'First call' });
    const late = await addRecord(db, 'calls', { caseId: c.id, startedAt: '2026-11-06T15:00:00.000Z', summary: 'Follow-up' });
    expect((await listRecords(db, 'calls', c.id)).map((r) => r.summary)).toEqual(['Follow-up', 'First call']);
    await updateRecord(db, 'calls', { ...early, outcome: 'Pending' });
    expect((await listRecords(db, 'calls', c.id))[1]).toMatchObject({ id: early.id, outcome: 'Pending' });

    await addRecord(db, 'attempts', { caseId: c.id, providerName: 'B clinic', date: '2026-10-22', outcome: 'waitlist' });
    await addRecord(db, 'attempts', { caseId: c.id, providerName: 'A clinic', date: '2026-10-21', outcome: 'too-far' });
    expect((await listRecords(db, 'attempts', c.id)).map((r) => r.providerName)).toEqual(['A clinic', 'B clinic']);

    const use = await addRecord(db, 'usage', { caseId: c.id, code: '97153', date: '2026-12-02', units: 16 });
    const removed = await deleteRecord(db, 'usage', use.id);
    expect(await listRecords(db, 'usage', c.id)).toEqual([]);
    await putRecord(db, 'usage', removed!);
    expect(await listRecords(db, 'usage', c.id)).toEqual([use]);
    await deleteRecord(db, 'calls', late.id);
    expect((await listRecords(db, 'calls', c.id)).map((r) => r.id)).toEqual([early.id]);
  });

  it('rejects invalid records with the field named, and records for a missing case', async () => {
    const db = freshDb();
    const c = await createCase(db);
    await expect(addRecord(db, 'usage', { caseId: c.id, code: '97153', date: '2026-12-02', units: -1 })).rejects.toThrow(
      /usage entry was not saved: units/,
    );
    await expect(addRecord(db, 'calls', { caseId: c.id, startedAt: 'yesterday' })).rejects.toThrow(/call was not saved: startedAt/);
    await expect(addRecord(db, 'attempts', { caseId: 'gone', providerName: 'X' })).rejects.toThrow(/case no longer exists/);
    await expect(updateRecord(db, 'attempts', { id: 'never-stored', caseId: c.id, providerName: 'X' })).rejects.toThrow(
      /deleted in another window/,
    );
    expect(await listRecords(db, 'attempts', c.id)).toEqual([]);
  });

  it('loadBundle reads the case with its attempts, calls and usage', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    expect(await loadBundle(db, b.case.id)).toEqual(b);
    expect(await loadBundle(db, 'missing')).toBeUndefined();
  });
});
