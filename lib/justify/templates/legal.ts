// The rules a plan of this type is generally subject to, cited as information for the reviewer,
// never as legal advice. {{legalHooks}} holds only the rules that apply to the case's plan and state.
import type { JustificationTemplate } from '../template';

export const LEGAL_HOOKS: JustificationTemplate = {
  id: 'legal-hooks',
  title: 'Network adequacy rules for this plan type',
  category: 'justification',
  description: 'Federal and state rules on out-of-network access that plans of this type are generally subject to, with citations.',
  keywords: [
    'network adequacy',
    'regulation',
    'CFR',
    'parity',
    'MHPAEA',
    'NQTL',
    'law',
    'citation',
    '438.206',
    '422.112',
    '4804',
    '3.3708',
  ],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `For the reviewer's reference, plans of this type ({{planType}}) are generally subject to the following rules on access to out-of-network care when the network cannot provide a covered service:
{{legalHooks}}

The network search documented for {{memberName}} ({{attemptOutcomes}}) shows that the {{payer}} network cannot currently provide {{serviceCodes}}. We ask that the request be reviewed in light of these standards. This summary is provided as information and is not a legal opinion.`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `As I understand it, plans of this type ({{planType}}) are generally subject to the following rules on access to out-of-network care when the network cannot provide a covered service:
{{legalHooks}}

My search of the {{payer}} network for {{memberName}} ({{attemptOutcomes}}) shows that it cannot currently provide the care needed for {{patientObject}}. I ask that my request be reviewed in light of these standards. I am not a lawyer and share this as information, not as a legal claim.`,
    },
  },
};
