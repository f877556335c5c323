// Encryption at rest for the passphrase lock: a Dexie DBCore middleware below every other one.
// With sealing on, each row of the sealed tables is stored as its primary key and index fields
// (ids, status, dates, code: nothing that names a person) plus `__enc`, the whole row sealed with
// AES-GCM. Reads open sealed rows again, so every repository above works unchanged.
// WebCrypto is asynchronous and IndexedDB commits a transaction that has no request pending, so
// while crypto runs the middleware keeps the transaction alive with cheap reads (see keepAlive).
// Every write first reads the lock settings in its own transaction: another page may have turned
// the lock on or off, or changed the passphrase, a moment ago, and a row written on this page's
// stale view would be left in clear, or sealed with a key nobody can derive any more.
import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { WrongPassphraseError, decryptJson, encryptJson } from '../lock/crypto';
// eslint-disable-next-line import-x/no-restricted-paths -- sealed cases keep their follow-up due date in clear; to be passed in by the opener (not yet inverted)
import { followUpDueDate, followUpNeedsCalls } from '../clocks/followUp';
import type { Case } from '../case/schema';
import { LOCK_SETTINGS_KEY } from './lockSettings';

/** Tables whose rows hold case data (portal rules and user portals name no patient). */
export const SEALED_TABLES = ['cases', 'notes', 'calls', 'attempts', 'usage', 'templates'] as const;
export const SEALED_FIELD = '__enc';
/** On sealed cases: the follow-up due date in clear, so the background badge works while locked. */
export const CLEAR_DUE_FIELD = '__due';
/**
 * On sealed cases whose follow-up counts from the last contact (nothing scheduled): the interval in
 * business days, in clear, so the badge can count from the sealed calls' clear call times too.
 */
export const CLEAR_INTERVAL_FIELD = '__every';
/** A key no row has: the keep-alive reads look it up. */
const KEEP_ALIVE_KEY = '\u0000sca-lock-keep-alive';

/** What one open database knows about the lock: whether to seal writes, and the key (only after unlock). */
export interface EncryptionState {
  sealing: boolean;
  key?: CryptoKey;
  /** The salt the key was derived with: a passphrase changed in another page makes it stale. */
  keySalt?: string;
  /** This page held a key the stored settings no longer match: the passphrase was changed elsewhere. */
  keyReplaced?: boolean;
}

/** The case data is sealed and this page has no key: unlock first. Nothing was read or written. */
export class LockedError extends Error {
  constructor(message = 'SCA Assistant is locked. Unlock it in the side panel with your passphrase first; nothing was changed.') {
    super(message);
    this.name = 'LockedError';
  }
}

/** Locked because the passphrase was changed in another page: this page's key opens nothing any more. */
export class PassphraseChangedError extends LockedError {
  constructor() {
    super('The passphrase was changed in another window. Unlock with the new passphrase; nothing was changed.');
    this.name = 'PassphraseChangedError';
  }
}

/** Why this page cannot open or seal rows: no key yet, or a key the settings no longer match. */
export function lockedError(state: EncryptionState): LockedError {
  return state.keyReplaced ? new PassphraseChangedError() : new LockedError();
}

/**
 * Drops a key derived with another salt than the stored settings' (`salt` undefined: the lock is
 * off). Remembers when a held key was dropped under a lock that is still on, so the page can say why
 * it asks for the passphrase again.
 */
export function forgetStaleKey(state: EncryptionState, salt: string | undefined): void {
  if (state.key === undefined || state.keySalt === salt) return;
  Object.assign(state, { key: undefined, keySalt: undefined, keyReplaced: salt !== undefined });
}

const states = new WeakMap<Dexie, EncryptionState>();

/** The database's lock state (created off: sealing nothing, no key). */
export function encryptionState(db: Dexie): EncryptionState {
  let state = states.get(db);
  if (!state) states.set(db, (state = { sealing: false }));
  return state;
}

type Row = Record<string, unknown>;

/**
 * A schema upgrade's transaction: upgrades run below the lock, on rows as stored. Without a key
 * (the database opens before anyone unlocks) reading a sealed row would fail the upgrade, and with
 * it every open of the database. So an upgrade sees sealed rows as they are (primary key, index
 * fields, `__enc`) and must leave their content alone: an index it adds stays empty on them, as
 * sealing leaves every word index.
 */
