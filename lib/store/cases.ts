// Case repository: list, create, save (with revision check), duplicate, archive, delete and undo.
// Each function is one Dexie transaction, so a user action is written whole or not at all.
import Dexie from 'dexie';
import type { Call, Case, CaseInput, CaseStatus, NetworkAttempt, Note, UsageEntry } from '../case/schema';
import { STATUS_LABELS } from '../case/labels';
import { localDateOf } from '../dates/calendarDate';
import type { ScaDatabase } from './db';
import { firstIssueMessage } from './errors';
import { withoutSearchFields } from './words';

export interface CaseSummary {
  id: string;
  title: string;
  status: CaseStatus;
  memberName: string;
  memberId: string;
  payer: string;
  /** Next follow-up date (YYYY-MM-DD) or ''. */
  followUpDue: string;
  /** The follow-up date has passed. */
  overdue: boolean;
  updatedAt: string;
  archived: boolean;
}

export interface ListCasesOptions {
  /** Case-insensitive text matched against title, member name and ID, payer, status, reference and authorization numbers. */
  search?: string;
  status?: CaseStatus | readonly CaseStatus[];
  includeArchived?: boolean;
  /** Local date used to flag overdue follow-ups (defaults to today). */
  today?: string;
}

/** "First Last" of the case's member, as lists show it. */
export function memberName(c: Case): string {
  return [c.member.firstName, c.member.lastName].filter(Boolean).join(' ');
}

function searchableText(c: Case): string {
  return [
    c.title,
    memberName(c),
    c.member.memberId,
    c.plan.payer,
    c.status,
    STATUS_LABELS[c.status],
    c.request.priorAuthNumber,
    c.agreement.authorizationNumber,
    ...c.request.referenceNumbers.map((r) => r.value),
  ]
    .join('\n')
    .toLowerCase();
}

function summarize(c: Case, today: string): CaseSummary {
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    memberName: memberName(c),
    memberId: c.member.memberId,
    payer: c.plan.payer,
    followUpDue: c.followUp.nextDue,
    overdue: c.followUp.nextDue !== '' && c.followUp.nextDue < today,
    updatedAt: c.updatedAt,
    archived: c.archived,
  };
}

/** Follow-up due first (earliest, so overdue ones lead), cases without one last; then most recently changed. */
export function compareCaseSummaries(a: CaseSummary, b: CaseSummary): number {
  if (a.followUpDue !== b.followUpDue) {
    if (a.followUpDue === '') return 1;
    if (b.followUpDue === '') return -1;
    return a.followUpDue < b.followUpDue ? -1 : 1;
  }
  return a.updatedAt === b.updatedAt ? 0 : a.updatedAt > b.updatedAt ? -1 : 1;
}

