// Import of a backup: preview what would change, then merge it in one transaction (all or nothing).
import type { ScaDatabase } from '../db';
import { withoutSearchFields } from '../words';
import { CHILD_TABLES, KEYED_TABLES, type Backup } from './format';
import { readBackupFile, type ReadBackupResult } from './encrypted';
import { planImport, type ImportPlan, type ImportPreview, type StoredMatches } from './merge';

export type OpenedBackup = { ok: true; backup: Backup; preview: ImportPreview } | Exclude<ReadBackupResult, { ok: true }>;

function importTables(db: ScaDatabase) {
  return [db.cases, db.notes, db.calls, db.attempts, db.usage, db.templates, db.fieldRules, db.userPortals];
}

const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);
const byId = <T extends { id: string }>(rows: (T | undefined)[]) => new Map(present(rows).map((r) => [r.id, r]));

/** Reads what the file's rows could meet; runs inside the caller's transaction. */
async function readMatches(db: ScaDatabase, b: Backup): Promise<StoredMatches> {
  const cases = byId(await db.cases.bulkGet(b.cases.map((e) => e.case.id)));
  const idsOf = (table: (typeof CHILD_TABLES)[number]) => b.cases.flatMap((e) => e[table].map((r) => r.id));
  const [notes, calls, attempts, usage] = await Promise.all([
    db.notes.bulkGet(idsOf('notes')),
    db.calls.bulkGet(idsOf('calls')),
    db.attempts.bulkGet(idsOf('attempts')),
    db.usage.bulkGet(idsOf('usage')),
  ]);
  const ofCase: StoredMatches['ofCase'] = new Map();
  for (const id of cases.keys()) {
    const [n, c, a, u] = await Promise.all([
      db.notes.where('caseId').equals(id).toArray(),
      db.calls.where('caseId').equals(id).toArray(),
      db.attempts.where('caseId').equals(id).toArray(),
      db.usage.where('caseId').equals(id).toArray(),
    ]);
    ofCase.set(id, { notes: n.map(withoutSearchFields), calls: c, attempts: a, usage: u });
  }
  const keyed = {} as StoredMatches['keyed'];
  for (const table of KEYED_TABLES) keyed[table] = byId(await db[table].bulkGet((b[table] ?? []).map((r) => r.id)));
  return {
    cases,
    byId: {
      notes: new Map(present(notes).map((n) => [n.id, withoutSearchFields(n)])),
      calls: byId(calls),
      attempts: byId(attempts),
      usage: byId(usage),
    },
    ofCase,
    keyed,
  };
}

async function plan(db: ScaDatabase, backup: Backup, now: Date): Promise<ImportPlan> {
  return planImport(backup, await readMatches(db, backup), now);
}

/** Per case: add / replace-older / keep-newer / identical, and how many records each table would gain. */
export async function previewImport(db: ScaDatabase, backup: Backup, now = new Date()): Promise<ImportPreview> {
  return db.transaction('r', importTables(db), async () => (await plan(db, backup, now)).preview);
}

/** Merges the backup into the database in one transaction; returns what was done (as previewImport describes it). */
export async function applyImport(db: ScaDatabase, backup: Backup, now = new Date()): Promise<ImportPreview> {
  return db.transaction('rw', importTables(db), async () => {
    const { preview, writes } = await plan(db, backup, now);
    await db.cases.bulkPut(writes.cases);
    await db.notes.bulkPut(writes.notes);
    await db.calls.bulkPut(writes.calls);
    await db.attempts.bulkPut(writes.attempts);
    await db.usage.bulkPut(writes.usage);
    for (const table of KEYED_TABLES) await db[table].bulkPut(writes[table]);
    return preview;
  });
}

/**
 * A backup file's text read (an encrypted one with its passphrase) and its import previewed: what
 * Import shows before the user confirms, then applyImport writes. A bad file or a missing or wrong
 * passphrase is a result (nothing is written); only storage failures throw.
 */
export async function openBackupFile(db: ScaDatabase, text: string, passphrase?: string, now = new Date()): Promise<OpenedBackup> {
  const read = await readBackupFile(text, passphrase);
  if (!read.ok) return read;
  return { ok: true, backup: read.backup, preview: await previewImport(db, read.backup, now) };
}
