// Clinical justifications: continuity of care, specialised expertise, urgency / medical necessity,
// and the ABA request reviewers expect (assessment, hours per week by code, goals).
import type { JustificationTemplate } from '../template';

const MEMBER_LINE = 'Member: {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}. Diagnosis: {{diagnoses}}.';

export const CONTINUITY: JustificationTemplate = {
  id: 'continuity-of-care',
  title: 'Continuity of care (treatment in progress)',
  category: 'justification',
  description: 'Treatment is under way with this provider; a new plan or the provider leaving the network must not interrupt it.',
  keywords: [
    'continuity of care',
    'transition of care',
    'new insurance',
    'provider left network',
    'termination',
    'regression',
    'No Surprises Act',
  ],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{providerOrg}} requests a continuity of care exception (single case agreement) so that {{memberName}} can continue treatment already in progress with {{providerName}}.[[ {{memberFirstName}} was previously covered by {{priorInsurer}}[[ (policy {{priorPolicy}})]]; {{payer}} coverage began on {{coverageStartDate}}.]][[ {{providerName}} left the {{payer}} network on {{providerTerminationDate}}.]]

{{clinicalRationale}}

Changing providers in the middle of treatment carries a real clinical risk: the therapeutic relationship, the individualized treatment plan and the data collected so far would be lost, and a new provider would need to reassess and rebuild from the start. For {{memberFirstName}} that means a likely regression of the gains made and a gap in care while a new provider is found; the in-network search shows none is available ({{attemptOutcomes}}).

We ask that {{payer}} authorize {{serviceCodes}} with {{providerOrg}} at in-network cost sharing for {{serviceDates}}, so that treatment continues without interruption.[[ Contact: {{contactName}}, {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{patientIntro}} I am asking for a continuity of care exception so that treatment for {{patientObject}} can continue with {{providerName}}, who is already providing it.[[ We were previously covered by {{priorInsurer}}[[ (policy {{priorPolicy}})]]; {{payer}} coverage began on {{coverageStartDate}}.]][[ {{providerName}} left the {{payer}} network on {{providerTerminationDate}}.]]

{{clinicalRationale}}

Starting over with a new provider would mean losing the progress made so far, a new assessment, and a gap in care, and there is no in-network provider available to take over ({{attemptOutcomes}}). Please approve continued treatment ({{serviceCodes}}) with {{providerName}} at in-network cost sharing for {{serviceDates}}. You can reach me at {{memberPhone}}.`,
    },
  },
};

export const EXPERTISE: JustificationTemplate = {
  id: 'expertise',
  title: 'Specialised expertise or treatment modality',
  category: 'justification',
  description: 'The patient needs expertise or a treatment method that in-network providers do not offer.',
  keywords: ['expertise', 'modality', 'specialized', 'specialised', 'training', 'experience', 'complex'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{providerOrg}} requests a network gap exception (single case agreement) because {{memberName}} needs expertise that the {{payer}} network does not offer. {{providerName}}[[ ({{providerSpecialty}})]] will provide {{serviceCodes}} in the {{placeOfService}}.

{{clinicalRationale}}

The in-network providers contacted {{attemptPeriod}} do not offer this level of specialization or are not available:
{{attemptsTable}}

An in-network provider without the training and experience this presentation requires is not a comparable option, and treatment by a provider without it risks an ineffective course of care and a longer, costlier recovery. We ask {{payer}} to authorize these services with {{providerOrg}} at in-network cost sharing for {{serviceDates}}.[[ Contact: {{contactName}}, {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{patientIntro}} I am asking for a network gap exception because {{patientPossessive}} condition needs specialised expertise that I could not find in the {{payer}} network. {{providerName}}[[ ({{providerSpecialty}})]] has that expertise and can provide {{serviceCodes}}.

{{clinicalRationale}}

These are the in-network providers I contacted {{attemptPeriod}}:
{{attemptsTable}}

None of them offers the specialised care needed for {{patientObject}}. Please approve care with {{providerName}} at in-network cost sharing for {{serviceDates}}. You can reach me at {{memberPhone}}.`,
    },
  },
};

export const URGENCY: JustificationTemplate = {
  id: 'urgency',
  title: 'Urgency and medical necessity',
  category: 'justification',
  description: 'Why the treatment is medically necessary now and what a delay would cost clinically.',
  keywords: ['medical necessity', 'urgent', 'expedited', 'risk', 'harm', 'clinical rationale'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{clinicalRationale}}

The requested services ({{serviceCodes}}, {{serviceDates}}) are medically necessary: they were recommended[[ by {{referringName}}[[ ({{referringSpecialty}})]]]] to treat {{primaryDiagnosis}}. Each week without treatment, the symptoms and impairments described above continue.

No in-network provider can begin treatment in time ({{attemptOutcomes}}); {{providerName}} can begin on {{startDate}}.[[ {{urgencyNote}}]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{clinicalRationale}}

The treatment ({{serviceCodes}}) was recommended[[ by {{referringName}}]]. Every week without it, the symptoms described above continue. I could not find an in-network provider who can start in time ({{attemptOutcomes}}); {{providerName}} can start on {{startDate}}.[[ {{urgencyNote}}]]`,
    },
  },
};

export const ABA_REQUEST: JustificationTemplate = {
  id: 'aba-request',
  title: 'ABA services request (assessment, hours by code, goals)',
  category: 'justification',
  description: 'Applied behavior analysis: assessment, weekly hours by code, supervision, family guidance and treatment goals.',
  keywords: ['ABA', 'applied behavior analysis', 'autism', 'F84.0', '97153', '97155', 'BCBA', 'RBT', 'hours per week'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{providerOrg}} requests authorization of applied behavior analysis (ABA) for {{memberName}}, a {{memberAge}} diagnosed with {{primaryDiagnosis}}, under a single case agreement with {{providerName}}[[ (NPI {{providerNpi}})]], for {{serviceDates}}.

Requested services:
{{abaPlan}}

Treatment intensity: {{abaWeeklyHours}}, delivered in the {{placeOfService}}.

{{clinicalRationale}}

Treatment goals will target the behaviors and skill deficits identified in the behavior identification assessment (97151): reducing unsafe and interfering behaviors, building functional communication, and increasing daily living and social skills, each with a measurable baseline and mastery criterion. Progress will be measured by direct data collection at every session and reported with each reauthorization. Caregivers take part through family guidance so that skills carry over to home and community.

The in-network search found no ABA provider able to begin services ({{attemptOutcomes}}). ABA requires authorization before treatment starts, so we ask for a decision before {{startDate}}.[[ Contact: {{contactName}}, {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{patientIntro}} I am asking {{payer}} to approve applied behavior analysis (ABA) for {{patientObject}} with {{providerName}}[[ of {{providerOrg}}]] under a single case agreement, for {{serviceDates}}. The diagnosis is {{primaryDiagnosis}}.

The treatment plan includes:
{{abaPlan}}

That is {{abaWeeklyHours}}.

{{clinicalRationale}}

I contacted in-network ABA providers and none could start ({{attemptOutcomes}}). ABA must be approved before it begins, so I ask for a decision before {{startDate}}. You can reach me at {{memberPhone}}.`,
    },
  },
};
