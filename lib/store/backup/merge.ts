// How a backup merges into what is stored, decided without touching the database, so the preview
// and the import cannot disagree. Nothing local is deleted: records are united by id, and where
// two versions differ the newer wins when their age is known, else both are kept.
import { newId, type Call, type Case, type NetworkAttempt, type Note, type UsageEntry } from '../../case/schema';
import type { KeyedRow } from '../db';
import { CHILD_TABLES, KEYED_TABLES, type Backup, type ChildTable, type KeyedTable } from './format';

/**
 * What happens to a case in the file: `add` (not stored yet), `replace-older` (the file's is newer
 * and replaces the stored one), `keep-newer` (the stored one is newer and stays), `identical`.
 */
export type CaseImportAction = 'add' | 'replace-older' | 'keep-newer' | 'identical';

export type RecordCounts = Record<ChildTable, number>;

export interface CaseImportPreview {
  caseId: string;
  title: string;
  action: CaseImportAction;
  /** Records written as new rows: only in the file, or a differing version kept beside the stored one. */
  add: RecordCounts;
  /** Stored notes a newer version from the file replaces. */
  replace: RecordCounts;
  /** For replace-older / keep-newer: notes added on the case listing the older version's different values. */
  olderVersionNotes: number;
}

export interface ImportPreview {
  cases: CaseImportPreview[];
  rows: Record<KeyedTable, { add: number; replace: number }>;
}

interface ChildRows {
  notes: Note[];
  calls: Call[];
  attempts: NetworkAttempt[];
  usage: UsageEntry[];
}

/** What is stored that the file's rows could meet; read in the import's transaction. */
export interface StoredMatches {
  cases: Map<string, Case>;
  /** Stored records under the ids the file uses, whatever case they belong to. */
  byId: { [T in ChildTable]: Map<string, ChildRows[T][number]> };
  /** All stored records of the file's cases that exist locally (to avoid adding a copy twice). */
  ofCase: Map<string, ChildRows>;
  keyed: Record<KeyedTable, Map<string, KeyedRow>>;
}

export interface ImportPlan {
  preview: ImportPreview;
  writes: { cases: Case[] } & ChildRows & Record<KeyedTable, KeyedRow[]>;
}

/** JSON with keys sorted, so equal records compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const withoutId = ({ id: _id, ...rest }: { id: string }) => rest;

/** The file's case is newer: later updatedAt, then higher revision. Equal ages keep the stored one. */
function fileIsNewer(incoming: Case, stored: Case): boolean {
  if (incoming.updatedAt !== stored.updatedAt) return incoming.updatedAt > stored.updatedAt;
  return incoming.revision > stored.revision;
}

/** Leaf values of a case by dotted path, without the bookkeeping fields every save changes. */
function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '(none)');
    value.forEach((v, i) => leaves(v, `${path}.${i}`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([k]) => path !== '' || (k !== 'revision' && k !== 'updatedAt'));
    if (entries.length === 0 && path !== '') out.set(path, '(none)');
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, value === '' || value === undefined ? '(empty)' : String(value));
  }
}

export const MAX_NOTE_CHARS = 50_000;

/**
 * Notes holding the older version's values that differ from the kept one, so no typed value is
 * lost. Split across notes when long; empty when only bookkeeping fields differ.
 */
export function olderVersionNoteTexts(older: Case, newer: Case, olderSource: 'the backup file' | 'this browser'): string[] {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  leaves(older, '', before);
  leaves(newer, '', after);
  const lines: string[] = [];
  for (const [path, value] of before) if (after.get(path) !== value) lines.push(`${path}: ${value}`);
  for (const path of after.keys()) if (!before.has(path)) lines.push(`${path}: (none)`);
  if (lines.length === 0) return [];
  const header = `Older version of this case from ${olderSource} (saved ${older.updatedAt}, revision ${older.revision}), replaced by a newer version during a backup import. Its values that differ:`;
  const chunks: string[][] = [[]];
  let size = header.length + 20;
  for (const line of lines) {
    if (size + line.length + 1 > MAX_NOTE_CHARS && chunks[chunks.length - 1]!.length > 0) {
      chunks.push([]);
      size = header.length + 20;
    }
    chunks[chunks.length - 1]!.push(line);
    size += line.length + 1;
  }
  return chunks.map((c, i) => [chunks.length > 1 ? `${header} (part ${i + 1} of ${chunks.length})` : header, ...c].join('\n'));
}

