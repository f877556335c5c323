// Running an agreement: asking for an extension or renewal before units or dates run out.
import type { JustificationTemplate } from '../template';

export const EXTENSION: JustificationTemplate = {
  id: 'extension-request',
  title: 'Extension or renewal of the agreement',
  category: 'justification',
  description: 'Asks to extend an approved single case agreement: units used, dates, progress and why care must continue.',
  keywords: ['extension', 'renewal', 'reauthorization', 'continued stay', 'concurrent review', 'more units', 'authorization extension'],
  voices: {
    provider: {
      use: ['portal', 'letter'],
      body: `Member: {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}. Authorization {{authorizationNumber}}, approved for {{agreementDates}}.

{{providerOrg}} requests an extension of the single case agreement for {{memberName}} with {{providerName}}. Units used to date:
{{unitsUsed}}

The current authorization ends on {{agreementEndDate}}. {{clinicalRationale}} Treatment has produced measurable progress, and the goals that remain require continued services; stopping now would risk losing the gains made.

The conditions that made this agreement necessary have not changed: no in-network provider can take over care ({{attemptOutcomes}}), and a change of provider now would interrupt treatment in progress. We ask that {{payer}} extend the agreement for {{serviceCodes}}[[ at the agreed rate ({{agreementRate}})]] for {{serviceDates}}.[[ Contact: {{contactName}}, {{contactPhone}}.]]`,
    },
    patient: {
      use: ['portal', 'letter'],
      body: `Member: {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}. Authorization {{authorizationNumber}}, approved for {{agreementDates}}.

{{patientIntro}} I am asking {{payer}} to extend the single case agreement with {{providerName}}, which ends on {{agreementEndDate}}. Units used so far:
{{unitsUsed}}

{{clinicalRationale}} The treatment is working, and stopping or changing providers now would put that progress at risk. There is still no in-network provider who can take over ({{attemptOutcomes}}). Please extend the agreement for {{serviceDates}} so treatment can continue without a gap. You can reach me at {{memberPhone}}.`,
    },
  },
};
