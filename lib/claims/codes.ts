// Adjustment codes that tell what went wrong with a claim under a single case agreement, from the
// published Claim Adjustment Reason Code list (X12 CARC). Each list is one rule the checks apply.
import type { Adjustment, ClaimFieldsInput } from './claim';

/** Processed as out of network: 242 services not provided by network/primary care providers,
 *  243 services not authorized by network/primary care providers, 38 (retired) the same. */
export const OUT_OF_NETWORK_CARCS: ReadonlySet<string> = new Set(['242', '243', '38']);

/** No or wrong authorization: 15 authorization number missing/invalid/not for these services,
 *  197 precertification/authorization absent, 198 ... exceeded, 39 denied when authorization was
 *  asked, 62 (retired) absent or exceeded pre-certification. */
export const NO_AUTHORIZATION_CARCS: ReadonlySet<string> = new Set(['15', '197', '198', '39', '62']);

/** 18: exact duplicate claim/service. */
export const DUPLICATE_CARCS: ReadonlySet<string> = new Set(['18']);

/** Patient responsibility reason codes that are in-network cost sharing: deductible, coinsurance, copay. */
export const COST_SHARING_CARCS: ReadonlySet<string> = new Set(['1', '2', '3']);

export const hasCode = (adjustments: readonly Adjustment[] | undefined, set: ReadonlySet<string>) =>
  (adjustments ?? []).some((a) => set.has(a.reason));

/** The network level the payer applied, as far as its adjustment codes tell. */
export function networkOf(claim: ClaimFieldsInput): 'out' | 'unknown' {
  const all = [...(claim.adjustments ?? []), ...(claim.lines ?? []).flatMap((l) => l.adjustments ?? [])];
  return hasCode(all, OUT_OF_NETWORK_CARCS) ? 'out' : 'unknown';
}
