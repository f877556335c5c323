// The case fields a portal control can ask for: the shared vocabulary of classify (which key a
// control wants) and plan (which value that key has in the case). Keys name case paths where
// one exists; derived keys (fullName, row codes) read the path the registry names for them.
// The keys are described in lib/case/fields.ts; page code imports only the FieldKey type, so the
// registry never reaches portal-fill.js.
import { caseField, FIELD_KEYS, type FieldKey } from '../case/fields';

export { FIELD_KEYS, type FieldKey };

const KEY_SET: ReadonlySet<string> = new Set(FIELD_KEYS);

export function isFieldKey(value: unknown): value is FieldKey {
  return typeof value === 'string' && KEY_SET.has(value);
}

/** Keys whose value depends on the control's row (diagnosis 1, 2 ... ; procedure line 1, 2 ...): they read a row's field. */
export const ROW_KEYS: ReadonlySet<FieldKey> = new Set(FIELD_KEYS.filter((key) => caseField(key)?.reads?.includes('#')));
