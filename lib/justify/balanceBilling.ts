// Whether the plan type bars billing the patient beyond in-network cost sharing. Where it does, no
// text asks the patient to acknowledge a higher cost, and the checklist says so with the rule's source.
import type { LineOfBusiness } from '../case/schema';

export interface BalanceBillingBar {
  /** The protection in one sentence, for the checklist and the rate worksheet. */
  text: string;
  source: string;
}

const BARS: Partial<Record<LineOfBusiness, BalanceBillingBar>> = {
  'medicaid-mco': {
    text: 'Medicaid members may not be billed beyond their Medicaid cost sharing: the provider accepts the plan\u2019s payment as payment in full.',
    source: '42 CFR 447.15; 42 CFR 438.106',
  },
  'medicare-advantage': {
    text: 'When a Medicare Advantage plan arranges out-of-network care because its network cannot provide it, the member pays in-network cost sharing only.',
    source: '42 CFR 422.112(a)(1)(iii); 42 CFR 422.214',
  },
};

/** The rule that bars balance billing for this plan type; undefined when the plan type does not bar it. */
export function balanceBillingBar(lineOfBusiness: LineOfBusiness): BalanceBillingBar | undefined {
  return BARS[lineOfBusiness];
}
