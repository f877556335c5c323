import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../lib/claims/checks';
import { fixtureClaims, IN_NETWORK, jordanBundle, mayaBundle, usageEntry } from './claimCases';

const kinds = (c: { findings: { kind: string; severity: string }[] }) =>
  c.findings.filter((f) => f.severity === 'problem').map((f) => f.kind);

describe('checkClaims: verdicts on the synthetic 835 fixtures', () => {
  it('paid as agreed: nothing owed, no problem', () => {
    const r = checkClaims(jordanBundle(), fixtureClaims('paid-as-agreed'), IN_NETWORK);
    expect(r.claims[0]).toMatchObject({ verdicts: ['paid-as-agreed'], headline: 'Paid as agreed', owed: 0, patientExcess: 0 });
    expect(r.claims[0]!.lines.map((l) => [l.expectedAllowed, l.allowed, l.expectedPatient])).toEqual([
      [14800, 14800, 2960],
      [5600, 5600, 1120],
    ]);
    expect(r.owed).toBe(0);
  });

  it('underpaid: the shortfall against the agreed rate x units, and what the payer owes', () => {
    const r = checkClaims(jordanBundle(), fixtureClaims('underpaid'), IN_NETWORK);
    const c = r.claims[0]!;
    expect(c.verdicts).toEqual(['underpaid']);
    expect(c.headline).toBe('Underpaid by $22.40');
    expect(c.findings[0]).toMatchObject({ kind: 'underpaid', amount: 2800 });
    expect(c.findings[0]!.reason).toBe(
      '97153 on 11/10/2026: allowed $120.00 for 8 units; the agreed rate $18.50 x 8 = $148.00, short by $28.00.',
    );
    expect(r.owed).toBe(2240);
  });

  it('a cent per unit is within tolerance', () => {
    const claims = fixtureClaims('paid-as-agreed');
    claims[0]!.lines[0]!.allowed = 14800 - 8;
    expect(checkClaims(jordanBundle(), claims, IN_NETWORK).claims[0]!.verdicts).toEqual(['paid-as-agreed']);
    claims[0]!.lines[0]!.allowed = 14800 - 9;
    expect(checkClaims(jordanBundle(), claims, IN_NETWORK).claims[0]!.verdicts).toEqual(['underpaid']);
  });

  it('out of network: charged at out-of-network levels, and adjusted with CARC 242; the excess is a balance-billing risk', () => {
    const r = checkClaims(jordanBundle(), fixtureClaims('out-of-network'), IN_NETWORK);
    const [levels, coded] = r.claims;
    expect(levels!.verdicts).toEqual(['out-of-network']);
    expect(kinds(levels!)).toEqual(['out-of-network', 'balance-billing-risk']);
    expect(levels!.findings[0]!.reason).toContain('$104.00 instead of $29.60');
    expect(levels!.patientExcess).toBe(7440);
    expect(levels!.owed).toBe(7440);
    expect(coded!.verdicts).toEqual(['out-of-network']);
    expect(coded!.findings[0]!.reason).toContain('(PR-242)');
    expect(coded!.headline).toBe('Processed out of network; $44.80 owed');
    expect(r.owed).toBe(7440 + 4480);
    expect(r.patientExcess).toBe(7440 + 5880);
  });

  it('missing authorization: CARC 197 and no authorization number on the claim', () => {
    const c = checkClaims(jordanBundle(), fixtureClaims('missing-authorization'), IN_NETWORK).claims[0]!;
    expect(c.verdicts).toEqual(['authorization-missing']);
    expect(c.headline).toBe('Authorization missing; $118.40 owed');
    expect(c.findings.map((f) => f.kind)).toEqual(['authorization-not-on-claim', 'authorization-missing']);
  });

  it('a different authorization number on the claim', () => {
    const claims = fixtureClaims('paid-as-agreed');
    claims[0]!.authorizationNumber = 'SCA-2025-9999';
    const c = checkClaims(jordanBundle(), claims, IN_NETWORK).claims[0]!;
    expect(c.verdicts).toEqual(['authorization-missing']);
    expect(c.headline).toBe('Authorization number differs');
    expect(c.findings[0]!.reason).toBe("The claim carries authorization SCA-2025-9999, not the agreement's SCA-2026-0042.");
  });

  it('denied: the claim status and its codes in the reason', () => {
    const c = checkClaims(jordanBundle(), fixtureClaims('denied'), IN_NETWORK).claims[0]!;
    expect(c.verdicts).toEqual(['denied']);
    expect(c.findings[0]!.reason).toBe('97153 on 12/01/2026 was denied (CO-50; remarks N115); nothing was paid on $200.00 billed.');
  });

  it('several members: outside the dates, units over the approval', () => {
    const all = fixtureClaims('multiple-members');
    const jordan = checkClaims(jordanBundle(), all.slice(0, 2), IN_NETWORK);
    expect(jordan.claims.map((c) => c.headline)).toEqual(['Paid as agreed', 'Outside the agreement dates']);
    expect(jordan.claims[1]!.findings[0]!.reason).toBe(
      "97153 on 05/10/2027 is outside the agreement's dates (11/01/2026 to 04/30/2027), so the agreement does not cover it.",
    );
    const maya = checkClaims(mayaBundle(), all.slice(2, 3), IN_NETWORK).claims[0]!;
    expect(maya.verdicts).toEqual(['units-over']);
    expect(maya.findings.map((f) => [f.kind, f.line])).toEqual([['units-over', 1]]);
    expect(maya.findings[0]!.reason).toContain('16 units of 97153 are approved and 24 have been used');
    expect(maya.owed).toBe(0);
  });

  it('units count the sessions logged as well as earlier claims (whichever is more)', () => {
    const bundle = jordanBundle(
      {
        approvedCodes: [
          { code: '97153', units: 20 },
          { code: '97155', units: 48 },
        ],
      },
      [usageEntry('97153', '2026-11-01', 16), usageEntry('97153', '2026-11-03', 8)],
    );
    const c = checkClaims(bundle, fixtureClaims('paid-as-agreed'), IN_NETWORK).claims[0]!;
    expect(c.verdicts).toEqual(['units-over']);
    expect(c.findings[0]!.reason).toContain('(claims 8, sessions logged 24), so 4 units of this line are over');
  });

  it('a code the agreement does not approve', () => {
    const bundle = jordanBundle({ approvedCodes: [{ code: '97153', units: 400 }] });
    const c = checkClaims(bundle, fixtureClaims('paid-as-agreed'), IN_NETWORK).claims[0]!;
    expect(c.headline).toBe('Code not approved');
    expect(c.findings[0]!.reason).toBe("97155 is not among the agreement's approved codes (97153).");
  });

  it('the same claim twice: the second is a possible duplicate and adds nothing owed', () => {
    const [a] = fixtureClaims('underpaid');
    const r = checkClaims(jordanBundle(), [a!, { ...a!, id: 'again' }], IN_NETWORK);
    expect(r.claims.map((c) => c.verdicts)).toEqual([['underpaid'], ['underpaid', 'duplicate']]);
    expect(r.owed).toBe(2240);
  });

  it('without cost sharing entered, only deductible/copay/coinsurance count as the in-network share', () => {
    const r = checkClaims(jordanBundle(), fixtureClaims('out-of-network'));
    expect(r.claims[0]!.verdicts).toEqual(['paid-as-agreed']);
    expect(r.claims[1]!.verdicts).toEqual(['out-of-network']);
    expect(r.claims[1]!.patientExcess).toBe(7000);
  });

  it('deductible and copay: the running deductible and one copay per date of service', () => {
    const r = checkClaims(jordanBundle(), fixtureClaims('paid-as-agreed'), {
      deductibleRemaining: 5000,
      copay: 1000,
      coinsurancePercent: 0,
    });
    // Line 1: $50 deductible + $10 copay; line 2 (another day): $10 copay.
    expect(r.claims[0]!.lines.map((l) => l.expectedPatient)).toEqual([6000, 1000]);
  });

  it('no agreed rate for a code: needs information, never "paid as agreed"', () => {
    const bundle = jordanBundle();
    bundle.case.rates.lines = [];
    const c = checkClaims(bundle, fixtureClaims('paid-as-agreed'), IN_NETWORK).claims[0]!;
    expect(c.verdicts).toEqual(['needs-information']);
  });
});
