// One read-modify-write of a case for small actions outside the case editor (a tick, an override, a
// follow-up date): read and save in one transaction at the stored revision, so nothing is lost and
// an editor open in another window sees the new revision.
import type { Case } from '../../lib/case/schema';
import { saveCase } from '../../lib/store/cases';
import type { ScaDatabase } from '../../lib/store/db';

/** Applies `change` to the stored case and saves it; undefined when the case no longer exists. */
export async function updateCase(db: ScaDatabase, caseId: string, change: (c: Case) => Case): Promise<Case | undefined> {
  return db.transaction('rw', db.cases, async () => {
    const stored = await db.cases.get(caseId);
    if (!stored) return undefined;
    const result = await saveCase(db, change(stored), stored.revision);
    return result.ok ? result.case : undefined;
  });
}
