// What to say and ask on a call to the plan at each stage of a case, filled in from the case so the
// caller can read it out; plus what to write down before hanging up.
import { PRIORITY_LABELS } from '../case/labels';
import type { CaseBundle } from '../case/schema';
import { formatUsDate, isCalendarDate } from '../dates/calendarDate';
import { computeDeadlines } from '../clocks/deadlines';
import { STAGE_LABELS } from '../checklist/stages';
import type { StageId } from '../checklist/types';
import { adequacyStandard, careCategoryOf } from '../evidence/standards';

export interface CallScript {
  stage: StageId;
  stageLabel: string;
  /** Who is calling and about whom, to read out first. */
  opening: string;
  questions: string[];
  /** What to write down on every call. */
  record: string[];
}

export const CALL_RECORD_REMINDERS: readonly string[] = [
  "Representative's name",
  'Call reference number',
  'What was said, and the next step with its date',
  'Fax number for records',
];

const UNITED_PAYER = /united|uhc|optum|umr/i;

const join = (parts: (string | false | undefined)[], sep = ' ') => parts.filter(Boolean).join(sep);

function opening(bundle: CaseBundle): string {
  const k = bundle.case;
  const member = join([k.member.firstName.trim(), k.member.lastName.trim()]) || 'the member';
  const ids = join(
    [
      k.member.memberId.trim() && `member ID ${k.member.memberId.trim()}`,
      isCalendarDate(k.member.dob) && `date of birth ${formatUsDate(k.member.dob)}`,
    ],
    ', ',
  );
  const about = `about ${member}${ids ? `, ${ids}` : ''}`;
  if (k.role === 'provider') {
    const p = k.providers.requesting;
    const caller = join([k.contact.name.trim() || 'This is the office', p.organization.trim() && `from ${p.organization.trim()}`]);
    const npi = p.npi.trim() ? ` (NPI ${p.npi.trim()})` : '';
    return `${caller.startsWith('This is') ? caller : `This is ${caller}`}${npi}, calling ${about}.`;
  }
  const sub = k.subscriber;
  const caller =
    !sub.sameAsMember && sub.firstName.trim()
      ? `My name is ${join([sub.firstName.trim(), sub.lastName.trim()])}; I am calling`
      : 'I am calling';
  return `${caller} ${about}.`;
}

