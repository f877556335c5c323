// Export of all cases, or one case, as backup file text (see format.ts). The output is stable:
// rows in a fixed order and keys in schema order, so two exports of the same data are identical.
import type { z } from 'zod';
import { CallSchema, CaseSchema, NetworkAttemptSchema, NoteSchema, UsageEntrySchema, type Case } from '../../case/schema';
import { localToday } from '../../case/validate';
import type { KeyedRow, ScaDatabase } from '../db';
import { encryptBackupText } from '../../lock/backupEnvelope';
import { backupKey } from '../lock';
import { withoutSearchFields } from '../words';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupCase, type KeyedRowValue } from './format';

/** The stored row in schema key order; a row that no longer parses is exported as stored, so nothing is dropped. */
function canonicalRow<T>(schema: z.ZodType<T>, row: unknown): T {
  const rest = withoutSearchFields(row as object);
  const parsed = schema.safeParse(rest);
  return parsed.success ? parsed.data : (rest as T);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey =
  <T extends { id: string }>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : byId(a, b);

/** Reads one case's records; runs inside the caller's transaction. */
async function backupCase(db: ScaDatabase, kase: Case): Promise<BackupCase> {
  const [notes, calls, attempts, usage] = await Promise.all([
    db.notes.where('caseId').equals(kase.id).toArray(),
    db.calls.where('caseId').equals(kase.id).toArray(),
    db.attempts.where('caseId').equals(kase.id).toArray(),
    db.usage.where('caseId').equals(kase.id).toArray(),
  ]);
  return {
    case: canonicalRow(CaseSchema, kase),
    notes: notes.map((n) => canonicalRow(NoteSchema, n)).sort(byKey((n) => n.createdAt)),
    calls: calls.map((c) => canonicalRow(CallSchema, c)).sort(byKey((c) => c.startedAt)),
    attempts: attempts.map((a) => canonicalRow(NetworkAttemptSchema, a)).sort(byKey((a) => a.date)),
    usage: usage.map((u) => canonicalRow(UsageEntrySchema, u)).sort(byKey((u) => u.date)),
  };
}

const keyedRows = (rows: KeyedRow[]) => [...rows].sort(byId) as KeyedRowValue[];

/** Pretty-printed JSON with a final newline. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n';
}

function header(scope: Backup['scope'], now: Date) {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), scope } as const;
}

function tables(db: ScaDatabase) {
  return [db.cases, db.notes, db.calls, db.attempts, db.usage, db.templates, db.fieldRules, db.userPortals];
}

/** Every case (archived ones too) with its records, plus templates, portal field rules and added portals. */
export async function exportAllBackup(db: ScaDatabase, now = new Date()): Promise<Backup> {
  return db.transaction('r', tables(db), async () => {
    const cases = (await db.cases.toArray()).sort(byKey((c) => c.createdAt));
    const entries: BackupCase[] = [];
    for (const kase of cases) entries.push(await backupCase(db, kase));
    const [templates, fieldRules, userPortals] = await Promise.all([
      db.templates.toArray(),
      db.fieldRules.toArray(),
      db.userPortals.toArray(),
    ]);
    return {
      ...header('all', now),
      cases: entries,
      templates: keyedRows(templates),
      fieldRules: keyedRows(fieldRules),
      userPortals: keyedRows(userPortals),
    };
  });
}

/** One case with its notes, calls, attempts and usage (to move a case to another browser). */
export async function exportCaseBackup(db: ScaDatabase, caseId: string, now = new Date()): Promise<Backup> {
  return db.transaction('r', tables(db), async () => {
    const kase = await db.cases.get(caseId);
    if (!kase) throw new Error('The case could not be exported: it no longer exists (it may have been deleted in another window).');
    return { ...header('case', now), cases: [await backupCase(db, kase)] };
  });
}

/** With the passphrase lock on, the file is sealed with the lock's key (lib/lock/backupEnvelope). */
async function fileText(db: ScaDatabase, backup: Backup): Promise<string> {
  const text = serializeBackup(backup);
  const key = await backupKey(db);
  return key ? encryptBackupText(text, key) : text;
}

/** The text of a backup of everything (encrypted while the lock is on). */
export async function exportAll(db: ScaDatabase, now = new Date()): Promise<string> {
  return fileText(db, await exportAllBackup(db, now));
}

/** The text of a single-case backup (encrypted while the lock is on); throws when the case is gone. */
export async function exportCase(db: ScaDatabase, caseId: string, now = new Date()): Promise<string> {
  return fileText(db, await exportCaseBackup(db, caseId, now));
}

/**
 * A file name for the download. It carries no patient name, as download lists and synced folders
 * show it; a single case is named by the start of its id.
 */
export function backupFileName(scope: Backup['scope'], now = new Date(), caseId = ''): string {
  if (scope === 'all') return `sca-assistant-backup-${localToday(now)}.json`;
  return `sca-case-${localToday(now)}-${caseId.slice(0, 8).replace(/[^\w-]/g, '') || 'case'}.json`;
}
