// Which database the views use: the extension's own by default, a fresh one in tests.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ScaDatabase } from '../../lib/store/db';
import { getDb } from '../../lib/store/instance';

export const DbContext = createContext<ScaDatabase | null>(null);

export function useDb(): ScaDatabase {
  return useContext(DbContext) ?? getDb();
}
