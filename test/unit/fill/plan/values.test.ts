import { describe, expect, it } from 'vitest';
import { caseValue } from '../../../../lib/fill/values';
import { CaseSchema } from '../../../../lib/case/schema';
import { completeBundle } from '../../../fixtures/cases/complete';

describe('caseValue', () => {
  const bundle = completeBundle();
  it('reads the subscriber, falling back to the member when the member is the subscriber', () => {
    expect(caseValue(bundle, 'subscriber.firstName')).toEqual({ type: 'text', text: 'Maria' });
    const self = { ...bundle, case: CaseSchema.parse({ ...bundle.case, subscriber: { sameAsMember: true } }) };
    expect(caseValue(self, 'subscriber.fullName')).toEqual({ type: 'name', first: 'Jordan', last: 'Rivera' });
    expect(caseValue(self, 'subscriber.subscriberId')).toEqual({ type: 'text', text: 'W123456789' });
    expect(caseValue(self, 'subscriber.relationship')).toMatchObject({ type: 'choice', choice: { code: 'self' } });
  });
  it('reads row keys by index and is undefined past the last row', () => {
    expect(caseValue(bundle, 'service.procedure', 1)).toEqual({ type: 'procedure', code: '97153' });
    expect(caseValue(bundle, 'service.procedureUnits', 3)).toEqual({ type: 'number', value: 24 });
    expect(caseValue(bundle, 'service.diagnosis', 1)).toBeUndefined();
  });
  it('gives lists, booleans and undefined for empty fields', () => {
    expect(caseValue(bundle, 'exceptionReasons')).toMatchObject({
      type: 'choices',
      choices: [{ code: 'no-specialty' }, { code: 'wait-time' }, { code: 'distance' }],
    });
    expect(caseValue(bundle, 'continuity.activeTreatment')).toEqual({ type: 'boolean', value: true });
    expect(caseValue(bundle, 'providers.facility.name')).toBeUndefined();
    expect(caseValue(bundle, 'continuity.providerTerminationDate')).toBeUndefined();
    expect(caseValue(bundle, 'providers.referring.npi')).toEqual({ type: 'npi', text: '1987654328' });
  });
});
