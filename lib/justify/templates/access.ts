// Network-gap justifications for portal text boxes: no specialty, wait times, distance. Each answers
// the usual denial reasons in advance: a comparable in-network option exists, no record of a search,
// "provider preference or convenience".
import type { JustificationTemplate } from '../template';

const MEMBER_LINE = 'Member: {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}. Diagnosis: {{diagnoses}}.';

export const NO_SPECIALTY: JustificationTemplate = {
  id: 'no-specialty',
  title: 'No in-network provider with the needed specialty',
  category: 'justification',
  description: 'The network has no provider who offers this specialty or service to this patient.',
  keywords: ['network gap', 'clinical gap', 'network deficiency', 'insufficiency', 'no specialty', 'in-network exception', 'gap exception'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{providerOrg}} requests a network gap exception (single case agreement) so that {{memberName}} can receive {{serviceCodes}} from {{providerName}}[[ ({{providerSpecialty}})]] at the in-network benefit level for {{serviceDates}}.

The {{payer}} network has no provider able to deliver this service to {{memberFirstName}}. We contacted {{attemptCount}} {{attemptPeriod}}, and none can provide it:
{{attemptsTable}}

{{clinicalRationale}}

This request rests on the absence of an available in-network provider with the required specialty, not on provider preference or convenience. We ask {{payer}} to authorize these services with {{providerOrg}} at in-network cost sharing until the network can offer a qualified provider.[[ For questions, contact {{contactName}} at {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{patientIntro}} I am asking {{payer}} for a network gap exception (single case agreement) to cover {{serviceCodes}} for {{patientObject}} with {{providerName}}[[ of {{providerOrg}}]] at the in-network benefit level.

I could not find any in-network provider who offers this care. I contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}

{{clinicalRationale}}

I am not asking for an exception out of preference or convenience: the plan's network does not include a provider with the specialty this treatment requires. Please approve care with {{providerName}} at in-network cost sharing until an in-network provider can offer it. You can reach me at {{memberPhone}}.`,
    },
  },
};

export const WAIT_TIME: JustificationTemplate = {
  id: 'wait-time',
  title: 'In-network wait times too long',
  category: 'justification',
  description: "In-network providers cannot see the patient within the plan type's appointment wait standard.",
  keywords: ['waitlist', 'wait list', 'timely access', 'appointment wait', 'network adequacy', 'delay'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{providerOrg}} requests a network gap exception (single case agreement) for {{serviceCodes}} because in-network providers cannot see {{memberName}} in a clinically appropriate time. We contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}

The earliest in-network appointment offered is {{shortestWait}} away, at {{shortestWaitProvider}}; the table above names each wait.[[ For {{planType}} coverage, the appointment wait standard is {{waitStandard}} ({{standardSource}}); {{waitsOverStandard}} contacted could not meet it.]] {{providerName}} can begin treatment on {{startDate}}.

{{clinicalRationale}} Waiting {{shortestWait}} or more for care that is medically necessary now would leave {{memberFirstName}} without it for that time.

We ask that {{payer}} authorize {{serviceCodes}} with {{providerOrg}} at in-network cost sharing for {{serviceDates}}.[[ Contact: {{contactName}}, {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{patientIntro}} I am asking for a network gap exception because no in-network provider can see {{patientObject}} within a reasonable time. I contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}

The soonest appointment offered was {{shortestWait}} away.[[ My understanding is that for {{planType}} coverage the appointment wait standard is {{waitStandard}} ({{standardSource}}).]] {{providerName}} can start treatment on {{startDate}}.

{{clinicalRationale}} Delaying this care means {{patientPossessive}} condition may get worse while we wait. Please approve {{serviceCodes}} with {{providerName}} at the in-network benefit level for {{serviceDates}}. You can reach me at {{memberPhone}}.`,
    },
  },
};

export const DISTANCE: JustificationTemplate = {
  id: 'distance',
  title: 'In-network providers too far away',
  category: 'justification',
  description: 'The only in-network providers with openings are beyond a reasonable travel distance.',
  keywords: ['travel', 'distance', 'miles', 'geographic access', 'time and distance', 'rural'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{providerOrg}} requests a network gap exception (single case agreement) because the nearest in-network provider able to accept {{memberName}} is {{nearestProvider}}, {{nearestDistance}} from the family's home in {{memberCity}}.[[ The geographic access standard for this plan type is {{distanceStandard}} ({{standardSource}}).]] We contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}

The treatment plan calls for {{serviceCodes}} in the {{placeOfService}}[[, including {{abaWeeklyHours}}]]. Travel of this distance for sessions at this frequency is not feasible, and an in-network provider that cannot reach the patient is not an available provider.

{{clinicalRationale}}

We ask that {{payer}} authorize these services with {{providerOrg}}, located at {{providerAddress}}, at in-network cost sharing for {{serviceDates}}.[[ Contact: {{contactName}}, {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `${MEMBER_LINE}

{{patientIntro}} I am asking for a network gap exception because the only in-network provider able to take {{patientObject}} is {{nearestProvider}}, {{nearestDistance}} from our home in {{memberCity}}.[[ My understanding is that the travel standard for this plan type is {{distanceStandard}} ({{standardSource}}).]] These are the in-network providers I contacted {{attemptPeriod}}:
{{attemptsTable}}

The treatment plan calls for {{serviceCodes}}[[, including {{abaWeeklyHours}}]]. Travelling that far for every session is not possible for our family and would make the treatment impossible to keep up.

{{clinicalRationale}} Please approve care with {{providerName}} at in-network cost sharing for {{serviceDates}}. You can reach me at {{memberPhone}}.`,
    },
  },
};
