import { describe, expect, it } from 'vitest';
import {
  applyCallToCase,
  correctCallReference,
  restoreCallReference,
  withdrawCallReference,
} from '../../../../components/calls/callOnCase';
import { newCase, type Call } from '../../../../lib/case/schema';

const call = (referenceNumber: string): Call => ({
  id: 'c-1',
  caseId: 'k',
  startedAt: '2026-11-20T19:05:00.000Z',
  endedAt: '2026-11-20T19:12:00.000Z',
  party: 'utilization-management',
  phoneNumber: '',
  representative: '',
  referenceNumber,
  faxForRecords: '',
  summary: '',
  outcome: '',
  nextStep: '',
});
const refs = (c: ReturnType<typeof newCase>) => c.request.referenceNumbers.map((r) => `${r.source}:${r.value}`);

describe('a corrected call reference number on its case', () => {
  const portal = { label: 'Auth #', value: 'A-77', capturedAt: '2026-11-19T10:00:00.000Z', source: 'Availity' };
  const logged = applyCallToCase(newCase({ request: { referenceNumbers: [portal] } }), call('UM-551O07'));

  it('replaces the number the call put there, in place', () => {
    expect(refs(logged)).toEqual(['Availity:A-77', 'call:UM-551O07']);
    expect(refs(correctCallReference(logged, 'UM-551O07', call('UM-551907')))).toEqual(['Availity:A-77', 'call:UM-551907']);
  });

  it('drops it when the number is cleared, or when the corrected number is already on the case', () => {
    expect(refs(correctCallReference(logged, 'UM-551O07', call('')))).toEqual(['Availity:A-77']);
    expect(refs(correctCallReference(logged, 'UM-551O07', call('A-77')))).toEqual(['Availity:A-77']);
  });

  it('leaves numbers from elsewhere alone and adds the new one when the call had put none there', () => {
    const typed = newCase({ request: { referenceNumbers: [{ ...portal, value: 'UM-551O07', source: 'Availity' }] } });
    expect(refs(correctCallReference(typed, 'UM-551O07', call('UM-551907')))).toEqual(['Availity:UM-551O07', 'call:UM-551907']);
    expect(correctCallReference(logged, 'UM-551O07', call(' UM-551O07 '))).toBe(logged);
  });
});

describe('a deleted call and the reference number it put on its case', () => {
  const portal = { label: 'Auth #', value: 'A-77', capturedAt: '2026-11-19T10:00:00.000Z', source: 'Availity' };
  const first = { ...call('UM-1'), id: 'c-1' };
  const second = { ...call('UM-2'), id: 'c-2' };
  const logged = applyCallToCase(applyCallToCase(newCase({ request: { referenceNumbers: [portal] } }), first), second);

  it('takes the number off the case, and Undo puts it back where it stood', () => {
    const { kase, withdrawn } = withdrawCallReference(logged, first, [second]);
    expect(refs(kase)).toEqual(['Availity:A-77', 'call:UM-2']);
    expect(withdrawn).toEqual({ entry: logged.request.referenceNumbers[1], at: 1 });
    expect(refs(restoreCallReference(kase, withdrawn!))).toEqual(['Availity:A-77', 'call:UM-1', 'call:UM-2']);
  });

  it('keeps a number another call of the case has, and numbers typed or captured elsewhere', () => {
    expect(withdrawCallReference(logged, first, [second, { ...call('UM-1'), id: 'c-3' }])).toEqual({ kase: logged });
    expect(withdrawCallReference(logged, { ...call('A-77'), id: 'c-4' }, [first, second])).toEqual({ kase: logged });
    expect(withdrawCallReference(logged, { ...call(''), id: 'c-5' }, [first, second])).toEqual({ kase: logged });
  });

  it('Undo adds nothing when the number is on the case again', () => {
    const { kase, withdrawn } = withdrawCallReference(logged, first, [second]);
    const again = applyCallToCase(kase, { ...call('UM-1'), id: 'c-6' });
    expect(restoreCallReference(again, withdrawn!)).toBe(again);
  });
});
