// Free-text notes on a case, with word-prefix search across all cases through the `words` index.
import { NoteSchema, newId, type Note } from '../case/schema';
import type { ScaDatabase } from './db';
import { firstIssueMessage } from './errors';
import { noteWords } from './words';
import { encryptionState } from './encryption';

type NoteRow = Note & { words?: string[] };

/** The note as callers see it: without the stored search tokens. */
function toNote({ words: _words, ...note }: NoteRow): Note {
  return note;
}

function toRow(input: unknown): NoteRow {
  const parsed = NoteSchema.safeParse(input);
  if (!parsed.success) throw new Error(`The note was not saved: ${firstIssueMessage(parsed.error)}`);
  return { ...parsed.data, words: noteWords(parsed.data.text) };
}

/** Adds a note to the case; throws when the case no longer exists (deleted in another window). */
export async function addNote(db: ScaDatabase, caseId: string, text: string, now = new Date()): Promise<Note> {
  const at = now.toISOString();
  const row = toRow({ id: newId(), caseId, text, createdAt: at, updatedAt: at });
  await db.transaction('rw', db.notes, db.cases, async () => {
    if (!(await db.cases.get(caseId))) throw new Error('The note was not saved: its case no longer exists (it may have been deleted in another window).');
    await db.notes.add(row);
  });
  return toNote(row);
}

/** Replaces the note's text; undefined when the note no longer exists. */
export async function updateNote(db: ScaDatabase, id: string, text: string, now = new Date()): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(id);
    if (!stored) return undefined;
    const row = toRow({ ...toNote(stored), text, updatedAt: now.toISOString() });
    await db.notes.put(row);
    return toNote(row);
  });
}

/** Deletes the note and returns it (for undo). */
export async function deleteNote(db: ScaDatabase, id: string): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(id);
    if (!stored) return undefined;
    await db.notes.delete(id);
    return toNote(stored);
  });
}

/** Puts a note back as it was (undo of deleteNote). */
export async function restoreNote(db: ScaDatabase, note: Note): Promise<void> {
  await db.transaction('rw', db.notes, () => db.notes.put(toRow(note)));
}

/** Newest first; the id breaks ties so the order is stable. */
const newestFirst = (a: Note, b: Note) => (a.createdAt !== b.createdAt ? (a.createdAt > b.createdAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The case's notes, newest first. */
export async function listNotes(db: ScaDatabase, caseId: string): Promise<Note[]> {
  const rows = await db.notes.where('caseId').equals(caseId).toArray();
  return rows.map(toNote).sort(newestFirst);
}

export interface NoteSearchHit {
  note: Note;
  caseId: string;
  /** The case's title at search time ('' when untitled or the case is gone). */
  caseTitle: string;
}

/**
 * Notes in any case where every word of the query is the start of some word of the note
 * ("auth ref" finds "Authorization ... reference"). Newest first, at most `limit`.
 * The longest query word narrows through the index; the others are checked on that short list.
 */

export async function searchNotes(db: ScaDatabase, query: string, options: { limit?: number } = {}): Promise<NoteSearchHit[]> {
  const limit = options.limit ?? 50;
  const words = noteWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const [longest, ...others] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
  return db.transaction('r', db.notes, db.cases, async () => {
    const matchesOthers = (row: NoteRow) => {
      const own = row.words?.length ? row.words : noteWords(row.text);
      return others.every((q) => own.some((w) => w.startsWith(q)));
    };
    let candidates: NoteRow[];
    if (encryptionState(db).sealing) {
      // With the passphrase lock on the word index is empty (it would spell out the notes), so every
      // note is opened and scanned here; about 0.5 s for 10,000 notes in Chromium.
      candidates = (await db.notes.toArray()).filter((row) => noteWords(row.text).some((w) => w.startsWith(longest)));
    } else {
      candidates = await db.notes.where('words').startsWith(longest).distinct().toArray();
    }
    const hits = candidates.filter(matchesOthers).map(toNote).sort(newestFirst).slice(0, limit);
    const cases = await db.cases.bulkGet([...new Set(hits.map((n) => n.caseId))]);
    const titles = new Map(cases.filter((c) => c !== undefined).map((c) => [c.id, c.title]));
    return hits.map((note) => ({ note, caseId: note.caseId, caseTitle: titles.get(note.caseId) ?? '' }));
  });
}
