// Bodies of the printable letters (entrypoints/letter adds letterhead, date, addressee, Re: line and
// signature). Each stands alone: reviewers often read one page of a fax and nothing else.
import type { JustificationTemplate } from '../template';

export const REQUEST_LETTER: JustificationTemplate = {
  id: 'request-letter',
  title: 'Request letter for a single case agreement',
  category: 'letter',
  description: 'The full request: reasons, services by code, the in-network search, clinical rationale and the rules that apply.',
  keywords: [
    'letter',
    'request letter',
    'single case agreement',
    'letter of agreement',
    'LOA',
    'SCA',
    'gap exception',
    'fax',
    'support letter',
  ],
  subject: 'Request for a single case agreement (network gap exception)',
  voices: {
    provider: {
      use: ['letter'],
      body: `{{providerOrg}} requests a single case agreement (network gap exception) for our patient {{memberName}}, so that {{memberFirstName}} can receive medically necessary care from {{providerName}} at the in-network benefit level. The reasons for the request: {{exceptionReasons}}.[[ {{urgencyNote}}]]

Diagnosis: {{diagnoses}}

Services requested, {{serviceDates}}, in the {{placeOfService}}:
{{serviceLines}}

Clinical rationale
{{clinicalRationale}}

In-network search
We contacted {{attemptCount}} in the {{payer}} network {{attemptPeriod}}. None can provide this care:
{{attemptsTable}}
[[The access standard for {{planType}} coverage is {{waitStandard}} ({{standardSource}}).]]
[[
Applicable standards
Plans of this type are generally subject to the following rules on out-of-network access. We note them for the reviewer's reference:
{{legalHooks}}
]]
Request
We ask {{payer}} to authorize {{serviceCodes}} with {{providerName}} (NPI {{providerNpi}}, tax ID {{providerTin}}) at in-network cost sharing for {{serviceDates}}, and to confirm the decision in writing with the authorization number, approved codes and units, and effective dates. This request is based on the network's inability to provide the service, not on provider preference or convenience.[[ Please direct questions to {{contactName}} at {{contactPhone}}[[ (fax {{contactFax}})]].]]`,
    },
    patient: {
      use: ['letter'],
      body: `{{patientIntro}} I am writing to request a single case agreement (network gap exception) so that care for {{patientObject}} from {{providerName}}[[ of {{providerOrg}}]] is covered at the in-network benefit level. The reasons for my request: {{exceptionReasons}}.[[ {{urgencyNote}}]]

Diagnosis: {{diagnoses}}

Treatment recommended, {{serviceDates}}:
{{serviceLines}}

Why this care is needed
{{clinicalRationale}}

My search of the network
I contacted {{attemptCount}} in the {{payer}} network {{attemptPeriod}}. None could provide this care:
{{attemptsTable}}
[[
Rules I understand apply
As I understand it, plans of this type are generally subject to these rules on out-of-network access:
{{legalHooks}}
]]
My request
Please approve {{serviceCodes}} with {{providerName}}[[ (NPI {{providerNpi}})]] at in-network cost sharing for {{serviceDates}}, and send me the decision in writing. I am asking because the network cannot provide this care, not out of preference or convenience. You can reach me at {{memberPhone}}.`,
    },
  },
};

export const MEDICAL_NECESSITY_LETTER: JustificationTemplate = {
  id: 'medical-necessity-letter',
  title: 'Letter of medical necessity (outline for the clinician)',
  category: 'letter',
  description:
    'An outline the treating clinician completes and signs: history, current impairment, plan, risks of delay, why this provider.',
  keywords: ['letter of medical necessity', 'LMN', 'clinician letter', 'medical necessity', 'treatment plan', 'doctor letter'],
  subject: 'Letter of medical necessity',
  voices: {
    provider: {
      use: ['letter'],
      body: `I am writing as the treating clinician for {{memberName}}, a {{memberAge}} with {{diagnoses}}, to document the medical necessity of {{serviceCodes}} for {{serviceDates}}.

Clinical history and current presentation
{{clinicalRationale}}
(Clinician: add the onset and course of the condition, standardized assessment results with dates, and current functional impairment at home, school or work.)

Prior treatment
(Clinician: list prior treatments, providers and dates, and the response to each.)

Treatment plan
{{serviceLines}}
(Clinician: state measurable goals, how progress will be measured, and the expected duration.)

Risks of delay or interruption
(Clinician: describe the specific risks if treatment is delayed or provided by a clinician without the required expertise: safety, regression, higher level of care.)

Why this provider
{{providerName}}[[ ({{providerSpecialty}})]] can begin treatment on {{startDate}}. The in-network providers contacted ({{attemptOutcomes}}) cannot provide this care in a clinically appropriate time or place.

In my professional opinion these services are medically necessary for {{memberFirstName}}, and delaying them would be detrimental to {{memberFirstName}}'s health.`,
    },
  },
};

