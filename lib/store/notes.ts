// Free-text notes on a case, with word-prefix search across all cases through the `words` index.
import { NoteSchema, newId, type Note } from '../case/schema';
import type { ScaDatabase } from './db';
import { firstIssueMessage } from './errors';
import {
  essentialQueryWords,
  hasEveryPrefix,
  noteWords,
  RECENT_PREFIX,
  recentRange,
  withoutSearchFields,
  type NoteSearchFields,
} from './words';
import { encryptionState } from './encryption';
import { memberName } from './cases';

type NoteRow = Note & Partial<NoteSearchFields>;

/** The note as callers see it: without the stored search tokens. */
function toNote(row: NoteRow): Note {
  return withoutSearchFields(row);
}

function toRow(input: unknown): NoteRow {
  const parsed = NoteSchema.safeParse(input);
  if (!parsed.success) throw new Error(`The note was not saved: ${firstIssueMessage(parsed.error)}`);
  return parsed.data;
}

/** Adds a note to the case; throws when the case no longer exists (deleted in another window). */
export async function addNote(db: ScaDatabase, caseId: string, text: string, now = new Date()): Promise<Note> {
  const at = now.toISOString();
  const row = toRow({ id: newId(), caseId, text, createdAt: at, updatedAt: at });
  await db.transaction('rw', db.notes, db.cases, async () => {
    if (!(await db.cases.get(caseId)))
      throw new Error('The note was not saved: its case no longer exists (it may have been deleted in another window).');
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
const newestFirst = (a: Note, b: Note) =>
  a.createdAt !== b.createdAt ? (a.createdAt > b.createdAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

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
  /** What an untitled case goes by instead (see caseDisplayTitle): its member and payer. */
  caseMemberName: string;
  casePayer: string;
}

/**
 * The newest `limit` notes that `accept` takes among those with a word starting `prefix` (at most
 * RECENT_PREFIX letters): read newest first from the `recent` index, more when too few are taken.
 */
async function newestWithPrefix(db: ScaDatabase, prefix: string, accept: (row: NoteRow) => boolean, limit: number): Promise<NoteRow[]> {
  const [lower, upper] = recentRange(prefix);
  for (let size = 2 * limit; ; size *= 4) {
    const rows = await db.notes.where('recent').between(lower, upper).reverse().limit(size).toArray();
    const kept = rows.filter(accept).sort(newestFirst);
    if (rows.length < size) return kept.slice(0, limit);
    // Done once every note as new as the last one kept has been read (its time's ties included).
    const oldestRead = rows[rows.length - 1]!.createdAt;
    if (kept.length >= limit && kept[limit - 1]!.createdAt > oldestRead) return kept.slice(0, limit);
  }
}

/**
 * Notes in any case where every word of the query is the start of some word of the note
 * ("auth ref" finds "Authorization ... reference"). Newest first, at most `limit`.
 * The longest query word's first letters pick the notes through the `recent` index, newest first;
 * the full query words are checked on those rows.
 */
export async function searchNotes(db: ScaDatabase, query: string, options: { limit?: number } = {}): Promise<NoteSearchHit[]> {
  const limit = options.limit ?? 50;
  const words = essentialQueryWords(noteWords(query));
  if (words.length === 0 || limit <= 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return db.transaction('r', db.notes, db.cases, async () => {
    let rows: NoteRow[];
    if (encryptionState(db).sealing) {
      // With the passphrase lock on the search indexes are empty (they would spell out the notes),
      // so every note is opened and checked here; about 0.5 s for 10,000 notes in Chromium.
      rows = (await db.notes.toArray())
        .filter((row) => hasEveryPrefix(noteWords(row.text), words))
        .sort(newestFirst)
        .slice(0, limit);
    } else {
      rows = await newestWithPrefix(db, longest.slice(0, RECENT_PREFIX), (row) => hasEveryPrefix(row.words ?? [], words), limit);
    }
    const hits = rows.map(toNote);
    const cases = await db.cases.bulkGet([...new Set(hits.map((n) => n.caseId))]);
    const byId = new Map(cases.filter((c) => c !== undefined).map((c) => [c.id, c]));
    return hits.map((note) => {
      const c = byId.get(note.caseId);
      return {
        note,
        caseId: note.caseId,
        caseTitle: c?.title ?? '',
        caseMemberName: c ? memberName(c) : '',
        casePayer: c?.plan.payer ?? '',
      };
    });
  });
}
