// The backup file: a versioned JSON document holding cases with their records. Parsing is the
// boundary where untrusted files enter, so everything is checked here and a rejection says why.
import { z } from '../../zod';
import { CallSchema, CaseSchema, NetworkAttemptSchema, NoteSchema, UsageEntrySchema, isoInstant } from '../../case/schema';

export const BACKUP_FORMAT = 'sca-assistant-backup';
export const BACKUP_VERSION = 1;
/** Files larger than this (in characters of text) are refused before parsing. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
/** No field of a real backup comes near these; a file past them is damaged or hostile. */
export const MAX_STRING_CHARS = 100_000;
export const MAX_NESTING = 40;

/** Upper bounds per list, far above real use, so a hostile file cannot exhaust memory in the merge. */
export const BACKUP_LIMITS = {
  cases: 10_000,
  notesPerCase: 20_000,
  callsPerCase: 10_000,
  attemptsPerCase: 5_000,
  usagePerCase: 20_000,
  rows: 5_000,
} as const;

/**
 * Rows of features that keep their own zod schemas (justification templates, portal field rules,
 * user-added portals): the backup checks only that each is an object with a string id; the owner
 * validates the contents when it reads them.
 */
export const KeyedRowSchema = z.object({ id: z.string().min(1).max(300) }).catchall(z.json());

export const BackupCaseSchema = z.object({
  case: CaseSchema,
  notes: z.array(NoteSchema).max(BACKUP_LIMITS.notesPerCase).default([]),
  calls: z.array(CallSchema).max(BACKUP_LIMITS.callsPerCase).default([]),
  attempts: z.array(NetworkAttemptSchema).max(BACKUP_LIMITS.attemptsPerCase).default([]),
  usage: z.array(UsageEntrySchema).max(BACKUP_LIMITS.usagePerCase).default([]),
});

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoInstant,
  scope: z.enum(['all', 'case']),
  cases: z.array(BackupCaseSchema).max(BACKUP_LIMITS.cases),
  templates: z.array(KeyedRowSchema).max(BACKUP_LIMITS.rows).optional(),
  fieldRules: z.array(KeyedRowSchema).max(BACKUP_LIMITS.rows).optional(),
  userPortals: z.array(KeyedRowSchema).max(BACKUP_LIMITS.rows).optional(),
});

export type Backup = z.infer<typeof BackupSchema>;
export type BackupCase = z.infer<typeof BackupCaseSchema>;
export type KeyedRowValue = z.infer<typeof KeyedRowSchema>;
export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

export const CHILD_TABLES = ['notes', 'calls', 'attempts', 'usage'] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];
export const KEYED_TABLES = ['templates', 'fieldRules', 'userPortals'] as const;
export type KeyedTable = (typeof KEYED_TABLES)[number];

const RECORD_NAMES: Record<ChildTable | KeyedTable, string> = {
  notes: 'Note',
  calls: 'Call',
  attempts: 'Network attempt',
  usage: 'Usage entry',
  templates: 'Template',
  fieldRules: 'Portal field rule',
  userPortals: 'Added portal',
};

const fail = (error: string): ParseBackupResult => ({ ok: false, error });
const NESTED_TOO_DEEP = 'The backup is nested deeper than any real backup; the file is damaged.';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Whether the JSON text nests arrays and objects deeper than `limit`, read in one pass without
 * parsing: JSON.parse with a reviver recurses, so a file nested 100,000 deep ran out of stack and
 * was reported as "not valid JSON".
 */
function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Drops `__proto__` keys while parsing so no object built from the file can get a foreign prototype. */
function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
}

/** Walks the parsed file without recursion: refuses very deep nesting and very long strings. */
function checkShape(raw: unknown): string | undefined {
  const stack: [unknown, number][] = [[raw, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS)
        return `The backup holds a text of ${value.length.toLocaleString('en-US')} characters, longer than any field of a case; the file is damaged.`;
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_NESTING) return NESTED_TOO_DEEP;
      for (const [key, child] of Object.entries(value)) {
        if (key.length > MAX_STRING_CHARS) return 'The backup holds a field name longer than any real one; the file is damaged.';
        stack.push([child, depth + 1]);
      }
    }
  }
  return undefined;
}

function caseLabel(raw: Record<string, unknown>, index: number): string {
  const entry = Array.isArray(raw.cases) ? (raw.cases[index] as unknown) : undefined;
  const kase = isPlainObject(entry) ? entry.case : undefined;
  const title = isPlainObject(kase) && typeof kase.title === 'string' && kase.title.trim() ? ` ("${kase.title.trim().slice(0, 60)}")` : '';
  return `case ${index + 1}${title}`;
}

