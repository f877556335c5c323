// The plan departments a call can reach, with when each is the right one to ask for.
import { CALL_PARTY_LABELS } from '../case/labels';
import { CALL_PARTIES } from '../case/schema';

export type CallDepartment = (typeof CALL_PARTIES)[number];

const WHEN: Record<CallDepartment, string> = {
  'member-services': 'Benefits, the member\u2019s own request, in-network provider lists.',
  'provider-services': 'Provider questions: authorization status, claims, the provider\u2019s request.',
  'utilization-management': 'The clinical review of the request; escalate here when the decision is late.',
  'case-management': 'Complex cases: a case manager can coordinate care and push the exception.',
  other: 'Any other department (appeals, network management, credentialing).',
};

export const callDepartments: readonly { id: CallDepartment; label: string; when: string }[] = CALL_PARTIES.map((id) => ({
  id,
  label: CALL_PARTY_LABELS[id],
  when: WHEN[id],
}));
