import { describe, expect, it } from 'vitest';
import { createCase } from '../../../lib/store/cases';
import { addNote, deleteNote, listNotes, restoreNote, searchNotes, updateNote } from '../../../lib/store/notes';
import { freshDb } from './helpers';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 12, minute));

describe('notes', () => {
  it('adds, edits and lists a case’s notes newest first', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Case A' });
    const first = await addNote(db, c.id, 'Called UM', at(0));
    await addNote(db, c.id, 'Faxed records', at(5));
    await updateNote(db, first.id, 'Called UM, ref 123', at(9));
    const notes = await listNotes(db, c.id);
    expect(notes.map((n) => n.text)).toEqual(['Faxed records', 'Called UM, ref 123']);
    expect(notes[1]).toMatchObject({ createdAt: at(0).toISOString(), updatedAt: at(9).toISOString() });
    expect(notes[1]).not.toHaveProperty('words');
  });

  it('deletes a note and undo restores it, searchable again', async () => {
    const db = freshDb();
    const c = await createCase(db);
    const n = await addNote(db, c.id, 'Authorization number A-1');
    const removed = await deleteNote(db, n.id);
    expect(await listNotes(db, c.id)).toEqual([]);
    expect(await searchNotes(db, 'authorization')).toEqual([]);
    await restoreNote(db, removed!);
    expect(await listNotes(db, c.id)).toEqual([n]);
    expect((await searchNotes(db, 'authorization')).map((h) => h.note.id)).toEqual([n.id]);
    expect(await updateNote(db, 'gone', 'x')).toBeUndefined();
    expect(await deleteNote(db, 'gone')).toBeUndefined();
  });

  it('refuses a note for a case that no longer exists', async () => {
    const db = freshDb();
    await expect(addNote(db, 'no-such-case', 'text')).rejects.toThrow(/case no longer exists/);
  });

  it('searches every case by word prefix, all query words must match, newest first with the case title', async () => {
    const db = freshDb();
    const a = await createCase(db, { title: 'Rivera ABA' });
    const b = await createCase(db, { title: 'Lee OT' });
    await addNote(db, a.id, 'Prior authorization submitted on Availity', at(1));
    await addNote(db, b.id, 'Rep said the AUTHORIZATION needs a peer review', at(2));
    await addNote(db, b.id, 'Author of the letter: Dr. Natarajan', at(3));
    await addNote(db, a.id, 'Unauthorized? no', at(4));
    const hits = await searchNotes(db, 'aut');
    expect(hits.map((h) => [h.caseTitle, h.note.text.slice(0, 12)])).toEqual([
      ['Lee OT', 'Author of th'],
      ['Lee OT', 'Rep said the'],
      ['Rivera ABA', 'Prior author'],
    ]);
    expect(hits[0]!.caseId).toBe(b.id);
    expect((await searchNotes(db, 'auth peer')).map((h) => h.caseTitle)).toEqual(['Lee OT']);
    expect((await searchNotes(db, 'AVAIL prior')).map((h) => h.caseTitle)).toEqual(['Rivera ABA']);
    expect(await searchNotes(db, 'thorization')).toEqual([]);
    expect(await searchNotes(db, '  ')).toEqual([]);
    expect(await searchNotes(db, 'aut', { limit: 1 })).toHaveLength(1);
  });

  it('finds the newest matches when a word is in most notes, and still applies every query word', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Busy case' });
    // 600 notes mention authorization; every third also a reference number.
    for (let i = 0; i < 600; i++)
      await addNote(db, c.id, `Authorization follow-up ${i}${i % 3 === 0 ? ' reference given' : ''}`, new Date(Date.UTC(2026, 0, 1, 0, i)));
    const hits = await searchNotes(db, 'auth', { limit: 50 });
    expect(hits).toHaveLength(50);
    expect(hits[0]!.note.text).toBe('Authorization follow-up 599');
    expect(hits[49]!.note.text).toBe('Authorization follow-up 550');
    const both = await searchNotes(db, 'auth ref', { limit: 5 });
    expect(both.map((h) => h.note.text)).toEqual([597, 594, 591, 588, 585].map((i) => `Authorization follow-up ${i} reference given`));
  });

  it('finds a rare word in old notes through the index', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Long case' });
    for (let i = 0; i < 420; i++)
      await addNote(db, c.id, i < 2 ? `Peer to peer booked ${i}` : `Routine call ${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)));
    expect((await searchNotes(db, 'peer')).map((h) => h.note.text)).toEqual(['Peer to peer booked 1', 'Peer to peer booked 0']);
    expect(await searchNotes(db, 'peer zebra')).toEqual([]);
  });
});
