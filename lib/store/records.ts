// Calls, network attempts and usage entries: the logged records of a case, stored after a zod parse.
import type { z } from 'zod';
import { CallSchema, NetworkAttemptSchema, UsageEntrySchema, newId, type Call, type NetworkAttempt, type UsageEntry } from '../case/schema';
import type { ScaDatabase } from './db';
import { firstIssueMessage } from './errors';

export interface RecordKinds {
  calls: Call;
  attempts: NetworkAttempt;
  usage: UsageEntry;
}
export type RecordKind = keyof RecordKinds;

const SCHEMAS = { calls: CallSchema, attempts: NetworkAttemptSchema, usage: UsageEntrySchema };

export type RecordInput<K extends RecordKind> = z.input<(typeof SCHEMAS)[K]>;

const NAMES: Record<RecordKind, string> = { calls: 'call', attempts: 'network attempt', usage: 'usage entry' };

/** Log order for display: calls newest first; attempts and usage in date order (as letters list them). */
const ORDER: { [K in RecordKind]: (a: RecordKinds[K], b: RecordKinds[K]) => number } = {
  calls: (a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id),
  attempts: (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  usage: (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
};

function table<K extends RecordKind>(db: ScaDatabase, kind: K) {
  return db.table<RecordKinds[K], string>(kind);
}

function parseRecord<K extends RecordKind>(kind: K, input: unknown): RecordKinds[K] {
  const parsed = (SCHEMAS[kind] as unknown as z.ZodType<RecordKinds[K]>).safeParse(input);
  if (!parsed.success) throw new Error(`The ${NAMES[kind]} was not saved: ${firstIssueMessage(parsed.error)}`);
  return parsed.data;
}

/** Writes one validated record in a transaction that also checks its case still exists. */
async function writeRecord<K extends RecordKind>(
  db: ScaDatabase,
  kind: K,
  row: RecordKinds[K],
  mustExist: boolean,
): Promise<RecordKinds[K]> {
  const t = table(db, kind);
  await db.transaction('rw', t, db.cases, async () => {
    if (!(await db.cases.get(row.caseId)))
      throw new Error(`The ${NAMES[kind]} was not saved: its case no longer exists (it may have been deleted in another window).`);
    if (mustExist && !(await t.get(row.id))) throw new Error(`The ${NAMES[kind]} was not saved: it was deleted in another window.`);
    await t.put(row);
  });
  return row;
}

/** Adds or replaces one record (also the undo of deleteRecord); throws an Error naming the bad field. */
export async function putRecord<K extends RecordKind>(db: ScaDatabase, kind: K, input: RecordInput<K>): Promise<RecordKinds[K]> {
  return writeRecord(db, kind, parseRecord(kind, input), false);
}

/** Adds a new record under a fresh id. */
export async function addRecord<K extends RecordKind>(
  db: ScaDatabase,
  kind: K,
  input: Omit<RecordInput<K>, 'id'>,
): Promise<RecordKinds[K]> {
  return writeRecord(db, kind, parseRecord(kind, { ...input, id: newId() }), false);
}

/** Replaces an existing record; throws when it was deleted meanwhile, so an edit does not resurrect it. */
export async function updateRecord<K extends RecordKind>(db: ScaDatabase, kind: K, input: RecordInput<K>): Promise<RecordKinds[K]> {
  return writeRecord(db, kind, parseRecord(kind, input), true);
}

/** Deletes one record and returns it (for undo). */
export async function deleteRecord<K extends RecordKind>(db: ScaDatabase, kind: K, id: string): Promise<RecordKinds[K] | undefined> {
  const t = table(db, kind);
  return db.transaction('rw', t, async () => {
    const stored = await t.get(id);
    if (stored) await t.delete(id);
    return stored;
  });
}

/** The case's records of one kind, in log order. */
export async function listRecords<K extends RecordKind>(db: ScaDatabase, kind: K, caseId: string): Promise<RecordKinds[K][]> {
  const rows = await table(db, kind).where('caseId').equals(caseId).toArray();
  return rows.sort(ORDER[kind]);
}

/** The records of one kind of several cases, read through the caseId index (unordered). */
export async function listRecordsOfCases<K extends RecordKind>(
  db: ScaDatabase,
  kind: K,
  caseIds: readonly string[],
): Promise<RecordKinds[K][]> {
  if (caseIds.length === 0) return [];
  return table(db, kind)
    .where('caseId')
    .anyOf([...caseIds])
    .toArray();
}
