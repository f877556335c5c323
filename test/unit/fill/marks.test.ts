import { describe, expect, it } from 'vitest';
import { marksFor } from '../../../lib/fill/marks';
import type { FieldReport, FillPlan } from '../../../lib/form/types';

const plan: FillPlan = {
  actions: [{ fieldId: 'f3', key: 'member.memberId', kind: 'set-value', value: 'W1', preview: 'W1' }],
  unfilled: [
    { fieldId: 'f1', label: 'Patient name', reason: 'already-filled' },
    { fieldId: 'f2', label: 'Fax', reason: 'no-value-in-case' },
    { fieldId: 'f9', label: 'Signature', reason: 'protected' },
  ],
  recollectAfter: false,
};

describe('marks on the page', () => {
  it('before a fill: what it will fill, and what it leaves (a value already there included), never protected fields', () => {
    expect(marksFor(plan)).toEqual({ filled: ['f3'], unfilled: ['f1', 'f2'] });
  });

  it('after a fill that added rows: a field the first round filled stays green, though the plan made after it reads it as already holding a value', () => {
    const reports: FieldReport[] = [
      { fieldId: 'f1', key: 'member.fullName', outcome: 'verified' },
      { fieldId: 'f3', key: 'member.memberId', outcome: 'verified' },
      { fieldId: 'f4', key: 'member.sex', outcome: 'rejected-by-page', reason: 'the page changed or cleared the value' },
    ];
    expect(marksFor(plan, reports)).toEqual({ filled: ['f1', 'f3'], unfilled: ['f2', 'f4'] });
  });
});
