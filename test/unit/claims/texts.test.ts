import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../lib/claims/checks';
import { patientBillingNote, reprocessingRequest, underpaymentAppeal } from '../../../lib/claims/texts';
import { fixtureClaims, IN_NETWORK, jordanBundle } from './claimCases';

const bundle = jordanBundle();
const claims = [...fixtureClaims('paid-as-agreed'), ...fixtureClaims('underpaid'), ...fixtureClaims('out-of-network')];
const result = checkClaims(bundle, claims, IN_NETWORK);

describe('claim texts', () => {
  it('the appeal cites the agreement and lists each flagged line, not the ones paid as agreed', () => {
    const t = underpaymentAppeal(bundle, claims, result, 'provider');
    expect(t.subject).toBe('Underpayment appeal under single case agreement SCA-2026-0042');
    expect(t.body).toContain('authorization SCA-2026-0042');
    expect(t.body).toContain('in effect 11/01/2026 through 04/30/2027');
    expect(t.body).toContain('97153 at $18.50 per unit; 97155 at $28.00 per unit');
    expect(t.body).toContain(
      '- Claim ABA2001, 11/10/2026, 97153, 8 units: billed $200.00, allowed $120.00, agreed $148.00, paid $96.00; owed $22.40.',
    );
    expect(t.body).toContain('- Claim ABA3002, 11/18/2026, 97155, 2 units');
    expect(t.body).not.toContain('ABA1001');
    expect(t.body).toContain(`In total ${'$141.60'} is owed`);
    expect(t.body).toMatch(/^Re: Appeal of underpayment, Jordan Rivera, member ID W123456789/);
    expect(underpaymentAppeal(bundle, claims, result, 'patient').body).toContain('I appeal the processing');
  });

  it('the reprocessing request names claims, reasons and the amount, in either voice', () => {
    const provider = reprocessingRequest(bundle, claims, result, 'provider').body;
    expect(provider).toContain('claim ABA2001 (your claim number PCNABA2001), dates of service 11/10/2026: Underpaid by $22.40.');
    expect(provider).toContain('Under the agreement $141.60 is still owed.');
    expect(provider).toMatch(/^I am calling from /);
    expect(reprocessingRequest(bundle, claims, result, 'patient').body).toMatch(/^I am calling about my/);
  });

  it("the patient's note asks the billing office to hold the balance beyond in-network cost sharing", () => {
    const t = patientBillingNote(bundle, claims, result);
    expect(t.body).toContain('- Claim ABA3001: The patient is asked for $74.40 more than in-network cost sharing');
    expect(t.body).toContain('Please do not bill me beyond in-network cost sharing');
  });
});
