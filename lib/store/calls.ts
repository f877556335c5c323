// Deleting a logged call and putting it back: the call and the reference number it put on its case
// go (and come back) in one transaction, so the case never keeps the number of a call that is gone.
// How a call's number sits on its case is the calls' own rule (components/calls/callOnCase.ts): the
// caller passes it in.
import type { Call, Case } from '../case/schema';
import { updateCase } from './cases';
import type { ScaDatabase } from './db';
import { deleteRecord, listRecords, putRecord } from './records';

/** Takes the deleted call's number off its case (`remaining`: the case's other calls); `withdrawn` is what Undo needs. */
export type WithdrawCallReference<W> = (kase: Case, call: Call, remaining: readonly Call[]) => { kase: Case; withdrawn?: W };

export interface DeletedCall<W> {
  call: Call;
  withdrawn?: W;
}

/** Deletes the call; undefined when it was already gone. */
export async function deleteCall<W>(
  db: ScaDatabase,
  callId: string,
  withdraw: WithdrawCallReference<W>,
): Promise<DeletedCall<W> | undefined> {
  return db.transaction('rw', [db.calls, db.cases], async () => {
    const call = await deleteRecord(db, 'calls', callId);
    if (!call?.referenceNumber.trim()) return call && { call };
    const remaining = await listRecords(db, 'calls', call.caseId);
    let withdrawn: W | undefined;
    await updateCase(db, call.caseId, (c) => {
      const result = withdraw(c, call, remaining);
      withdrawn = result.withdrawn;
      return result.kase;
    });
    return { call, withdrawn };
  });
}

/** Undo of deleteCall: the identical call back, and (through `restore`) its number on the case where it stood. */
export async function restoreCall<W>(db: ScaDatabase, deleted: DeletedCall<W>, restore: (kase: Case, withdrawn: W) => Case): Promise<void> {
  const { withdrawn } = deleted;
  await db.transaction('rw', [db.calls, db.cases], async () => {
    await putRecord(db, 'calls', deleted.call);
    if (withdrawn !== undefined) await updateCase(db, deleted.call.caseId, (c) => restore(c, withdrawn));
  });
}