/** The script for a stage of the case (the checklist's currentStage is the usual choice). */
export function callScript(bundle: CaseBundle, stage: StageId): CallScript {
  const k = bundle.case;
  // Due dates do not depend on today, except while a decision clock is paused for missing
  // information: counted from the day the plan asked, a paused clock is seen as paused.
  const asOf = [k.request.submittedDate, k.request.infoRequestedDate].filter(isCalendarDate).sort().at(-1) ?? '1970-01-01';
  const deadlines = computeDeadlines(bundle, asOf);
  const due = (prefix: string) => deadlines.find((d) => d.id.startsWith(prefix) && d.status !== 'met' && d.status !== 'paused')?.due;
  const decisionDue = due('decision-');
  const codes = join([...new Set(k.service.procedures.map((p) => p.code.trim()).filter(Boolean))], ', ');
  const service =
    join([k.providers.rendering.specialty.trim() || k.providers.requesting.specialty.trim(), codes && `(${codes})`]) || 'this service';
  const zip = k.member.address.zip.trim();
  const ref = k.request.referenceNumbers.at(-1)?.value ?? (k.request.priorAuthNumber.trim() || undefined);
  const submitted = isCalendarDate(k.request.submittedDate) ? formatUsDate(k.request.submittedDate) : undefined;
  const standard = adequacyStandard(k.plan, careCategoryOf(k));
  const a = k.agreement;
  const approvedCodes = join(a.approvedCodes.map((c) => c.code.trim()).filter(Boolean), ', ');
  const denial = [...k.statusHistory].reverse().find((e) => e.status === 'denied');

  const q: Record<StageId, (string | false | undefined)[]> = {
    prepare: [
      `Does ${service} need prior authorization, and do you have a network gap exception or single case agreement process for it?`,
      'Who can submit the request: the member, the provider, or both? Which form or portal workflow should be used?',
      'What should accompany it: clinical notes, a letter of medical necessity, the list of in-network providers contacted?',
      'Where should records go: which fax number or upload?',
    ],
    'prove-gap': [
      `Can you search for in-network providers of ${service}${zip ? ` near ZIP ${zip}` : ''}, and give me their names and phone numbers?`,
      'For each one: are they accepting new patients, and what is the first available appointment?',
      standard?.wait &&
        `Can you note in the file that no in-network provider could see the member within the ${standard.wait.text} standard?`,
      'Can I have a call reference number for this search?',
    ],
    request: [
      submitted
        ? `Was the request we sent on ${submitted} received${ref ? ` (reference ${ref})` : ''}? What is its reference number?`
        : 'How should the request be sent: portal, fax or phone? What is the fax number?',
      UNITED_PAYER.test(k.plan.payer) &&
        `Is the gap exception linked to the prior authorization${k.request.priorAuthNumber.trim() ? ` ${k.request.priorAuthNumber.trim()}` : ''}?`,
      `Is it reviewed as ${PRIORITY_LABELS[k.request.priority].toLowerCase()}? When is the decision due${decisionDue ? ` (by our count ${formatUsDate(decisionDue)})` : ''}?`,
      'Is anything missing for the review?',
    ],
    'follow-up': [
      `What is the status of ${ref ? `reference ${ref}` : 'the request'}${submitted ? ` submitted ${submitted}` : ''}?`,
      'Is it in clinical review? Which department or reviewer has it?',
      decisionDue
        ? `The decision is due by ${formatUsDate(decisionDue)}. Will it be made on time? If not, can you escalate it to utilization management or case management?`
        : 'When will a decision be made? Can it be escalated to utilization management or case management?',
      'Is any information missing? Where should we send it?',
      'When should I call back?',
    ],
    decision: [
      'What was decided, and on what date? Can you send the decision in writing?',
      ...(k.status === 'denied'
        ? [
            'What is the exact reason for the denial, and which criteria were applied?',
            'By when can a peer-to-peer review be requested, and by when must an appeal be filed?',
            'Where do appeals go: address or fax?',
          ]
        : [
            'What is the authorization number?',
            `Which codes and units are approved${approvedCodes ? ` (we have ${approvedCodes})` : ''}, and what are the exact start and end dates?`,
            'Are both facility and professional fees covered?',
            'Will claims be paid at in-network cost sharing for the member?',
          ]),
    ],
    rate: [
      `What rate is offered${codes ? ` for ${codes}` : ''}, and on what basis: billed charges, usual and customary, FAIR Health, or a percentage of Medicare?`,
      ...k.rates.lines
        .filter((l) => l.code.trim() && l.usualFee !== undefined)
        .map((l) => `Our usual fee for ${l.code.trim()} is $${l.usualFee!.toFixed(2)}; can the plan meet it?`),
      'Is the rate negotiable, or is it your highest in-network rate?',
      'Will the member owe more than in-network cost sharing?',
    ],
    agreement: [
      `How many units remain under authorization ${a.authorizationNumber.trim() || '(number)'}${approvedCodes ? ` for ${approvedCodes}` : ''}?`,
      `How early can an extension be requested${isCalendarDate(a.endDate) ? ` before the end date ${formatUsDate(a.endDate)}` : ''}, and what do you need for it?`,
      'Are claims under the agreement processed at in-network cost sharing?',
    ],
    appeal: [
      `What is the exact reason for the denial${denial && isCalendarDate(denial.date) ? ` dated ${formatUsDate(denial.date)}` : ''}?`,
      'Can the treating clinician have a peer-to-peer review? By when, and at what number?',
      'Where and by when should the appeal be sent? Can it be expedited?',
      k.statusHistory.some((e) => e.status === 'appeal') && 'Has the appeal been received? When is the appeal decision due?',
      k.statusHistory.some((e) => e.status === 'appeal') && 'If the appeal is denied, how do we request an external review?',
    ],
  };
  return {
    stage,
    stageLabel: STAGE_LABELS[stage],
    opening: opening(bundle),
    questions: q[stage].filter((x): x is string => typeof x === 'string' && x !== ''),
    record: [...CALL_RECORD_REMINDERS],
  };
}
