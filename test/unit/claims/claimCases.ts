// Approved cases for the claim tests: the complete ABA fixture with an agreement and agreed rates,
// and a second member's case; claims read from the synthetic 835 fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseSchema, UsageEntrySchema, type CaseBundle, type CaseInput, type UsageEntry } from '../../../lib/case/schema';
import { claimOnCase, type Claim } from '../../../lib/claims/claim';
import { read835 } from '../../../lib/claims/remittance835';
import type { CostSharing } from '../../../lib/claims/checks';
import { completeBundle } from '../../fixtures/cases/complete';

export const IN_NETWORK: CostSharing = { deductibleRemaining: 0, copay: 0, coinsurancePercent: 20 };

export function jordanBundle(agreement: Partial<CaseInput['agreement'] & object> = {}, usage?: UsageEntry[]): CaseBundle {
  const base = completeBundle();
  const kase = CaseSchema.parse({
    ...base.case,
    status: 'approved',
    agreement: {
      authorizationNumber: 'SCA-2026-0042',
      approvedCodes: [
        { code: '97153', units: 400 },
        { code: '97155', units: 48 },
      ],
      rate: '$18.50 per 15-minute unit for 97153',
      startDate: '2026-11-01',
      endDate: '2027-04-30',
      ...agreement,
    },
    rates: {
      lines: [
        { code: '97153', agreedRate: 18.5 },
        { code: '97155', agreedRate: 28 },
      ],
    },
  });
  return { ...base, case: kase, ...(usage ? { usage } : {}) };
}

export function mayaBundle(): CaseBundle {
  const kase = CaseSchema.parse({
    id: 'case-maya',
    title: 'M. Chen - ABA',
    status: 'approved',
    member: { firstName: 'Maya', lastName: 'Chen', memberId: 'W987654321' },
    agreement: {
      authorizationNumber: 'SCA-MC-77',
      approvedCodes: [{ code: '97153', units: 16 }],
      startDate: '2026-12-01',
      endDate: '2027-05-31',
    },
    rates: { lines: [{ code: '97153', agreedRate: 18.5 }] },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  });
  return { case: kase, attempts: [], calls: [], usage: [] };
}

export function usageEntry(code: string, date: string, units: number): UsageEntry {
  return UsageEntrySchema.parse({ id: `use-${date}-${code}`, caseId: 'case-complete-aba', code, date, units });
}

export function fixtureText(name: string): string {
  return readFileSync(join(process.cwd(), 'test/fixtures/835', `${name}.835`), 'utf8');
}

/** The fixture's claims placed on a case (as the store will save them). */
export function fixtureClaims(name: string, caseId = 'case-complete-aba'): Claim[] {
  const r = read835(fixtureText(name));
  if (!r.ok) throw new Error(r.message);
  return r.claims.map((c, i) => ({ ...claimOnCase(c, caseId, new Date('2026-12-16T10:00:00Z')), id: `${name}-${i}` }));
}
