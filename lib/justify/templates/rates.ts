// Rate texts: the provider's case for its usual fee, and the acknowledgement a patient signs when
// they will owe more than in-network cost sharing. Both read the rate worksheet (case.rates).
import { balanceBillingBar } from '../balanceBilling';
import type { JustificationTemplate } from '../template';

export const RATE_JUSTIFICATION: JustificationTemplate = {
  id: 'rate-justification',
  title: 'Rate justification (usual fee vs plan offer)',
  category: 'rate',
  description: "Why the plan's offer falls short of the provider's usual fee, per code, with the rate proposed.",
  keywords: [
    'rate',
    'fee',
    'negotiation',
    'counter-offer',
    'usual and customary',
    'FAIR Health',
    'Medicare',
    'reimbursement',
    'single case agreement rate',
  ],
  voices: {
    provider: {
      use: ['portal', 'letter', 'call'],
      body: `Re: rate for the single case agreement for {{memberName}} (member ID {{memberId}}), {{serviceCodes}}.

Thank you for the offer. We are unable to accept it as proposed. The rate worksheet for this agreement:
{{rateLines}}

Our usual fee is the rate {{providerOrg}} charges all payers for this service, and it reflects what delivering it requires: credentialed clinicians[[ ({{providerSpecialty}})]], supervision, documentation and data collection, and the {{placeOfService}} setting. An offer based on {{offerBasis}} does not reflect the cost of providing this care, and the plan needs this agreement precisely because its in-network providers could not deliver the service ({{attemptOutcomes}}).

We propose {{proposedRate}} for {{serviceDates}}. At that rate we can begin treatment on {{startDate}}.[[ Please reply to {{contactName}} at {{contactPhone}}.]]`,
    },
  },
};

export const PATIENT_ACKNOWLEDGEMENT: JustificationTemplate = {
  id: 'patient-acknowledgement',
  title: 'Patient acknowledgement of amounts owed',
  category: 'rate',
  description: "For the patient to sign when the plan pays less than the provider's rate and the patient will owe the difference.",
  keywords: ['acknowledgement', 'acknowledgment', 'balance billing', 'financial responsibility', 'consent', 'patient owes'],
  subject: 'Acknowledgement of financial responsibility',
  // Not where the plan type bars balance billing (Medicaid, 42 CFR 447.15; Medicare Advantage, 422.112(a)(1)(iii)).
  offeredFor: (c) => !balanceBillingBar(c.plan.lineOfBusiness),
  voices: {
    patient: {
      use: ['letter'],
      body: `Acknowledgement of financial responsibility

Patient: {{memberName}}, date of birth {{memberDob}}, {{payer}} member ID {{memberId}}
Provider: {{providerName}}, {{providerOrg}}
Services: {{serviceCodes}}, {{serviceDates}}

I understand that {{providerName}} is not in the {{payer}} network and that services are provided under a single case agreement. The provider has checked that the agreement does not bar billing me beyond my in-network cost sharing. The plan does not pay the provider's full rate:
{{patientRateLines}}

I understand that I may owe more than my in-network cost sharing (copay, coinsurance and deductible) for these services, including the difference between the provider's charge and the amount {{payer}} pays, and that {{providerOrg}} has explained this to me before treatment begins. I may ask {{providerOrg}} for an estimate of what I will owe at any time, and I may choose not to proceed.

Signed: ________________________________   Date: ______________
{{signerName}}, {{signerRelation}}`,
    },
  },
};
