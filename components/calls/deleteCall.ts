// Deleting a logged call and putting it back: the call and the reference number it put on its case
// go (and come back) in one transaction, so the case never keeps the number of a call that is gone.
import type { Call } from '../../lib/case/schema';
import type { ScaDatabase } from '../../lib/store/db';
import { deleteRecord, listRecords, putRecord } from '../../lib/store/records';
import { updateCase } from '../checklist/caseUpdate';
import { restoreCallReference, withdrawCallReference, type WithdrawnReference } from './callOnCase';

export interface DeletedCall {
  call: Call;
  withdrawn?: WithdrawnReference;
}

/** Deletes the call; undefined when it was already gone. */
export async function deleteCall(db: ScaDatabase, callId: string): Promise<DeletedCall | undefined> {
  return db.transaction('rw', [db.calls, db.cases], async () => {
    const call = await deleteRecord(db, 'calls', callId);
    if (!call?.referenceNumber.trim()) return call && { call };
    const remaining = await listRecords(db, 'calls', call.caseId);
    let withdrawn: WithdrawnReference | undefined;
    await updateCase(db, call.caseId, (c) => {
      const result = withdrawCallReference(c, call, remaining);
      withdrawn = result.withdrawn;
      return result.kase;
    });
    return { call, withdrawn };
  });
}

/** Undo of deleteCall: the identical call back, and its number on the case where it stood. */
export async function restoreCall(db: ScaDatabase, deleted: DeletedCall): Promise<void> {
  const { withdrawn } = deleted;
  await db.transaction('rw', [db.calls, db.cases], async () => {
    await putRecord(db, 'calls', deleted.call);
    if (withdrawn) await updateCase(db, deleted.call.caseId, (c) => restoreCallReference(c, withdrawn));
  });
}