export function duringUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as { mode?: string }).mode === 'versionchange';
}

export function isSealedRow(row: unknown): row is Row & { [SEALED_FIELD]: string } {
  return typeof row === 'object' && row !== null && typeof (row as Row)[SEALED_FIELD] === 'string';
}

/**
 * Runs `work` while reading a missing key on the transaction again and again, so IndexedDB does not
 * commit it; resolves inside a request's success callback, where the transaction accepts requests.
 */
async function keepAlive<T>(table: DBCoreTable, trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  let done = false;
  let failed = false;
  let result: T | undefined;
  let error: unknown;
  work.then(
    (r) => ((result = r), (done = true)),
    (e) => ((error = e), (failed = done = true)),
  );
  do await table.get({ trans, key: KEEP_ALIVE_KEY });
  while (!done);
  if (failed) throw error;
  return result as T;
}

function keyPaths(table: DBCoreTable): { clear: string[]; multiEntry: string[] } {
  const clear: string[] = [];
  const multiEntry: string[] = [];
  for (const index of [table.schema.primaryKey, ...table.schema.indexes]) {
    const paths = index.keyPath === null ? [] : typeof index.keyPath === 'string' ? [index.keyPath] : index.keyPath;
    for (const p of paths) (index.multiEntry ? multiEntry : clear).push(p);
  }
  return { clear, multiEntry };
}

const saltOf = (row: unknown): string | undefined => {
  const salt = (row as { value?: { salt?: unknown } } | undefined)?.value?.salt;
  return row === undefined ? undefined : typeof salt === 'string' ? salt : '';
};

function sealedTable(
  table: DBCoreTable,
  meta: DBCoreTable,
  state: EncryptionState,
  storedSalt: () => Promise<string | undefined>,
): DBCoreTable {
  const { clear, multiEntry } = keyPaths(table);
  const isCases = table.name === 'cases';

  /** Whether writes are sealed now, from the stored settings; a key from other settings is dropped (as lockStatus does). */
  async function sealingNow(trans: DBCoreTransaction): Promise<boolean> {
    const row = await meta.get({ trans, key: LOCK_SETTINGS_KEY });
    state.sealing = row !== undefined;
    forgetStaleKey(state, saltOf(row));
    return state.sealing;
  }

  async function seal(row: Row): Promise<Row> {
    if (isSealedRow(row)) return row;
    const key = state.key;
    if (!key) throw lockedError(state);
    const out: Row = {};
    for (const p of clear) {
      const v = Dexie.getByKeyPath(row, p);
      if (v !== undefined) Dexie.setByKeyPath(out, p, v);
    }
    // Word indexes would spell out the text; an empty list keeps the index valid and says nothing.
    const content = { ...row };
    for (const p of multiEntry) {
      Dexie.setByKeyPath(out, p, []);
      Dexie.delByKeyPath(content, p);
    }
    if (isCases) {
      let due = '';
      try {
        const kase = row as unknown as Case;
        due = followUpDueDate(kase);
        if (followUpNeedsCalls(kase)) out[CLEAR_INTERVAL_FIELD] = kase.followUp.intervalBusinessDays;
      } catch {
        // A row that is not a full case has no follow-up to count.
      }
      out[CLEAR_DUE_FIELD] = due;
    }
    out[SEALED_FIELD] = await encryptJson(key, content);
    return out;
  }

  async function open(row: unknown): Promise<unknown> {
    if (!isSealedRow(row)) return row;
    const key = state.key;
    if (!key) throw lockedError(state);
    try {
      return await decryptJson(key, row[SEALED_FIELD]);
    } catch (err) {
      // The key does not open the row: when the passphrase was changed in another page meanwhile,
      // say so (and drop the key, so nothing is sealed with it), not "wrong passphrase".
      if (!(err instanceof WrongPassphraseError)) throw err;
      if (state.key === key) forgetStaleKey(state, await storedSalt());
      if (state.key) throw err; // The settings still match the key: the row itself is damaged.
      throw lockedError(state);
    }
  }

  const anySealed = (rows: readonly unknown[]) => rows.some(isSealedRow);

  // Results go back as Dexie promises: Dexie's layers above keep their transaction zone only
  // through its own promise type, so plain async results would lose it.
  const later = <T>(work: Promise<T>) => Dexie.Promise.resolve(work) as unknown as Promise<T>;

  return {
    ...table,
    mutate(req) {
      if ((req.type !== 'add' && req.type !== 'put') || duringUpgrade(req.trans)) return table.mutate(req);
      return later(sealingNow(req.trans)).then((sealing) => {
        if (!sealing) return table.mutate(req);
        if (!state.key) return Dexie.Promise.reject(lockedError(state)) as unknown as Promise<never>;
        return later(keepAlive(table, req.trans, Promise.all(req.values.map((v) => seal(v as Row))))).then((values) =>
          table.mutate({ ...req, values }),
        );
      });
    },
    get(req) {
      if (duringUpgrade(req.trans)) return table.get(req);
      return table.get(req).then((row) => (isSealedRow(row) ? later(keepAlive(table, req.trans, open(row))) : row));
    },
    getMany(req) {
      if (duringUpgrade(req.trans)) return table.getMany(req);
      return table.getMany(req).then((rows) => (anySealed(rows) ? later(keepAlive(table, req.trans, Promise.all(rows.map(open)))) : rows));
    },
    query(req) {
      if (duringUpgrade(req.trans)) return table.query(req);
      return table.query(req).then((res) => {
        if (!req.values || !anySealed(res.result)) return res;
        return later(keepAlive(table, req.trans, Promise.all(res.result.map(open)))).then((result) => ({ ...res, result }));
      });
    },
    openCursor(req) {
      if (duringUpgrade(req.trans)) return table.openCursor(req);
      return table
        .openCursor(req)
        .then((cursor) =>
          cursor && req.values !== false ? openingCursor(cursor, (row) => keepAlive(table, req.trans, open(row))) : cursor,
        );
    },
  };
}

