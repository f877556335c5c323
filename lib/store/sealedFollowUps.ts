// Follow-up due dates readable while the lock is on and this page has no key (the background):
// sealed case rows keep the due date in clear (a date names no one), read through a second
// connection that does not try to open the sealed rows.
import Dexie from 'dexie';
import type { ScaDatabase } from './db';
import { CLEAR_DUE_FIELD, isSealedRow } from './encryption';

export interface SealedFollowUp {
  caseId: string;
  /** YYYY-MM-DD. */
  due: string;
}

/** The sealed cases' follow-up due dates on or before `today`, earliest first. */
export async function sealedFollowUpsDue(db: ScaDatabase, today: string): Promise<SealedFollowUp[]> {
  const raw = new Dexie(db.name);
  try {
    await raw.open();
    const rows: unknown[] = await raw.table('cases').toArray();
    return rows
      .filter(isSealedRow)
      .map((row) => ({ caseId: String(row.id), due: typeof row[CLEAR_DUE_FIELD] === 'string' ? row[CLEAR_DUE_FIELD] : '' }))
      .filter((f) => f.due !== '' && f.due <= today)
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  } finally {
    raw.close();
  }
}
