// Shared set-up for lock tests: a fast iteration count, and the raw rows as IndexedDB holds them.
import Dexie from 'dexie';
import type { ScaDatabase } from '../../../lib/store/db';

/** Test speed only: the product's default is asserted to be >= 600,000 in crypto.test.ts. */
export const FAST = { iterations: 1_000 };

/** Every row of every table read through a second connection without the lock's middleware. */
export async function rawRows(db: ScaDatabase): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(db.name);
  await raw.open();
  try {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const table of raw.tables) out[table.name] = await table.toArray();
    return out;
  } finally {
    raw.close();
  }
}

export const rawText = async (db: ScaDatabase) => JSON.stringify(await rawRows(db));