export const APPEAL_LETTER: JustificationTemplate = {
  id: 'appeal-letter',
  title: 'Appeal letter',
  category: 'letter',
  description: 'The appeal of a denied exception as a letter, with the network search attached as evidence.',
  keywords: ['appeal letter', 'denial', 'reconsideration', 'grievance', 'fax'],
  subject: 'Appeal of denied network gap exception',
  voices: {
    provider: {
      use: ['letter'],
      body: `{{providerOrg}} appeals the decision dated {{denialDate}} denying a network gap exception for {{memberName}}. The plan's stated reason was: "{{denialReason}}". The evidence below shows that the {{payer}} network cannot provide the requested care and that the care is medically necessary. We ask that the denial be reversed.

Services at issue, {{serviceDates}}:
{{serviceLines}}

Medical necessity
{{clinicalRationale}}
A letter of medical necessity from the treating clinician is enclosed.

No comparable in-network option
We contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}
[[{{waitsOverStandard}} offered waits beyond the {{waitStandard}} standard ({{standardSource}}).]] An in-network provider who is not accepting patients, cannot begin within a clinically appropriate time, or is too far to reach for the required frequency is not an available provider. This appeal rests on that access barrier and on medical necessity, not on provider preference or convenience.
[[
Applicable standards
For the reviewer's reference, plans of this type are generally subject to these rules on out-of-network access:
{{legalHooks}}
]]
Requested action
Please reverse the denial and authorize {{serviceCodes}} with {{providerName}} (NPI {{providerNpi}}) at in-network cost sharing. We request a peer-to-peer discussion with the reviewing clinician. {{reviewRights}}

Enclosures: in-network search log; letter of medical necessity; denial letter dated {{denialDate}}.`,
    },
    patient: {
      use: ['letter'],
      body: `{{patientIntro}} I am appealing the decision dated {{denialDate}} that denied my request for a network gap exception for care from {{providerName}}. The reason given was: "{{denialReason}}". I ask you to reverse it.

Treatment at issue, {{serviceDates}}:
{{serviceLines}}

Why the care is needed
{{clinicalRationale}}

No in-network provider can provide it
I contacted {{attemptCount}} {{attemptPeriod}}:
{{attemptsTable}}
None of these providers could provide the care in a reasonable time or distance. I am not asking out of preference or convenience.
[[
Rules I understand apply
As I understand it, plans of this type are generally subject to these rules on out-of-network access:
{{legalHooks}}
]]
Please reverse the denial and approve {{serviceCodes}} with {{providerName}} at in-network cost sharing. {{reviewRights}}

Enclosures: my in-network search log; the treating clinician's letter; the denial letter dated {{denialDate}}.`,
    },
  },
};

export const NETWORK_EXHIBIT: JustificationTemplate = {
  id: 'network-exhibit',
  title: 'Network inadequacy exhibit (search log)',
  category: 'letter',
  description:
    "One page listing every in-network provider contacted, against the plan type's access standard: an enclosure for requests and appeals.",
  keywords: ['exhibit', 'evidence', 'search log', 'attempts', 'network inadequacy', 'enclosure', 'attachment'],
  subject: 'Exhibit: in-network provider search',
  voices: {
    provider: {
      use: ['letter'],
      body: `Exhibit: in-network provider search for {{memberName}} (member ID {{memberId}}, date of birth {{memberDob}})

Plan: {{payer}}[[, {{planName}}]] ({{planType}})
Service needed: {{serviceCodes}} for {{primaryDiagnosis}}[[, in the {{placeOfService}}]]
Search period: {{attemptPeriod}}
Providers contacted: {{attemptCount}}; outcomes: {{attemptOutcomes}}
[[Access standard: appointment within {{waitStandard}}[[; travel within {{distanceStandard}}]] ({{standardSource}})]]

{{attemptsTable}}

Each contact was made by {{providerOrg}} staff and recorded at the time of the call. Entries marked "over the standard of ..." exceed the access standard for this plan type.`,
    },
    patient: {
      use: ['letter'],
      body: `Exhibit: in-network provider search for {{memberName}} (member ID {{memberId}}, date of birth {{memberDob}})

Plan: {{payer}}[[, {{planName}}]] ({{planType}})
Service needed: {{serviceCodes}} for {{primaryDiagnosis}}
Search period: {{attemptPeriod}}
Providers contacted: {{attemptCount}}; outcomes: {{attemptOutcomes}}
[[Access standard: appointment within {{waitStandard}}[[; travel within {{distanceStandard}}]] ({{standardSource}})]]

{{attemptsTable}}

I made each of these contacts myself and recorded them at the time.`,
    },
  },
};
