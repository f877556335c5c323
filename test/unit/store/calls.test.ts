// Deleting a call and its Undo run in one transaction over calls and cases; with the passphrase lock
// on, both rows stay sealed at rest and read back whole.
import { describe, expect, it } from 'vitest';
import { restoreCallReference, withdrawCallReference } from '../../../components/calls/callOnCase';
import { deleteCall, restoreCall } from '../../../lib/store/calls';
import { createCase, getCase } from '../../../lib/store/cases';
import { enableLock } from '../../../lib/store/lock';
import { listRecords, putRecord } from '../../../lib/store/records';
import { freshDb } from './helpers';
import { FAST, rawText } from '../lock/helpers';

describe('deleteCall / restoreCall', () => {
  it('with the lock on: the number leaves the case, Undo puts call and number back, nothing readable at rest', async () => {
    const db = freshDb();
    await enableLock(db, 'correct horse battery', FAST);
    const fromCall = { label: 'Call reference #', value: 'UM-551O07', capturedAt: '2026-11-20T19:12:00.000Z', source: 'call' };
    const kase = await createCase(db, { title: 'Rivera ABA', request: { referenceNumbers: [fromCall] } });
    const call = await putRecord(db, 'calls', {
      id: 'c-1',
      caseId: kase.id,
      startedAt: '2026-11-20T19:05:00.000Z',
      representative: 'Marisol',
      referenceNumber: 'UM-551O07',
    });

    const deleted = await deleteCall(db, call.id, withdrawCallReference);
    expect(deleted).toEqual({ call, withdrawn: { entry: fromCall, at: 0 } });
    expect((await getCase(db, kase.id))!.request.referenceNumbers).toEqual([]);
    expect(await listRecords(db, 'calls', kase.id)).toEqual([]);

    await restoreCall(db, deleted!, restoreCallReference);
    expect((await getCase(db, kase.id))!.request.referenceNumbers).toEqual([fromCall]);
    expect(await listRecords(db, 'calls', kase.id)).toEqual([call]);
    const raw = await rawText(db);
    for (const secret of ['UM-551O07', 'Marisol', 'Rivera']) expect(raw).not.toContain(secret);
  });

  it('answers undefined for a call already gone, and changes nothing', async () => {
    const db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA' });
    expect(await deleteCall(db, 'no-such-call', withdrawCallReference)).toBeUndefined();
    expect((await getCase(db, kase.id))!.revision).toBe(kase.revision);
  });
});
