// After a denial: the appeal (access barriers plus medical necessity, never general fairness) and
// the clinician's notes for a peer-to-peer review.
import type { JustificationTemplate } from '../template';

export const APPEAL: JustificationTemplate = {
  id: 'appeal',
  title: 'Appeal of a denied network gap exception',
  category: 'appeal',
  description: 'Answers the denial with the access barriers and the medical necessity, and asks for reconsideration.',
  keywords: [
    'appeal',
    'denial',
    'denied',
    'reconsideration',
    'grievance',
    'comparable in-network',
    'provider preference',
    'external review',
  ],
  subject: 'Appeal of denied network gap exception',
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `Member: {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}.[[ Reference number: {{referenceNumber}}.]][[ Prior authorization {{priorAuthNumber}}.]]

{{providerOrg}} appeals the denial dated {{denialDate}} of the network gap exception for {{serviceCodes}} with {{providerName}}. The reason given was: "{{denialReason}}". The record shows that no in-network provider can deliver this care, and that the care is medically necessary now.

1. No in-network provider is available. We contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}
[[{{waitsOverStandard}} offered waits beyond the {{waitStandard}} standard ({{standardSource}}).]] A provider who is not accepting patients, has a months-long waitlist, or is too far to reach for the required frequency is not a comparable in-network option.

2. The services are medically necessary. {{clinicalRationale}} The diagnosis is {{diagnoses}}; the requested treatment is {{serviceCodes}} for {{serviceDates}}. Further delay risks worsening of the condition and a longer, costlier course of treatment.

3. This is not a request based on preference or convenience. It is based on the network's inability to provide a covered, medically necessary service.
[[
For the reviewer's reference, plans of this type are generally subject to these rules on out-of-network access:
{{legalHooks}}
]]
We ask {{payer}} to reverse the denial and authorize these services with {{providerOrg}} at in-network cost sharing. We request a peer-to-peer review with the reviewing clinician before a final decision. {{reviewRights}}[[ Contact: {{contactName}}, {{contactPhone}}, fax {{contactFax}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `Member: {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}.[[ Reference number: {{referenceNumber}}.]]

{{patientIntro}} I am appealing the denial dated {{denialDate}} of my request for a network gap exception to receive care from {{providerName}}. The reason given was: "{{denialReason}}". I ask you to reconsider for these reasons.

1. No in-network provider can provide this care. I contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}
None of them could provide the treatment in a reasonable time or distance, so there is no comparable in-network option.

2. The treatment is medically necessary now. {{clinicalRationale}} Delaying it puts {{patientPossessive}} health at risk.

3. I am not asking because of preference or convenience, but because the network cannot provide the care that is needed.
[[
As I understand it, plans of this type are generally subject to these rules on out-of-network access:
{{legalHooks}}
]]
Please reverse the denial and approve {{serviceCodes}} with {{providerName}} at in-network cost sharing. {{reviewRights}} You can reach me at {{memberPhone}}.`,
    },
  },
};

export const PEER_TO_PEER: JustificationTemplate = {
  id: 'peer-to-peer',
  title: 'Peer-to-peer review preparation notes',
  category: 'appeal',
  description: "Talking points for the treating clinician's call with the plan's medical reviewer.",
  keywords: ['peer to peer', 'peer-to-peer', 'P2P', 'medical director', 'reviewer call', 'clinical review'],
  voices: {
    provider: {
      use: ['call'],
      body: `Peer-to-peer preparation: {{memberName}} (member ID {{memberId}}, DOB {{memberDob}})
[[Denial dated {{denialDate}}: "{{denialReason}}"]]
[[Reference number: {{referenceNumber}}]]

Open (30 seconds)
- Patient: {{memberAge}}, {{diagnoses}}.
- Request: {{serviceCodes}} with {{providerName}}, {{serviceDates}}.
- Ask the reviewer which criterion they found unmet, and their name and credentials.

Medical necessity
- {{clinicalRationale}}
- What happens without treatment now: risks, expected regression, likely higher level of care.

Network gap (the reviewer may say a comparable in-network provider exists)
- {{attemptCount}} contacted {{attemptPeriod}}: {{attemptOutcomes}}.
{{attemptsTable}}
- Ask: "Which in-network provider can see this patient, at what date, and how far away?" Write down any name given and check it the same day.

Close
- Ask for the decision on the call, or the date it will be made.
- Ask for the reviewer's rationale in writing, and the fax number for additional records.
- Note the reviewer's name, date, time and the call reference in the call log.`,
    },
  },
};
