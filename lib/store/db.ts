// The extension's IndexedDB (extension origin only; content scripts never open it).
// Versions are append-only: each new version keeps the old ones' declarations and adds an upgrade.
import Dexie, { type EntityTable } from 'dexie';
import type { Call, Case, NetworkAttempt, Note, UsageEntry } from '../case/schema';
import { noteSearchFields, noteWords, type NoteSearchFields } from './words';
import { searchFieldsMiddleware } from './searchFieldsMiddleware';
import { normalizeMiddleware } from './normalizeMiddleware';
import { encryptionMiddleware, encryptionState } from './encryption';
import { LOCK_SETTINGS_KEY } from './lockSettings';

/** A key/value row for small settings: the active case per window, the lock's salt ... */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** Loosely typed rows for features that keep their own zod schemas (templates, portal rules, portals). */
export interface KeyedRow {
  id: string;
  [field: string]: unknown;
}

export type ScaDatabase = Dexie & {
  cases: EntityTable<Case, 'id'>;
  notes: EntityTable<Note & Partial<NoteSearchFields>, 'id'>;
  calls: EntityTable<Call, 'id'>;
  attempts: EntityTable<NetworkAttempt, 'id'>;
  usage: EntityTable<UsageEntry, 'id'>;
  templates: EntityTable<KeyedRow, 'id'>;
  fieldRules: EntityTable<KeyedRow, 'id'>;
  userPortals: EntityTable<KeyedRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'sca-assistant';

/** Schema versions, oldest first. Never edit a released entry; add a new one. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    cases: 'id, status, updatedAt',
    notes: 'id, caseId, createdAt',
    calls: 'id, caseId, startedAt',
    attempts: 'id, caseId, date',
    meta: 'key',
  });
  // 2: usage log, templates, portal field rules, user-added portals; notes get a word index for search.
  db.version(2)
    .stores({
      notes: 'id, caseId, createdAt, *words',
      usage: 'id, caseId, code',
      templates: 'id, updatedAt',
      fieldRules: 'id, portalId',
      userPortals: 'id',
    })
    .upgrade((tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: { text?: unknown; words?: string[] }) => {
          note.words = noteWords(typeof note.text === 'string' ? note.text : '');
        }),
    );
  // 3: cases indexed by follow-up due date, so the case list can draw its first rows without
  // reading every case (the list is sorted by what is due).
  db.version(3).stores({ cases: 'id, status, updatedAt, followUp.nextDue' });
  // 4: notes indexed by each word's first letters with the note's time, so a search reads only the
  // newest matching notes (words.ts). The plain word index goes: the rows keep their words for the
  // check in memory, and an index nobody reads only slowed every write.
  db.version(4)
    .stores({ notes: 'id, caseId, createdAt, *recent' })
    .upgrade((tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: { text?: unknown; createdAt?: unknown; recent?: string[] }) => {
          note.recent = noteSearchFields(note.text, note.createdAt).recent;
        }),
    );
}

export function openDatabase(name = DB_NAME): ScaDatabase {
  const db = new Dexie(name) as ScaDatabase;
  declareVersions(db);
  // The passphrase lock: a pass-through until the lock is on (lib/store/encryption.ts). Whether
  // writes must be sealed is read at every open, before any other request runs.
  const state = encryptionState(db);
  db.use(encryptionMiddleware(state));
  db.use(searchFieldsMiddleware);
  // Cases come back in today's shape whichever version stored them (lib/case/normalize.ts).
  db.use(normalizeMiddleware);
  db.on('ready', async () => {
    state.sealing = (await db.meta.get(LOCK_SETTINGS_KEY)) !== undefined;
  });
  return db;
}
