// Every case read from the database (get, bulk get, query, cursor; sealed rows after the lock opens
// them) comes back in today's shape: a case saved before a field existed reads with its default
// (lib/case/normalize.ts), so no screen or rule ever sees a row as an older version left it.
// Upgrades see rows as stored (sealed ones too): they migrate content themselves or leave it alone.
import type { DBCore, DBCoreCursor, Middleware } from 'dexie';
import { normalizeCase } from '../case/normalize';
import { duringUpgrade } from './encryption';

/**
 * The cursor with its value normalized (once per step: callers may read `value` more than once).
 * Its methods are Dexie's own closures, found through the prototype; the native IDBCursor getters
 * are read on the cursor itself (on another object they throw "Illegal invocation").
 */
function normalizingCursor(cursor: DBCoreCursor): DBCoreCursor {
  let raw: unknown;
  let value: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get() {
        if (cursor.value !== raw) value = normalizeCase((raw = cursor.value));
        return value;
      },
    },
  }) as DBCoreCursor;
}

export const normalizeMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'normalizeCaseRows',
  // Above the lock's sealing (level -10): it sees rows opened, never sealed ones.
  level: -5,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'cases') return table;
      return {
        ...table,
        get: (req) => (duringUpgrade(req.trans) ? table.get(req) : table.get(req).then(normalizeCase)),
        getMany: (req) => (duringUpgrade(req.trans) ? table.getMany(req) : table.getMany(req).then((rows) => rows.map(normalizeCase))),
        query: (req) =>
          duringUpgrade(req.trans) || !req.values
            ? table.query(req)
            : table.query(req).then((res) => ({ ...res, result: res.result.map(normalizeCase) })),
        openCursor: (req) =>
          duringUpgrade(req.trans) || req.values === false
            ? table.openCursor(req)
            : table.openCursor(req).then((cursor) => cursor && normalizingCursor(cursor)),
      };
    },
  }),
};
