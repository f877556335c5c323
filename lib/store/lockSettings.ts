// The passphrase lock's settings in the meta table: salt, iterations, the verifier and the idle
// time. None of it is secret; its presence means the case data is sealed.
import type { EntityTable } from 'dexie';

export const LOCK_SETTINGS_KEY = 'lock';
export const DEFAULT_IDLE_MINUTES = 15;
const MAX_IDLE_MINUTES = 24 * 60;

export interface LockSettings {
  salt: string;
  iterations: number;
  /** A known constant sealed with the key: checks a passphrase without opening any case. */
  verifier: string;
  idleMinutes: number;
}

// Checked by hand, not with zod: the side panel reads this row before its first screen, and zod
// is loaded only after it.
const isCount = (n: unknown, min: number, max = Number.MAX_SAFE_INTEGER): n is number =>
  Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
const isFilled = (s: unknown): s is string => typeof s === 'string' && s.length > 0;

/** The stored settings, or undefined when they are damaged. A missing idle time takes the default. */
export function asLockSettings(value: unknown): LockSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof LockSettings, unknown>>;
  const idleMinutes = v.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  if (!isFilled(v.salt) || !isFilled(v.verifier) || !isCount(v.iterations, 1) || !isCount(idleMinutes, 1, MAX_IDLE_MINUTES))
    return undefined;
  return { salt: v.salt, iterations: v.iterations, verifier: v.verifier, idleMinutes };
}

/**
 * The lock's settings, or undefined when the lock is off. Takes any database with the meta table
 * (not ScaDatabase: db.ts opens the database with this file's key, and imports it).
 */
export async function readLockSettings(db: {
  meta: EntityTable<{ key: string; value: unknown }, 'key'>;
}): Promise<LockSettings | undefined> {
  const row = await db.meta.get(LOCK_SETTINGS_KEY);
  if (!row) return undefined;
  const settings = asLockSettings(row.value);
  // A damaged row still means the data is sealed: never treat it as "lock off".
  if (!settings) throw new Error('The lock settings are damaged; the case data cannot be opened. Restore a backup made before the damage.');
  return settings;
}
