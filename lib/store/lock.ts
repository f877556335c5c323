// Turning the passphrase lock on, off, changing the passphrase, and unlocking this page. Each
// change of the stored data is one transaction: all rows are resealed, or none (a failure, a
// wrong passphrase or a closed tab leaves the data as it was).
import { DEFAULT_ITERATIONS, WrongPassphraseError, deriveKey, keyMatchesVerifier, makeVerifier, randomSalt } from '../lock/crypto';
import type { ScaDatabase } from './db';
import { encryptionState, forgetStaleKey, lockedError, SEALED_TABLES } from './encryption';
import type { BackupKey } from '../lock/backupEnvelope';
import { DEFAULT_IDLE_MINUTES, LOCK_SETTINGS_KEY, readLockSettings, type LockSettings } from './lockSettings';

/** off: data in clear; locked: sealed and this page has no key; unlocked: sealed and readable here. */
export type LockStatus = 'off' | 'locked' | 'unlocked';

export interface LockOptions {
  /** PBKDF2 iterations; the default (600,000) is what users get, tests pass fewer for speed. */
  iterations?: number;
  idleMinutes?: number;
}

function sealedTables(db: ScaDatabase) {
  return SEALED_TABLES.map((name) => db.table(name));
}

/** Reads every sealed table and writes it back, so the rows take the state's current sealing and key. */
async function rewriteAll(db: ScaDatabase, beforeWrite: () => void): Promise<void> {
  const contents = [];
  for (const table of sealedTables(db)) contents.push({ table, rows: await table.toArray() });
  beforeWrite();
  for (const { table, rows } of contents) {
    // Notes regain their search fields when written in clear (sealing empties them): the
    // search-fields middleware derives them on this write.
    await table.bulkPut(rows);
  }
}

/** Runs a reseal with the state changed for it, restoring the state when the transaction fails. */
async function reseal(db: ScaDatabase, work: () => Promise<void>): Promise<void> {
  const state = encryptionState(db);
  const before = { ...state };
  try {
    await db.transaction('rw', [...sealedTables(db), db.meta], work);
  } catch (err) {
    Object.assign(state, before);
    throw err;
  }
}

export async function lockStatus(db: ScaDatabase): Promise<LockStatus> {
  const settings = await readLockSettings(db);
  const state = encryptionState(db);
  state.sealing = settings !== undefined;
  // A key from before a passphrase change (made in another page) must not seal anything more.
  forgetStaleKey(state, settings?.salt);
  if (!settings) {
    state.keyReplaced = false;
    return 'off';
  }
  return state.key ? 'unlocked' : 'locked';
}

/** The key for the passphrase when it matches the stored verifier; WrongPassphraseError otherwise. */
async function keyFor(settings: LockSettings, passphrase: string): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, settings.salt, settings.iterations);
  if (!(await keyMatchesVerifier(key, settings.verifier))) throw new WrongPassphraseError();
  return key;
}

async function newSettings(
  passphrase: string,
  iterations: number,
  idleMinutes: number,
): Promise<{ key: CryptoKey; settings: LockSettings }> {
  const salt = randomSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  return { key, settings: { salt, iterations, verifier: await makeVerifier(key), idleMinutes } };
}

/** Seals all case data under a new passphrase and leaves this page unlocked. */
export async function enableLock(db: ScaDatabase, passphrase: string, options: LockOptions = {}): Promise<void> {
  if (await readLockSettings(db)) throw new Error('The passphrase lock is already on.');
  const { key, settings } = await newSettings(
    passphrase,
    options.iterations ?? DEFAULT_ITERATIONS,
    options.idleMinutes ?? DEFAULT_IDLE_MINUTES,
  );
  const state = encryptionState(db);
  await reseal(db, async () => {
    if (await db.meta.get(LOCK_SETTINGS_KEY)) throw new Error('The passphrase lock was turned on in another window.');
    // The settings first: every write checks them (lib/store/encryption.ts) and must see the new lock.
    await db.meta.put({ key: LOCK_SETTINGS_KEY, value: settings });
    await rewriteAll(db, () => Object.assign(state, { sealing: true, key, keySalt: settings.salt, keyReplaced: false }));
  });
}

/** Unlocks this page; WrongPassphraseError (nothing changed) when the passphrase is wrong. */
export async function unlock(db: ScaDatabase, passphrase: string): Promise<void> {
  const settings = await readLockSettings(db);
  if (!settings) return;
  const key = await keyFor(settings, passphrase);
  Object.assign(encryptionState(db), { sealing: true, key, keySalt: settings.salt, keyReplaced: false });
}

/** Forgets the key in this page; the data stays sealed. */
export function lockNow(db: ScaDatabase): void {
  Object.assign(encryptionState(db), { key: undefined, keySalt: undefined, keyReplaced: false });
}

/**
 * True while this page is locked because the key it held stopped matching the stored lock settings:
 * the passphrase was changed in another window (found by lockStatus or by a read or write here).
 */
export function passphraseChangedElsewhere(db: ScaDatabase): boolean {
  const state = encryptionState(db);
  return state.keyReplaced === true && state.key === undefined;
}

/** Opens every row back to clear text and removes the lock; needs the passphrase. */
export async function disableLock(db: ScaDatabase, passphrase: string): Promise<void> {
  const settings = await readLockSettings(db);
  if (!settings) return;
  const key = await keyFor(settings, passphrase);
  const state = encryptionState(db);
  Object.assign(state, { key, keySalt: settings.salt });
  await reseal(db, async () => {
    await db.meta.delete(LOCK_SETTINGS_KEY);
    await rewriteAll(db, () => Object.assign(state, { sealing: false, key: undefined, keySalt: undefined, keyReplaced: false }));
  });
}

/** Reseals every row under a new passphrase (new salt); the old passphrase is checked first. */
export async function changePassphrase(
  db: ScaDatabase,
  current: string,
  next: string,
  options: Pick<LockOptions, 'iterations'> = {},
): Promise<void> {
  const settings = await readLockSettings(db);
  if (!settings) throw new Error('The passphrase lock is off.');
  const oldKey = await keyFor(settings, current);
  const fresh = await newSettings(next, options.iterations ?? Math.max(settings.iterations, DEFAULT_ITERATIONS), settings.idleMinutes);
  const state = encryptionState(db);
  Object.assign(state, { key: oldKey, keySalt: settings.salt });
  await reseal(db, async () => {
    await db.meta.put({ key: LOCK_SETTINGS_KEY, value: fresh.settings });
    await rewriteAll(db, () => Object.assign(state, { sealing: true, key: fresh.key, keySalt: fresh.settings.salt, keyReplaced: false }));
  });
}

export async function setIdleMinutes(db: ScaDatabase, idleMinutes: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const settings = await readLockSettings(db);
    if (!settings) throw new Error('The passphrase lock is off.');
    await db.meta.put({ key: LOCK_SETTINGS_KEY, value: { ...settings, idleMinutes } });
  });
}

/**
 * The key backups are sealed with while the lock is on: the lock's own key and salt, so the file
 * opens with the same passphrase anywhere. Undefined when the lock is off; LockedError when locked.
 */
export async function backupKey(db: ScaDatabase): Promise<BackupKey | undefined> {
  const settings = await readLockSettings(db);
  if (!settings) return undefined;
  // A key from before a passphrase change would seal a backup that neither passphrase opens.
  const state = encryptionState(db);
  forgetStaleKey(state, settings.salt);
  if (!state.key) throw lockedError(state);
  return { key: state.key, salt: settings.salt, iterations: settings.iterations };
}
