// searchNotes over a few hundred notes: the `recent` index read (first batch enough, more batches,
// ties cut by the limit, words longer than the indexed prefix) and the locked scan must give what a
// plain reading of the rule gives: every query word starts a word of the note,
// newest first, ties by id, at most `limit`.
import { describe, expect, it } from 'vitest';
import { newId } from '../../../lib/case/schema';
import { createCase } from '../../../lib/store/cases';
import type { ScaDatabase } from '../../../lib/store/db';
import { enableLock } from '../../../lib/store/lock';
import { searchNotes } from '../../../lib/store/notes';
import { FAST } from '../lock/helpers';
import { freshDb } from './helpers';

interface Seeded {
  id: string;
  caseId: string;
  text: string;
  createdAt: string;
}

/** 600 notes on 7 cases; three notes share each minute, so ties cross page boundaries. */
async function seed(db: ScaDatabase): Promise<{ notes: Seeded[]; titles: Map<string, string> }> {
  const cases = await Promise.all(Array.from({ length: 7 }, (_, i) => createCase(db, { title: `Case ${i}` })));
  const notes = Array.from({ length: 600 }, (_, i) => {
    const parts = ['Routine call', `item ${i}`];
    if (i % 13 === 0) parts.push('authorization pending'); // 47 notes: too many to read at once for small limits
    if (i % 2 === 0) parts.push('reference given'); // every other note
    if (i % 97 === 0) parts.push('peer to peer'); // 7 notes
    if (i % 13 < 2) parts.push('fax sent'); // 93 notes, mostly in pairs written the same minute
    if (i % 5 === 1) parts.push('claim denied');
    if (i % 5 === 2) parts.push('appeal filed'); // never in the same note as "denied"
    const createdAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 60_000).toISOString();
    return { id: newId(), caseId: cases[i % 7]!.id, text: parts.join(', '), createdAt };
  });
  await db.notes.bulkAdd(notes.map((n) => ({ ...n, updatedAt: n.createdAt })));
  return { notes, titles: new Map(cases.map((c) => [c.id, c.title])) };
}

/** The rule read plainly, independent of the indexes: ids in the order the search must give. */
function expected(notes: Seeded[], query: string, limit = 50): string[] {
  const q = query.toLowerCase().split(/\s+/).filter(Boolean);
  return notes
    .filter((n) => {
      const tokens = n.text.toLowerCase().split(/[^a-z0-9]+/);
      return q.every((w) => tokens.some((t) => t.startsWith(w)));
    })
    .sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt > b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((n) => n.id);
}

const QUERIES: [string, number][] = [
  ['routine', 50], // in every note: settled by the first page
  ['routine', 4], // the limit cuts a minute shared by three notes
  ['auth', 50], // 47 notes: few enough to read them all
  ['auth', 10], // 47 notes, limit 10
  ['auth', 7],
  ...[5, 6, 7, 8, 9, 10, 11, 12].map((limit): [string, number] => ['fax', limit]), // the limit cuts same-minute pairs
  ['ref auth', 5], // a common word with a rarer one: the longer word picks the rows
  ['authorization', 10], // longer than the indexed prefix: checked on the rows
  ['reference auth', 5], // "refe" picks every other note, "auth" is rarer: more batches are read
  ['auth ref', 10],
  ['peer', 50], // rare
  ['peer authorization', 50],
  ['denied appeal', 50], // two common words never together: no hit
  ['zebra', 50], // no note
  ['item 59', 50], // item 59, 590..599
  ['reference', 200],
];

describe('searchNotes gives exactly the newest matching notes', () => {
  it('for common, rare, long and multi-word queries, no hit, ties and limits', async () => {
    const db = freshDb();
    const { notes, titles } = await seed(db);
    for (const [query, limit] of QUERIES) {
      const hits = await searchNotes(db, query, { limit });
      expect(
        hits.map((h) => h.note.id),
        `${query} / ${limit}`,
      ).toEqual(expected(notes, query, limit));
      for (const h of hits) expect(h.caseTitle).toBe(titles.get(h.caseId));
    }
    // Sanity of the data itself: the cases above are really what their comments say.
    expect(expected(notes, 'auth', 600)).toHaveLength(47);
    expect(expected(notes, 'denied appeal', 600)).toEqual([]);
    expect(expected(notes, 'routine', 4)).toHaveLength(4);
  });

  it("gives an untitled case's member and payer, for the name the case goes by", async () => {
    const db = freshDb();
    const kase = await createCase(db, { title: '', member: { firstName: 'Avery', lastName: 'Quinn' }, plan: { payer: 'Cigna' } });
    await db.notes.add({ id: 'n1', caseId: kase.id, text: 'Peer review booked', createdAt: kase.createdAt, updatedAt: kase.createdAt });
    const [hit] = await searchNotes(db, 'peer');
    expect(hit).toMatchObject({ caseTitle: '', caseMemberName: 'Avery Quinn', casePayer: 'Cigna' });
  });

  it('reads on when the limit falls among notes written at the same instant', async () => {
    const db = freshDb();
    const kase = await createCase(db, { title: 'Ties' });
    const at = '2026-11-20T15:00:00.000Z';
    // Read newest first, equal times come in descending id; the order wants the smallest ids first.
    await db.notes.bulkAdd(
      ['e', 'd', 'c', 'b', 'a'].map((id) => ({ id, caseId: kase.id, text: `Fax sent ${id}`, createdAt: at, updatedAt: at })),
    );
    expect((await searchNotes(db, 'fax', { limit: 2 })).map((h) => h.note.id)).toEqual(['a', 'b']);
  });

  it('returns whole notes without the stored search words, newest first', async () => {
    const db = freshDb();
    const { notes } = await seed(db);
    const [top] = await searchNotes(db, 'peer');
    const newestPeer = notes.filter((n) => n.text.includes('peer')).at(-1)!;
    expect(top!.note).toEqual({ ...newestPeer, updatedAt: newestPeer.createdAt });
  });

  it('sees a note added after an earlier search, and no longer one deleted', async () => {
    const db = freshDb();
    const { notes } = await seed(db);
    const late = { id: newId(), caseId: notes[0]!.caseId, text: 'Peer review booked', createdAt: '2027-01-01T00:00:00.000Z' };
    await db.notes.add({ ...late, updatedAt: late.createdAt });
    expect((await searchNotes(db, 'peer', { limit: 2 })).map((h) => h.note.id)).toEqual([late.id, expected(notes, 'peer', 1)[0]]);
    await db.notes.delete(late.id);
    expect((await searchNotes(db, 'peer', { limit: 1 })).map((h) => h.note.id)).toEqual(expected(notes, 'peer', 1));
  });

  it('gives the same results with the passphrase lock on (no search index, notes opened and scanned)', async () => {
    const db = freshDb();
    const { notes } = await seed(db);
    await enableLock(db, 'correct horse battery', FAST);
    // The search index holds nothing while the lock is on: every query below takes the scan.
    expect(await db.notes.where('recent').startsWith('r').count()).toBe(0);
    for (const [query, limit] of QUERIES) {
      expect(
        (await searchNotes(db, query, { limit })).map((h) => h.note.id),
        `${query} / ${limit}`,
      ).toEqual(expected(notes, query, limit));
    }
  }, 60_000);
});
