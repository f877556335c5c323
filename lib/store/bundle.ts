// Reads a case with its logged records, the input of templates, fill planning and letters.
import type { CaseBundle } from '../case/schema';
import type { ScaDatabase } from './db';
import { listRecords } from './records';

/** The case and its attempts, calls and usage, read in one transaction; undefined when the case is gone. */
export async function loadBundle(db: ScaDatabase, caseId: string): Promise<CaseBundle | undefined> {
  return db.transaction('r', [db.cases, db.attempts, db.calls, db.usage], async () => {
    const kase = await db.cases.get(caseId);
    if (!kase) return undefined;
    const [attempts, calls, usage] = await Promise.all([
      listRecords(db, 'attempts', caseId),
      listRecords(db, 'calls', caseId),
      listRecords(db, 'usage', caseId),
    ]);
    return { case: kase, attempts, calls, usage };
  });
}
