// Every note written (added, put, modified, imported, restored, re-sealed) gets its search fields
// from its text and time here, so no writer can forget them or derive them differently.
import type { DBCore, Middleware } from 'dexie';
import { noteSearchFields } from './words';

export const searchFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noteSearchFields',
  // Above the lock's sealing (level -10), which empties these fields when the lock is on.
  level: -5,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'notes') return table;
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' || req.type === 'put'
            ? table.mutate({
                ...req,
                values: req.values.map((row: { text?: unknown; createdAt?: unknown }) => ({
                  ...row,
                  ...noteSearchFields(row.text, row.createdAt),
                })),
              })
            : table.mutate(req),
      };
    },
  }),
};
