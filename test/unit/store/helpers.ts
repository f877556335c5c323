// Shared set-up for store tests: a fresh database per test and a snapshot of every table.
import { afterEach } from 'vitest';
import { applyImport, openBackupFile, type OpenedBackup } from '../../../lib/store/backup';
import { openDatabase, type ScaDatabase } from '../../../lib/store/db';
import { completeBundle } from '../../fixtures/cases/complete';

const opened: ScaDatabase[] = [];
let counter = 0;

/** A new, empty database with a unique name (fake-indexeddb keeps databases for the whole run). */
export function freshDb(): ScaDatabase {
  const db = openDatabase(`store-test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete().catch(() => undefined);
  }
});

/** Every row of every table, keys sorted, for "nothing changed" assertions. */
export async function snapshot(db: ScaDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = (await table.toArray()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

/** The complete fixture case stored with its attempts, calls and usage. */
export async function storeComplete(db: ScaDatabase) {
  const b = completeBundle();
  await db.transaction('rw', [db.cases, db.attempts, db.calls, db.usage], async () => {
    await db.cases.add(b.case);
    await db.attempts.bulkAdd(b.attempts);
    await db.calls.bulkAdd(b.calls);
    await db.usage.bulkAdd(b.usage);
  });
  return b;
}

/**
 * Imports a backup file's text as the side panel's Import does: open it (read and preview), then
 * apply what it previewed. The open's result when the file is refused (nothing written).
 */
export async function importFile(db: ScaDatabase, text: string, passphrase?: string): Promise<OpenedBackup> {
  const opened = await openBackupFile(db, text, passphrase);
  if (opened.ok) await applyImport(db, opened.backup);
  return opened;
}