export async function listCases(db: ScaDatabase, options: ListCasesOptions = {}): Promise<CaseSummary[]> {
  const today = options.today ?? localDateOf(new Date());
  const statuses =
    options.status === undefined ? undefined : new Set<CaseStatus>(typeof options.status === 'string' ? [options.status] : options.status);
  const words = (options.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const all = await db.cases.toArray();
  return all
    .filter((c) => options.includeArchived || !c.archived)
    .filter((c) => !statuses || statuses.has(c.status))
    .filter((c) => {
      if (words.length === 0) return true;
      const haystack = searchableText(c);
      return words.every((w) => haystack.includes(w));
    })
    .map((c) => summarize(c, today))
    .sort(compareCaseSummaries);
}

/**
 * The first `count` rows of the unfiltered list (not archived, sorted as listCases sorts), read
 * through the follow-up index instead of reading every case: what the case list draws first.
 * Approximate only where more than `count` cases share the cut-off date; listCases follows.
 */
export async function listFirstCases(db: ScaDatabase, count: number, today = localDateOf(new Date())): Promise<CaseSummary[]> {
  // Page by page, `count` rows at a time: reading (and deserialising) rows is the cost this saves.
  const rows: Case[] = [];
  for (let offset = 0; rows.length < count; offset += count) {
    const page = await db.cases.where('followUp.nextDue').above('').offset(offset).limit(count).toArray();
    rows.push(...page.filter((c) => !c.archived));
    if (page.length < count) break;
  }
  rows.splice(count);
  if (rows.length < count) {
    const seen = new Set(rows.map((c) => c.id));
    const recent = await db.cases
      .orderBy('updatedAt')
      .reverse()
      .filter((c) => !c.archived && !seen.has(c.id) && !c.followUp?.nextDue)
      .limit(count - rows.length)
      .toArray();
    rows.push(...recent);
  }
  return rows.map((c) => summarize(c, today)).sort(compareCaseSummaries);
}

export async function getCase(db: ScaDatabase, id: string): Promise<Case | undefined> {
  return db.cases.get(id);
}

// The case schema, and zod with it, is loaded by the first write rather than with this module:
// the side panel's first screen only lists cases. A caller's transaction is kept open while it
// loads (an await on anything but IndexedDB would otherwise let it commit early).
async function caseSchema() {
  const schema = await Dexie.waitFor(import('../case/schema'));
  const parseCase = (input: unknown): Case => {
    const parsed = schema.CaseSchema.safeParse(input);
    if (!parsed.success) throw new Error(`The case was not saved: ${firstIssueMessage(parsed.error)}`);
    return parsed.data;
  };
  return { ...schema, parseCase };
}

/** A new draft case, stored. */
export async function createCase(db: ScaDatabase, init: Partial<CaseInput> = {}): Promise<Case> {
  const { newCase, parseCase } = await caseSchema();
  const c = parseCase(newCase(init));
  await db.transaction('rw', db.cases, () => db.cases.add(c));
  return c;
}

/** Another window saved the case since this editor loaded it; `stored` is what is stored now. */
export class RevisionConflictError extends Error {
  constructor(
    readonly stored: Case,
    readonly expectedRevision: number,
  ) {
    super(
      `This case was changed in another window (now at revision ${stored.revision}, this editor loaded revision ${expectedRevision}). ` +
        'Choose whether to keep your version or load the other one; nothing was overwritten.',
    );
    this.name = 'RevisionConflictError';
  }
}

export type SaveCaseResult = { ok: true; case: Case } | { ok: false; conflict: Case; error: RevisionConflictError };

/**
 * Stores an edited case when the stored revision is still `expectedRevision` (the one the editor
 * loaded), bumping the revision; throws RevisionConflictError (nothing written) when another window
 * saved first. A case that no longer exists is stored again (the user's edits win over a deletion).
 */
export async function saveCaseOrThrow(db: ScaDatabase, c: Case, expectedRevision: number, now = new Date()): Promise<Case> {
  const { parseCase } = await caseSchema();
  return db.transaction('rw', db.cases, async () => {
    const stored = await db.cases.get(c.id);
    if (stored && stored.revision !== expectedRevision) throw new RevisionConflictError(stored, expectedRevision);
    const next = parseCase({ ...c, revision: expectedRevision + 1, updatedAt: now.toISOString() });
    await db.cases.put(next);
    return next;
  });
}

/** saveCase as a result for the editor: a conflict carries the stored case instead of throwing. */
export async function saveCase(db: ScaDatabase, c: Case, expectedRevision: number, now = new Date()): Promise<SaveCaseResult> {
  try {
    return { ok: true, case: await saveCaseOrThrow(db, c, expectedRevision, now) };
  } catch (err) {
    if (err instanceof RevisionConflictError) return { ok: false, conflict: err.stored, error: err };
    throw err;
  }
}

/** A copy of the case with a new id, titled "(copy)", with the network attempts copied (not calls or notes). */
export async function duplicateCase(db: ScaDatabase, id: string, now = new Date()): Promise<Case | undefined> {
  const { newId, parseCase } = await caseSchema();
  return db.transaction('rw', db.cases, db.attempts, async () => {
    const source = await db.cases.get(id);
    if (!source) return undefined;
    const at = now.toISOString();
    const copy = parseCase({
      ...source,
      id: newId(),
      title: `${source.title || 'Untitled case'} (copy)`,
      createdAt: at,
      updatedAt: at,
      revision: 0,
      archived: false,
    });
    const attempts = (await db.attempts.where('caseId').equals(id).toArray()).map((a) => ({ ...a, id: newId(), caseId: copy.id }));
    await db.cases.add(copy);
    await db.attempts.bulkAdd(attempts);
    return copy;
  });
}

/** Archives or un-archives a case; a save counts as a change so other open editors notice. */
export async function setArchived(db: ScaDatabase, id: string, archived: boolean, now = new Date()): Promise<Case | undefined> {
  return db.transaction('rw', db.cases, async () => {
    const c = await db.cases.get(id);
    if (!c) return undefined;
    const next: Case = { ...c, archived, revision: c.revision + 1, updatedAt: now.toISOString() };
    await db.cases.put(next);
    return next;
  });
}

/** Everything a deleted case owned, kept so the deletion can be undone. */
export interface DeletedCase {
  case: Case;
  notes: Note[];
  calls: Call[];
  attempts: NetworkAttempt[];
  usage: UsageEntry[];
}

/** Deletes the case and all its records in one transaction; returns them for undo. */
export async function deleteCase(db: ScaDatabase, id: string): Promise<DeletedCase | undefined> {
  return db.transaction('rw', [db.cases, db.notes, db.calls, db.attempts, db.usage], async () => {
    const c = await db.cases.get(id);
    if (!c) return undefined;
    const [noteRows, calls, attempts, usage] = await Promise.all([
      db.notes.where('caseId').equals(id).toArray(),
      db.calls.where('caseId').equals(id).toArray(),
      db.attempts.where('caseId').equals(id).toArray(),
      db.usage.where('caseId').equals(id).toArray(),
    ]);
    await Promise.all([
      db.cases.delete(id),
      db.notes.where('caseId').equals(id).delete(),
      db.calls.where('caseId').equals(id).delete(),
      db.attempts.where('caseId').equals(id).delete(),
      db.usage.where('caseId').equals(id).delete(),
    ]);
    const notes = noteRows.map(withoutSearchFields);
    return { case: c, notes, calls, attempts, usage };
  });
}

/** Undo of deleteCase: puts the case and its records back as they were. */
export async function restoreDeletedCase(db: ScaDatabase, deleted: DeletedCase): Promise<void> {
  await db.transaction('rw', [db.cases, db.notes, db.calls, db.attempts, db.usage], async () => {
    await db.cases.put(deleted.case);
    await db.notes.bulkPut(deleted.notes);
    await db.calls.bulkPut(deleted.calls);
    await db.attempts.bulkPut(deleted.attempts);
    await db.usage.bulkPut(deleted.usage);
  });
}

/**
 * One read-modify-write of a case for small actions outside the case editor (a tick, an override, a
 * follow-up date): read and save in one transaction at the stored revision, so nothing is lost and
 * an editor open in another window sees the new revision. Undefined when the case no longer exists.
 */
export async function updateCase(db: ScaDatabase, caseId: string, change: (c: Case) => Case): Promise<Case | undefined> {
  return db.transaction('rw', db.cases, async () => {
    const stored = await db.cases.get(caseId);
    if (!stored) return undefined;
    const result = await saveCase(db, change(stored), stored.revision);
    return result.ok ? result.case : undefined;
  });
}
