// The search fields of a note row, derived from its text and time: `words` (each word once, checked
// in memory) and `recent` (each word's first 1 to 4 letters with the note's time, the multi-entry
// index that makes note search a short read). Derived in one place (searchFieldsMiddleware).

/** Lowercased letter/digit runs of the text, each once, in first-seen order. */
export function noteWords(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return found ? [...new Set(found)] : [];
}

/** Letters of a word's start that the `recent` index keeps: a query word is looked up by these. */
export const RECENT_PREFIX = 4;
const SEPARATOR = '\u0001';

/**
 * `recent` index entries of a note: "<prefix>\u0001<createdAt>" for every start of 1 to 4 letters
 * of its words. One prefix's entries sort by time, so the newest notes with a word starting "auth"
 * are the last entries of one key range: no read of older notes, no sort of all matches.
 */
export function recentKeys(words: readonly string[], createdAt: string): string[] {
  const prefixes = new Set<string>();
  for (const w of words) for (let n = 1; n <= Math.min(RECENT_PREFIX, w.length); n++) prefixes.add(w.slice(0, n));
  return [...prefixes].map((p) => `${p}${SEPARATOR}${createdAt}`);
}

/** The key range of one prefix's `recent` entries, oldest to newest. */
export function recentRange(prefix: string): [string, string] {
  return [`${prefix}${SEPARATOR}`, `${prefix}${SEPARATOR}\uffff`];
}

export interface NoteSearchFields {
  words: string[];
  recent: string[];
}

/** The search fields a stored note row carries (emptied by the lock's sealing, see encryption.ts). */
export function noteSearchFields(text: unknown, createdAt: unknown): NoteSearchFields {
  const words = noteWords(typeof text === 'string' ? text : '');
  return { words, recent: typeof createdAt === 'string' ? recentKeys(words, createdAt) : [] };
}

/** A stored note row without its search fields: what callers, exports and merges see. */
export function withoutSearchFields<T extends object>(row: T): Omit<T, 'words' | 'recent'> {
  const { words: _w, recent: _r, ...rest } = row as T & Partial<NoteSearchFields>;
  return rest;
}

/**
 * The query words a search has to look up: one that starts another query word is implied by it
 * ("auth authorization" needs only "authorization"), so looking it up would be wasted work.
 */
export function essentialQueryWords(words: readonly string[]): string[] {
  return words.filter((w) => !words.some((other) => other !== w && other.startsWith(w)));
}

/** Whether every query word starts some word of the note. */
export function hasEveryPrefix(noteTokens: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => noteTokens.some((w) => w.startsWith(q)));
}