/** A cursor whose value is the opened row: each sealed step is opened before the caller sees it. */
function openingCursor(cursor: DBCoreCursor, openRow: (row: Row) => Promise<unknown>): DBCoreCursor {
  let value: unknown;
  const wrapper: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key;
    },
    get primaryKey() {
      return cursor.primaryKey;
    },
    get value() {
      return value;
    },
    get done() {
      return cursor.done;
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    stop: (v?: unknown) => cursor.stop(v),
    fail: (e: Error) => cursor.fail(e),
    next() {
      let gotOne = 1;
      return wrapper.start(() => (gotOne-- ? wrapper.continue() : wrapper.stop())).then(() => wrapper);
    },
    start(onNext: () => void) {
      return cursor.start(() => {
        const raw: unknown = cursor.value;
        if (!isSealedRow(raw)) {
          value = raw;
          return onNext();
        }
        openRow(raw)
          .then((opened) => {
            value = opened;
            onNext();
          })
          .catch((e: Error) => cursor.fail(e));
      });
    },
  };
  return wrapper;
}

/** The stored settings' salt read in a transaction of its own (a read's transaction may not hold meta). */
async function storedSalt(down: DBCore): Promise<string | undefined> {
  const trans = down.transaction(['meta'], 'readonly');
  return saltOf(await down.table('meta').get({ trans, key: LOCK_SETTINGS_KEY }));
}

/** The middleware; registered by openDatabase, a pass-through until the lock is on. */
export function encryptionMiddleware(state: EncryptionState): Middleware<DBCore> {
  const sealed = new Set<string>(SEALED_TABLES);
  return {
    stack: 'dbcore',
    name: 'PassphraseLockEncryption',
    // Below Dexie's own middlewares (the lowest is -1), so hooks, caches and liveQuery see plain rows.
    level: -10,
    create: (down) => ({
      ...down,
      // Writes to sealed tables read the lock settings in their own transaction: it must hold meta.
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && !stores.includes('meta') && stores.some((s) => sealed.has(s)) ? [...stores, 'meta'] : stores,
          mode,
          options,
        ),
      // Not cached: Dexie hands out new table objects after a schema upgrade.
      table: (name: string) =>
        sealed.has(name) ? sealedTable(down.table(name), down.table('meta'), state, () => storedSalt(down)) : down.table(name),
    }),
  };
}
