// normalizeCase is the schema's defaults written out without zod: held to CaseSchema here, so a
// field added to the schema without its default in lib/case/normalize.ts fails this test.
import { describe, expect, it } from 'vitest';
import { normalizeCase } from '../../../lib/case/normalize';
import { CaseSchema, newCase } from '../../../lib/case/schema';
import { RELEASED_CASE_ROWS } from '../../fixtures/releasedRows';

describe('normalizeCase', () => {
  for (const [v, row] of Object.entries(RELEASED_CASE_ROWS)) {
    it(`reads a version ${v} row as today's schema parses it`, () => {
      const before = structuredClone(row);
      expect(normalizeCase(row)).toEqual(CaseSchema.parse(row));
      expect(row).toEqual(before); // the stored row is not changed in place
    });
  }

  it("keeps the user's values of fields that have defaults", () => {
    const retro = {
      ...RELEASED_CASE_ROWS[1]!,
      request: { ...(RELEASED_CASE_ROWS[1]!.request as object), timing: 'post-service', infoSentDate: '2026-10-01' },
    };
    expect(normalizeCase(retro).request).toMatchObject({ timing: 'post-service', infoSentDate: '2026-10-01', infoRequestedDate: '' });
  });

  it("returns a case already in today's shape as it is", () => {
    const c = newCase({ title: 'Current' });
    expect(normalizeCase(c)).toBe(c);
  });
});
