import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/store/db';
import { addNote, listNotes, searchNotes } from '../../../lib/store/notes';
import { addRecord, listRecords } from '../../../lib/store/records';
import { completeBundle } from '../../fixtures/cases/complete';

describe('database versions', () => {
  it('upgrades a released version 1 database: rows kept, notes searchable by word, new tables usable', async () => {
    const name = `upgrade-v1-${Date.now()}`;
    const b = completeBundle();
    const notes = [
      { id: 'n1', caseId: b.case.id, text: 'Prior authorization reference REF-88412 given by Tasha.', createdAt: '2026-11-04T15:30:00.000Z', updatedAt: '2026-11-04T15:30:00.000Z' },
      { id: 'n2', caseId: b.case.id, text: 'Faxed records to UM.', createdAt: '2026-11-05T10:00:00.000Z', updatedAt: '2026-11-05T10:00:00.000Z' },
    ];
    // The released version 1, declared on its own as an installed copy of the extension had it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ cases: 'id, status, updatedAt', notes: 'id, caseId, createdAt', calls: 'id, caseId, startedAt', attempts: 'id, caseId, date', meta: 'key' });
    await v1.open();
    await v1.table('cases').add(b.case);
    await v1.table('notes').bulkAdd(notes);
    await v1.table('calls').bulkAdd(b.calls);
    await v1.table('attempts').bulkAdd(b.attempts);
    await v1.table('meta').put({ key: 'activeCase', value: { byWindow: [['1', b.case.id]], last: b.case.id } });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    // Version 3 indexes the upgraded cases by follow-up due date.
    expect(b.case.followUp.nextDue).not.toBe('');
    expect((await db.cases.where('followUp.nextDue').equals(b.case.followUp.nextDue).primaryKeys())).toEqual([b.case.id]);
    expect(await db.cases.get(b.case.id)).toEqual(b.case);
    expect(await listRecords(db, 'calls', b.case.id)).toEqual(b.calls);
    expect(await listRecords(db, 'attempts', b.case.id)).toEqual(b.attempts);
    expect((await db.meta.get('activeCase'))?.value).toEqual({ byWindow: [['1', b.case.id]], last: b.case.id });
    expect(await listNotes(db, b.case.id)).toEqual([notes[1], notes[0]]);
    // The upgrades filled the search indexes of notes written before they existed (v2 words, v4 recent).
    expect(await db.notes.where('recent').startsWith('auth').primaryKeys()).toEqual(['n1']);
    const hits = await searchNotes(db, 'auth');
    expect(hits.map((h) => [h.note.id, h.caseTitle])).toEqual([['n1', 'Jordan Rivera - ABA - Aetna']]);
    expect((await searchNotes(db, 'ref-884')).map((h) => h.note.id)).toEqual(['n1']);
    // Tables added in version 2 work, and new notes are indexed as well.
    await addRecord(db, 'usage', { caseId: b.case.id, code: '97153', date: '2026-12-03', units: 8 });
    expect(await listRecords(db, 'usage', b.case.id)).toHaveLength(1);
    await addNote(db, b.case.id, 'Authorized 480 units');
    expect((await searchNotes(db, 'aut')).length).toBe(2);
    db.close();
    await db.delete();
  });
});
