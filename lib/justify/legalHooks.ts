// Rules worth citing in a request or appeal, chosen by plan type and state. Cited as information
// for the reviewer, never as legal advice: each text says what the rule provides, with its citation.
import type { Case, LineOfBusiness } from '../case/schema';
import { isBehavioralHealth } from './facts';

export interface LegalHook {
  id: string;
  citation: string;
  /** One sentence stating what the rule provides. */
  text: string;
}

const FULLY_INSURED: LineOfBusiness[] = ['commercial-fully-insured', 'marketplace'];
/** Group and individual plans under MHPAEA's private-coverage rules; Medicaid managed care has its own (438.910). */
const PARITY_PLANS: LineOfBusiness[] = ['commercial-fully-insured', 'self-funded-erisa', 'marketplace'];

interface HookRule extends LegalHook {
  applies(c: Case): boolean;
}

const RULES: HookRule[] = [
  {
    id: 'medicaid-438-206',
    citation: '42 CFR 438.206(b)(4)',
    text: 'Federal Medicaid managed care rules require that, when the network is unable to provide a necessary covered service to a particular enrollee, the plan cover the service out of network adequately and timely, for as long as the network cannot provide it, at no greater cost to the enrollee than in network (42 CFR 438.206(b)(4)-(5)).',
    applies: (c) => c.plan.lineOfBusiness === 'medicaid-mco',
  },
  {
    id: 'medicare-advantage-422-112',
    citation: '42 CFR 422.112(a)(1)(iii)',
    text: "Medicare Advantage coordinated care plans must arrange for any medically necessary covered benefit outside the plan network, at in-network cost sharing, when an in-network provider is unavailable or inadequate to meet the enrollee's medical needs (42 CFR 422.112(a)(1)(iii)).",
    applies: (c) => c.plan.lineOfBusiness === 'medicare-advantage',
  },
  {
    id: 'ny-ins-law-4804',
    citation: 'N.Y. Insurance Law 4804(a)',
    text: "New York Insurance Law 4804(a) provides that when a managed care insurer has no in-network provider with the appropriate training and experience to meet an insured's particular health care needs, it must make a referral to an appropriate out-of-network provider at no additional cost to the insured beyond in-network cost sharing.",
    applies: (c) => c.plan.state === 'NY' && FULLY_INSURED.includes(c.plan.lineOfBusiness),
  },
  {
    id: 'tx-28-tac-3-3708',
    citation: '28 TAC 3.3708',
    // 28 TAC Chapter 3, Subchapter X covers preferred and exclusive provider benefit plans (PPO, EPO),
    // not HMOs; the case does not record the product type, so the text says which plans it is for.
    text: 'For preferred and exclusive provider benefit plans (PPO and EPO plans, not HMOs), Texas rules (28 TAC 3.3708) require that when no preferred provider is reasonably available and a non-preferred provider is preauthorized for that reason, the claim be paid at the preferred (in-network) benefit level.',
    applies: (c) => c.plan.state === 'TX' && FULLY_INSURED.includes(c.plan.lineOfBusiness),
  },
  {
    id: 'mhpaea-nqtl',
    citation: '29 CFR 2590.712(c)(4); 45 CFR 146.136(c)(4)',
    text: 'For mental health and substance use disorder benefits, including autism treatment, the Mental Health Parity and Addiction Equity Act treats network adequacy and out-of-network access standards as non-quantitative treatment limitations, which may be no more restrictive than those applied to medical and surgical benefits (29 CFR 2590.712(c)(4); 45 CFR 146.136(c)(4)).',
    applies: (c) => isBehavioralHealth(c) && PARITY_PLANS.includes(c.plan.lineOfBusiness),
  },
  {
    id: 'medicaid-parity-438-910',
    citation: '42 CFR 438.910(d)',
    text: 'For Medicaid managed care enrollees, federal parity rules (42 CFR 438.910(d)) require that non-quantitative treatment limitations on mental health and substance use disorder benefits, including network admission standards and network adequacy, be comparable to and applied no more stringently than those on medical and surgical benefits.',
    applies: (c) => isBehavioralHealth(c) && c.plan.lineOfBusiness === 'medicaid-mco',
  },
];

/** The hooks that apply to this case's plan type, state and service, most specific first. */
export function legalHooksFor(c: Case): LegalHook[] {
  return RULES.filter((r) => r.applies(c)).map(({ id, citation, text }) => ({ id, citation, text }));
}

/** What comes after an internal appeal for this plan type (information, with the source of the figure). */
export function reviewRightsText(c: Case): string {
  switch (c.plan.lineOfBusiness) {
    case 'medicare-advantage':
      return 'If the plan upholds its decision on reconsideration, the case is forwarded to the Medicare Independent Review Entity, as Medicare Advantage appeal rules provide (42 CFR 422.590 and 422.592).';
    case 'medicaid-mco':
      return 'If the plan upholds its decision on appeal, the member may request a State fair hearing (42 CFR 438.408(f)).';
    case 'tricare':
      return 'If the denial is upheld, the member may pursue the further reconsideration and appeal levels TRICARE provides (32 CFR 199.10).';
    case 'self-funded-erisa':
      return 'If the plan is not grandfathered and upholds its decision after internal appeal, the member may request an external review by an independent review organization within four months of the final internal denial (29 CFR 2590.715-2719).';
    default:
      // Grandfathered plans are exempt (45 CFR 147.140); the case does not record it, so the text says so.
      return 'If the plan is not grandfathered and upholds its decision after internal appeal, the member may request an external review by an independent review organization, within four months of the final internal denial under the federal process or within the time the state\u2019s process allows (45 CFR 147.136).';
  }
}
