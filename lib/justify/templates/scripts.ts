// What the member says on the phone when a plan (e.g. Aetna) accepts the request only from the
// member or an in-network provider.
import type { JustificationTemplate } from '../template';

export const MEMBER_CALL_SCRIPT: JustificationTemplate = {
  id: 'member-call-script',
  title: 'Member call script (plans where only the member may ask)',
  category: 'script',
  description: 'A script for the member or subscriber to request the exception by phone, and what to write down.',
  keywords: ['call script', 'phone', 'member services', 'only the member', 'what to say', 'gap exception by phone'],
  voices: {
    patient: {
      use: ['call'],
      body: `Before the call: have the member ID card, this page, and a pen ready.

Say: "Hello, my name is {{signerName}}. I am calling about {{memberName}}, member ID {{memberId}}, date of birth {{memberDob}}. I am the {{signerRelation}} on the plan. I am calling to request a network gap exception, also called a single case agreement or in-network exception, for {{serviceCodes}} with an out-of-network provider, {{providerName}}[[ at {{providerOrg}}]][[, NPI {{providerNpi}}]]."

Say: "I searched the {{payer}} network and no in-network provider can provide this care. I contacted {{attemptCount}} {{attemptPeriod}}: {{attemptOutcomes}}. I can read you each one."
{{attemptsTable}}

Say: "The diagnosis is {{diagnoses}}. {{clinicalRationale}} We are asking for services for {{serviceDates}}."

Ask:
- "Can you open the exception request now? What is the reference number?"
- "What does the plan need from the provider, and where should they fax it?"
- "When will a decision be made, and how will I be told?"
- "If you cannot take the request, who can, and what is their direct number?"

Write down: the representative's name, the date and time, the reference number, the fax number for records, and the next step. Ask for a callback date, and call again if you have not heard back by then.`,
    },
  },
};
