// Follow-up due dates readable while the lock is on and this page has no key (the background):
// sealed case rows keep the due date in clear (a date names no one), read through a second
// connection that does not try to open the sealed rows. A case with nothing scheduled is due an
// interval after its last contact, so its calls count too: their case id and start time are index
// fields, in clear on sealed rows, and the case keeps its interval in clear for this.
import Dexie from 'dexie';
import { localDateOf } from '../dates/calendarDate';
// eslint-disable-next-line import-x/no-restricted-paths -- the due date after a sealed case's last call; to move to lib/clocks over rows the store returns (not yet inverted)
import { nextFollowUp } from '../clocks/followUp';
import type { ScaDatabase } from './db';
import { CLEAR_DUE_FIELD, CLEAR_INTERVAL_FIELD, isSealedRow } from './encryption';

export interface SealedFollowUp {
  caseId: string;
  /** YYYY-MM-DD. */
  due: string;
}

const isInterval = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;

/** The latest call date (local YYYY-MM-DD) per case id, from the calls' clear start times. */
async function lastCallDates(raw: Dexie, caseIds: string[]): Promise<Map<string, string>> {
  const last = new Map<string, string>();
  if (caseIds.length === 0) return last;
  const calls: { caseId?: unknown; startedAt?: unknown }[] = await raw.table('calls').where('caseId').anyOf(caseIds).toArray();
  for (const c of calls) {
    if (typeof c.caseId !== 'string' || typeof c.startedAt !== 'string') continue;
    const date = localDateOf(c.startedAt);
    if (date > (last.get(c.caseId) ?? '')) last.set(c.caseId, date);
  }
  return last;
}

/** The sealed cases' follow-up due dates on or before `today`, earliest first. */
export async function sealedFollowUpsDue(db: ScaDatabase, today: string): Promise<SealedFollowUp[]> {
  const raw = new Dexie(db.name);
  try {
    await raw.open();
    const rows = (await raw.table('cases').toArray()).filter(isSealedRow);
    const countsCalls = rows.filter((row) => isInterval(row[CLEAR_INTERVAL_FIELD]));
    const lastCall = await lastCallDates(
      raw,
      countsCalls.map((row) => String(row.id)),
    );
    return rows
      .map((row) => {
        const id = String(row.id);
        let due = typeof row[CLEAR_DUE_FIELD] === 'string' ? row[CLEAR_DUE_FIELD] : '';
        const every = row[CLEAR_INTERVAL_FIELD];
        const call = lastCall.get(id);
        // The interval counts from the later of the case's last contact and the last call: the
        // later start gives the later date (business days only move forward).
        if (call && isInterval(every)) {
          const afterCall = nextFollowUp(call, every);
          if (afterCall > due) due = afterCall;
        }
        return { caseId: id, due };
      })
      .filter((f) => f.due !== '' && f.due <= today)
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  } finally {
    raw.close();
  }
}