const zeroCounts = (): RecordCounts => ({ notes: 0, calls: 0, attempts: 0, usage: 0 });

export function planImport(backup: Backup, stored: StoredMatches, now: Date): ImportPlan {
  const at = now.toISOString();
  const writes: ImportPlan['writes'] = {
    cases: [],
    notes: [],
    calls: [],
    attempts: [],
    usage: [],
    templates: [],
    fieldRules: [],
    userPortals: [],
  };
  const preview: ImportPreview = {
    cases: [],
    rows: { templates: { add: 0, replace: 0 }, fieldRules: { add: 0, replace: 0 }, userPortals: { add: 0, replace: 0 } },
  };

  for (const entry of backup.cases) {
    const incoming = entry.case;
    const local = stored.cases.get(incoming.id);
    const own = stored.ofCase.get(incoming.id);
    const item: CaseImportPreview = {
      caseId: incoming.id,
      title: incoming.title,
      action: 'add',
      add: zeroCounts(),
      replace: zeroCounts(),
      olderVersionNotes: 0,
    };
    preview.cases.push(item);

    let olderNotes: string[] = [];
    if (!local) {
      writes.cases.push(incoming);
    } else if (sameRecord(incoming, local)) {
      item.action = 'identical';
    } else if (fileIsNewer(incoming, local)) {
      item.action = 'replace-older';
      // A revision above both makes an editor still open on the old version notice the change on save.
      writes.cases.push({ ...incoming, revision: Math.max(incoming.revision, local.revision) + 1 });
      olderNotes = olderVersionNoteTexts(local, incoming, 'this browser');
    } else {
      item.action = 'keep-newer';
      olderNotes = olderVersionNoteTexts(incoming, local, 'the backup file');
    }
    // The same older version imported twice gives the same text: add it once.
    for (const text of olderNotes) {
      if (own?.notes.some((n) => n.text === text)) continue;
      writes.notes.push({ id: newId(), caseId: incoming.id, text, createdAt: at, updatedAt: at });
      item.olderVersionNotes++;
    }

    for (const table of CHILD_TABLES) {
      for (const row of entry[table] as { id: string; caseId: string; updatedAt?: string }[]) {
        const current = stored.byId[table].get(row.id) as { id: string; caseId: string; updatedAt?: string } | undefined;
        const out = writes[table] as unknown[];
        if (!current) {
          out.push(row);
          item.add[table]++;
        } else if (sameRecord(row, current)) {
          continue;
        } else if (current.caseId === row.caseId && typeof row.updatedAt === 'string' && typeof current.updatedAt === 'string') {
          // Notes carry their own age: the newer text wins.
          if (row.updatedAt > current.updatedAt) {
            out.push(row);
            item.replace[table]++;
          }
        } else {
          // Age unknown (calls, attempts, usage) or filed under another case: keep both, unless
          // the case already holds this version under another id (an earlier import of the same file).
          const content = canonical(withoutId(row));
          const siblings = (own?.[table] ?? []) as { id: string }[];
          if (siblings.some((s) => canonical(withoutId(s)) === content)) continue;
          out.push({ ...row, id: newId() });
          item.add[table]++;
        }
      }
    }
  }

  for (const table of KEYED_TABLES) {
    for (const row of backup[table] ?? []) {
      const current = stored.keyed[table].get(row.id);
      if (!current) {
        writes[table].push(row);
        preview.rows[table].add++;
      } else if (
        !sameRecord(row, current) &&
        typeof row.updatedAt === 'string' &&
        typeof current.updatedAt === 'string' &&
        row.updatedAt > current.updatedAt
      ) {
        writes[table].push(row);
        preview.rows[table].replace++;
      }
    }
  }
  return { preview, writes };
}