function describeIssue(raw: Record<string, unknown>, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  const message = issue.message.replace(/\.$/, '');
  const [top, i, part, j, ...rest] = issue.path;
  if (top === 'cases' && typeof i === 'number') {
    const where = (fields: PropertyKey[]) => (fields.length ? ` in ${fields.map(String).join('.')}` : '');
    if (part === 'case') return `In the backup, ${caseLabel(raw, i)} is invalid${where(issue.path.slice(3))}: ${message}.`;
    if (typeof part === 'string' && (CHILD_TABLES as readonly string[]).includes(part) && typeof j === 'number') {
      return `In the backup, ${RECORD_NAMES[part as ChildTable].toLowerCase()} ${j + 1} of ${caseLabel(raw, i)} is invalid${where(rest)}: ${message}.`;
    }
    return `In the backup, ${caseLabel(raw, i)} is damaged${where(issue.path.slice(2))}: ${message}.`;
  }
  if (typeof top === 'string' && (KEYED_TABLES as readonly string[]).includes(top) && typeof i === 'number') {
    return `In the backup, ${RECORD_NAMES[top as KeyedTable].toLowerCase()} ${i + 1} is invalid${path.length > 2 ? ` in ${path.slice(2).join('.')}` : ''}: ${message}.`;
  }
  if (issue.code === 'too_big' && path.length === 1) return `The backup holds more ${path[0]} than SCA Assistant accepts (${message}).`;
  return `The backup is damaged at ${path.length ? path.join('.') : 'its top level'}: ${message}.`;
}

/** Ids are unique per table across the file and every record sits under the case it belongs to. */
function checkReferences(b: Backup): string | undefined {
  if (b.scope === 'case' && b.cases.length !== 1)
    return `A single-case backup must hold exactly one case; this one holds ${b.cases.length}.`;
  const caseIds = new Set<string>();
  const childIds = Object.fromEntries(CHILD_TABLES.map((t) => [t, new Set<string>()])) as Record<ChildTable, Set<string>>;
  for (const [index, entry] of b.cases.entries()) {
    if (caseIds.has(entry.case.id)) return `Case ${index + 1} has the same id as an earlier case in the file; the backup is damaged.`;
    caseIds.add(entry.case.id);
    for (const table of CHILD_TABLES) {
      for (const [j, row] of entry[table].entries()) {
        const name = `${RECORD_NAMES[table]} ${j + 1} of case ${index + 1}`;
        if (row.caseId !== entry.case.id) return `${name} names a different case than the one it is filed under; the backup is damaged.`;
        if (childIds[table].has(row.id))
          return `${name} has the same id as another ${RECORD_NAMES[table].toLowerCase()} in the file; the backup is damaged.`;
        childIds[table].add(row.id);
      }
    }
  }
  for (const table of KEYED_TABLES) {
    const seen = new Set<string>();
    for (const [j, row] of (b[table] ?? []).entries()) {
      if (seen.has(row.id)) return `${RECORD_NAMES[table]} ${j + 1} has the same id as another in the file; the backup is damaged.`;
      seen.add(row.id);
    }
  }
  return undefined;
}

/** Reads a backup file's text. Never throws: a rejection carries a message naming the problem. */
export function parseBackup(text: string): ParseBackupResult {
  try {
    if (typeof text !== 'string') return fail('The file could not be read as text.');
    if (text.length > MAX_BACKUP_CHARS) return fail('The file is larger than 50 MB, too large for a backup of SCA Assistant.');
    // The same limit checkShape applies to the parsed file (there the top level is depth 0).
    if (nestedDeeperThan(text, MAX_NESTING)) return fail(NESTED_TOO_DEEP);
    let raw: unknown;
    try {
      raw = safeJsonParse(text.replace(/^\uFEFF/, ''));
    } catch {
      return fail('This file is not a backup: it is not valid JSON (it may be cut short or be another kind of file).');
    }
    if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) {
      return fail('This file is not an SCA Assistant backup (its "format" field is missing or different).');
    }
    if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > BACKUP_VERSION) {
      return fail(
        `This backup was made by a newer version of SCA Assistant (format version ${raw.version}); update the extension, then import it again.`,
      );
    }
    if (raw.version !== BACKUP_VERSION) return fail('This backup has an unknown format version; the file may be damaged.');
    const shape = checkShape(raw);
    if (shape) return fail(shape);
    const parsed = BackupSchema.safeParse(raw);
    if (!parsed.success) return fail(describeIssue(raw, parsed.error.issues[0]!));
    const reference = checkReferences(parsed.data);
    if (reference) return fail(reference);
    return { ok: true, backup: parsed.data };
  } catch {
    // Pathological input (e.g. nesting deep enough to exhaust the stack while parsing) ends here.
    return fail('The backup could not be read; the file may be damaged.');
  }
}
