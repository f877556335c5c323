import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/store/db';
import { enableLock, lockStatus, unlock } from '../../../lib/store/lock';
import { addNote, listNotes, searchNotes } from '../../../lib/store/notes';
import { addRecord, listRecords } from '../../../lib/store/records';
import { listUserTemplates } from '../../../lib/store/templates';
import { CaseSchema } from '../../../lib/case/schema';
import { completeBundle } from '../../fixtures/cases/complete';
import { RELEASED_CASE_ROWS } from '../../fixtures/releasedRows';
import { RELEASED_SCHEMAS, RELEASED_VERSIONS, releasedNoteRow } from '../../fixtures/releasedSchemas';
import { FAST, rawRows } from '../lock/helpers';

let counter = 0;

/** A database as released version `v` left it: its schema alone, no middleware. */
async function releasedDatabase(v: number, fill: (db: Dexie) => Promise<void>): Promise<string> {
  const name = `upgrade-v${v}-${process.pid}-${++counter}`;
  const old = new Dexie(name);
  old.version(v).stores(RELEASED_SCHEMAS[v]!);
  await old.open();
  await fill(old);
  old.close();
  return name;
}

const TEMPLATE = {
  id: 'user:t1',
  title: 'Waitlist letter (my copy)',
  body: 'No in-network provider within {{distance}}.',
  voice: 'provider',
  basedOn: 'waitlist',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};

describe('database versions', () => {
  it('every released version is older than the current one, and has a released case row', () => {
    const current = openDatabase('versions-only').verno;
    expect(RELEASED_VERSIONS.every((v) => v < current)).toBe(true);
    expect(Object.keys(RELEASED_CASE_ROWS).map(Number)).toEqual(RELEASED_VERSIONS);
  });

  for (const v of RELEASED_VERSIONS) {
    it(`upgrades a released version ${v} database: rows kept, notes searchable by word, every table usable`, async () => {
      // The case row as version v wrote it; calls, attempts and usage have kept their shape since.
      const released = RELEASED_CASE_ROWS[v]!;
      const today = completeBundle();
      const withCase = <T extends { caseId: string }>(rows: T[]) => rows.map((r) => ({ ...r, caseId: String(released.id) }));
      const b = {
        case: CaseSchema.parse(released),
        calls: withCase(today.calls),
        attempts: withCase(today.attempts),
        usage: withCase(today.usage),
      };
      const notes = [
        {
          id: 'n1',
          caseId: b.case.id,
          text: 'Prior authorization reference REF-88412 given by Tasha.',
          createdAt: '2026-11-04T15:30:00.000Z',
          updatedAt: '2026-11-04T15:30:00.000Z',
        },
        {
          id: 'n2',
          caseId: b.case.id,
          text: 'Faxed records to UM.',
          createdAt: '2026-11-05T10:00:00.000Z',
          updatedAt: '2026-11-05T10:00:00.000Z',
        },
      ];
      const name = await releasedDatabase(v, async (old) => {
        await old.table('cases').add(released);
        await old.table('notes').bulkAdd(notes.map((n) => releasedNoteRow(n, v)));
        await old.table('calls').bulkAdd(b.calls);
        await old.table('attempts').bulkAdd(b.attempts);
        await old.table('meta').put({ key: 'activeCase', value: { byWindow: [['1', b.case.id]], last: b.case.id } });
        if (v >= 2) {
          await old.table('usage').bulkAdd(b.usage);
          await old.table('templates').add(TEMPLATE);
        }
      });

      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(4);
      // Version 3 indexes the cases by follow-up due date.
      expect(b.case.followUp.nextDue).not.toBe('');
      expect(await db.cases.where('followUp.nextDue').equals(b.case.followUp.nextDue).primaryKeys()).toEqual([b.case.id]);
      // Read in today's shape: as the row would be once saved again.
      expect(await db.cases.get(b.case.id)).toEqual(b.case);
      expect(await listRecords(db, 'calls', b.case.id)).toEqual(b.calls);
      expect(await listRecords(db, 'attempts', b.case.id)).toEqual(b.attempts);
      expect((await db.meta.get('activeCase'))?.value).toEqual({ byWindow: [['1', b.case.id]], last: b.case.id });
      expect((await listNotes(db, b.case.id)).map((n) => [n.id, n.text])).toEqual([
        ['n2', notes[1]!.text],
        ['n1', notes[0]!.text],
      ]);
      // The upgrades filled the search index of notes written before it existed (v4 recent).
      expect(await db.notes.where('recent').startsWith('auth').primaryKeys()).toEqual(['n1']);
      const hits = await searchNotes(db, 'auth');
      expect(hits.map((h) => [h.note.id, h.caseTitle])).toEqual([['n1', b.case.title]]);
      expect((await searchNotes(db, 'ref-884')).map((h) => h.note.id)).toEqual(['n1']);
      if (v >= 2) {
        expect(await listRecords(db, 'usage', b.case.id)).toEqual(b.usage);
        expect((await listUserTemplates(db)).map((t) => t.title)).toEqual([TEMPLATE.title]);
      }
      // Tables added in version 2 work, and new notes are indexed as well.
      await addRecord(db, 'usage', { caseId: b.case.id, code: '97155', date: '2026-12-03', units: 8 });
      expect(await listRecords(db, 'usage', b.case.id)).toHaveLength(v >= 2 ? 2 : 1);
      await addNote(db, b.case.id, 'Authorized 480 units');
      expect((await searchNotes(db, 'aut')).length).toBe(2);
      db.close();
      await db.delete();
    });
  }

  it('upgrades a version 3 database whose passphrase lock is on: it opens locked, and unlocks to every note, searchable', async () => {
    // Sealed rows as the lock writes them, taken from a current database and put into a version 3
    // one the way version 3 kept them (its notes' word index empty, as sealing leaves it).
    const b = completeBundle();
    const source = openDatabase(`upgrade-locked-source-${process.pid}`);
    await source.cases.add(b.case);
    await addNote(source, b.case.id, 'Peer to peer with Dr. Okafor scheduled for Thursday.');
    await enableLock(source, 'correct horse battery', FAST);
    const sealed = await rawRows(source);
    source.close();
    await source.delete();
    expect(JSON.stringify(sealed.notes)).not.toContain('Okafor');

    const name = await releasedDatabase(3, async (old) => {
      await old.table('cases').bulkAdd(sealed.cases!);
      await old.table('notes').bulkAdd(sealed.notes!.map(({ recent: _recent, ...row }) => ({ ...row, words: [] })));
      await old.table('meta').bulkAdd(sealed.meta!);
    });

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await lockStatus(db)).toBe('locked');
    await unlock(db, 'correct horse battery');
    expect(await db.cases.get(b.case.id)).toEqual(b.case);
    expect((await listNotes(db, b.case.id)).map((n) => n.text)).toEqual(['Peer to peer with Dr. Okafor scheduled for Thursday.']);
    expect((await searchNotes(db, 'okafor')).map((h) => h.caseTitle)).toEqual([b.case.title]);
    // Still sealed on disk after the upgrade.
    expect(JSON.stringify((await rawRows(db)).notes)).not.toContain('Okafor');
    db.close();
    await db.delete();
  });
});
