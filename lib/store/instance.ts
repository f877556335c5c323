// The one database connection an extension page uses (side panel, options, background).
import { openDatabase, type ScaDatabase } from './db';

let instance: ScaDatabase | undefined;

export function getDb(): ScaDatabase {
  instance ??= openDatabase();
  return instance;
}
