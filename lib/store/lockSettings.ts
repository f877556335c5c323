// The passphrase lock's settings in the meta table: salt, iterations, the verifier and the idle
// time. None of it is secret; its presence means the case data is sealed.
import { z } from 'zod';
import type { ScaDatabase } from './db';

export const LOCK_SETTINGS_KEY = 'lock';
export const DEFAULT_IDLE_MINUTES = 15;

export const LockSettingsSchema = z.object({
  salt: z.string().min(1),
  iterations: z.number().int().positive(),
  /** A known constant sealed with the key: checks a passphrase without opening any case. */
  verifier: z.string().min(1),
  idleMinutes: z.number().int().min(1).max(24 * 60).default(DEFAULT_IDLE_MINUTES),
});
export type LockSettings = z.infer<typeof LockSettingsSchema>;

/** The lock's settings, or undefined when the lock is off. */
export async function readLockSettings(db: ScaDatabase): Promise<LockSettings | undefined> {
  const row = await db.meta.get(LOCK_SETTINGS_KEY);
  if (!row) return undefined;
  const parsed = LockSettingsSchema.safeParse(row.value);
  // A damaged row still means the data is sealed: never treat it as "lock off".
  if (!parsed.success) throw new Error('The lock settings are damaged; the case data cannot be opened. Restore a backup made before the damage.');
  return parsed.data;
}
