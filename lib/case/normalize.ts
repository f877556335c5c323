// A stored case keeps the shape of the version that saved it: a field added to the schema since is
// missing until the case is saved again, and a removed one lingers. Every read of the cases table
// goes through normalizeCase (lib/store/normalizeMiddleware.ts) so callers always get today's shape.
// No zod here: the side panel's first screen reads cases without loading the schema. A test holds
// these defaults to CaseSchema's (test/unit/case/normalize.test.ts): adding a case field means
// adding it here, or the released rows no longer read as today's cases.
import type { Case } from './schema';

type Sections = { [S in keyof Case]?: Case[S] extends object ? Partial<Case[S]> : never };

/** Fields added after a release, per section of the case, with the default the schema gives them. */
const ADDED: Sections = {
  // Two deadline clocks (missing information, post-service appeals) and the paused decision clock.
  request: { infoRequestedDate: '', infoSentDate: '', timing: 'pre-service' },
};

/** Fields released versions wrote that the schema no longer has. */
const REMOVED: { [S in keyof Case]?: readonly string[] } = {
  // Only ever the default (''): nothing read or set it; the background notifies once per due date by its alarm.
  followUp: ['notifiedFor'],
};

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

function normalizedSection(section: Row, added: Row | undefined, removed: readonly string[] | undefined): Row {
  let out = section;
  const copy = () => (out === section ? (out = { ...section }) : out);
  for (const [field, value] of Object.entries(added ?? {})) if (section[field] === undefined) copy()[field] = value;
  for (const field of removed ?? []) if (field in section) delete copy()[field];
  return out;
}

/** The case in today's shape; the same object when it already is. */
export function normalizeCase<T>(row: T): T {
  if (!isObject(row)) return row;
  let out: Row = row;
  for (const name of new Set([...Object.keys(ADDED), ...Object.keys(REMOVED)]) as Set<keyof Case>) {
    const section = row[name];
    if (!isObject(section)) continue;
    const next = normalizedSection(section, ADDED[name] as Row | undefined, REMOVED[name]);
    if (next !== section) out = { ...out, [name]: next };
  }
  return out as T;
}
