import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../lib/case/schema';
import { matchClaimsToCases } from '../../../lib/claims/matchCases';
import { read835 } from '../../../lib/claims/remittance835';
import { fixtureText, jordanBundle, mayaBundle } from './claimCases';

const claimsOf = (name: string) => {
  const r = read835(fixtureText(name));
  if (!r.ok) throw new Error(r.message);
  return r.claims;
};

describe('matchClaimsToCases', () => {
  it('places claims by member ID, even outside the dates when one case fits; lists the stranger apart', () => {
    const p = matchClaimsToCases(claimsOf('multiple-members'), [jordanBundle().case, mayaBundle().case]);
    expect(p.placed.map((x) => [x.caseId, x.claims.map((c) => c.claimNumber)])).toEqual([
      ['case-complete-aba', ['ABA6001', 'ABA6002']],
      ['case-maya', ['MC7001']],
    ]);
    expect(p.unmatched.map((u) => u.reason)).toEqual(['Claim SO8001: no case has member ID X555000111 or patient SAM OKAFOR.']);
    expect(p.ambiguous).toEqual([]);
  });

  it('two agreements for one member: the dates of service choose; overlapping ones are ambiguous', () => {
    const first = jordanBundle().case;
    const second = CaseSchema.parse({
      ...first,
      id: 'case-jordan-2027',
      title: 'J. Rivera - 2027',
      agreement: { ...first.agreement, startDate: '2027-05-01', endDate: '2027-10-31' },
    });
    const p = matchClaimsToCases(claimsOf('multiple-members').slice(0, 2), [first, second]);
    expect(p.placed.map((x) => [x.caseId, x.claims.map((c) => c.claimNumber)])).toEqual([
      ['case-complete-aba', ['ABA6001']],
      ['case-jordan-2027', ['ABA6002']],
    ]);
    const overlap = CaseSchema.parse({ ...second, agreement: { ...second.agreement, startDate: '2026-11-01' } });
    const q = matchClaimsToCases(claimsOf('multiple-members').slice(0, 1), [first, overlap]);
    expect(q.placed).toEqual([]);
    expect(q.ambiguous[0]!.caseIds).toEqual(['case-complete-aba', 'case-jordan-2027']);
    expect(q.ambiguous[0]!.reason).toContain('2 cases fit member ID W123456789 and its dates of service');
  });

  it('without a member ID match, the patient name (any case of letters) finds the case', () => {
    const claims = claimsOf('underpaid').map((c) => ({ ...c, patient: { ...c.patient, memberId: 'OTHER1' } }));
    const p = matchClaimsToCases(claims, [jordanBundle().case, mayaBundle().case]);
    expect(p.placed.map((x) => x.caseId)).toEqual(['case-complete-aba']);
  });
});
