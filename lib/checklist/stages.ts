// The eight stages of a case (shared/domain.md, "The stages of a case"), in order.
import type { StageId } from './types';

export const STAGES: readonly { id: StageId; label: string; summary: string }[] = [
  { id: 'prepare', label: 'Prepare', summary: 'Diagnosis, treatment, dates, provider credentials and plan details.' },
  { id: 'prove-gap', label: 'Prove the network gap', summary: 'Every in-network provider contacted, and why none can help.' },
  { id: 'request', label: 'Request', summary: "Ask before treatment starts, on the plan's own form, with the clinician's rationale." },
  { id: 'follow-up', label: 'Follow up', summary: 'Call every few business days and record each call.' },
  { id: 'decision', label: 'Decision', summary: 'Get it in writing with exact dates, codes and units.' },
  { id: 'rate', label: 'Negotiate the rate', summary: "The provider's fee, the plan's offer and what was agreed." },
  { id: 'agreement', label: 'Run the agreement', summary: 'Bill under the agreement, track units, ask for an extension in time.' },
  { id: 'appeal', label: 'Appeal a denial', summary: 'Access barriers and medical necessity, peer-to-peer, then external review.' },
];

export const STAGE_LABELS: Record<StageId, string> = Object.fromEntries(STAGES.map((s) => [s.id, s.label])) as Record<StageId, string>;
