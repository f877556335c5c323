import { expect, it } from 'vitest';
import { completeBundle } from '../fixtures/cases/complete';

it('the complete fixture case parses with its records', () => {
  const b = completeBundle();
  expect(b.case.member.lastName).toBe('Rivera');
  expect(b.attempts).toHaveLength(3);
});
