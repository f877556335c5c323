// Texts filled from the flagged claim lines, in the provider office's voice or the patient's: a
// reprocessing request for a call or portal message, an underpayment appeal letter that cites the
// agreement and lists each line, and the patient's note to the provider's billing office.
import type { CaseBundle } from '../case/schema';
import { formatUsDate, isCalendarDate } from '../dates/calendarDate';
import type { Voice } from '../justify/template';
import type { Claim } from './claim';
import { dollars, type ClaimCheck, type ClaimsCheck } from './checks';

export interface ClaimText {
  subject: string;
  body: string;
}

const date = (d: string) => (isCalendarDate(d) ? formatUsDate(d) : 'an unknown date');

interface Flagged {
  claim: Claim;
  check: ClaimCheck;
}

/** Claims with at least one problem, in the order checked. */
function flagged(claims: readonly Claim[], result: ClaimsCheck): Flagged[] {
  return result.claims
    .map((check) => ({ check, claim: claims.find((c) => c.id === check.claimId)! }))
    .filter((f) => f.claim && f.check.findings.some((x) => x.severity === 'problem'));
}

function agreementWords(b: CaseBundle): string {
  const a = b.case.agreement;
  const auth = a.authorizationNumber.trim() ? ` (authorization ${a.authorizationNumber.trim()})` : '';
  const dates =
    isCalendarDate(a.startDate) && isCalendarDate(a.endDate) ? `, in effect ${date(a.startDate)} through ${date(a.endDate)}` : '';
  return `the single case agreement${auth}${dates}`;
}

function patientName(b: CaseBundle): string {
  return [b.case.member.firstName, b.case.member.lastName].filter((s) => s.trim()).join(' ') || 'the patient';
}

function claimRef(c: Claim): string {
  return `claim ${c.claimNumber}${c.payerClaimControlNumber ? ` (your claim number ${c.payerClaimControlNumber})` : ''}`;
}

function problemLines(f: Flagged): string[] {
  return f.check.findings.filter((x) => x.severity === 'problem').map((x) => `- ${x.reason}`);
}

const total = (fs: Flagged[]) => fs.reduce((n, f) => n + f.check.owed, 0);

/** For a call or a portal message: which claims to reprocess, why, and what is owed. */
export function reprocessingRequest(b: CaseBundle, claims: readonly Claim[], result: ClaimsCheck, voice: Voice): ClaimText {
  const fs = flagged(claims, result);
  const who =
    voice === 'provider'
      ? `I am calling from ${b.case.providers.rendering.organization || b.case.providers.rendering.name || "the provider's office"} about`
      : `I am calling about my (or my family member's) claims for`;
  const member = `${patientName(b)}, member ID ${b.case.member.memberId || '(not entered)'}`;
  const parts = fs.map((f) =>
    [
      `${claimRef(f.claim)}, dates of service ${date(f.claim.dateFrom)}${f.claim.dateTo && f.claim.dateTo !== f.claim.dateFrom ? ` to ${date(f.claim.dateTo)}` : ''}: ${f.check.headline}.`,
      ...problemLines(f),
    ].join('\n'),
  );
  const owed = total(fs);
  const body = [
    `${who} ${member}. These services were provided under ${agreementWords(b)}, which makes the provider in network for them at the agreed rate.`,
    ...parts,
    `Please reprocess ${fs.length === 1 ? 'this claim' : 'these claims'} under the agreement: at the agreed rate and with in-network cost sharing for the patient.${owed > 0 ? ` Under the agreement ${dollars(owed)} is still owed.` : ''}`,
    'Please give me a reference number for this request and the date I can expect the reprocessed claims.',
  ].join('\n\n');
  return { subject: `Reprocessing request: ${fs.map((f) => f.claim.claimNumber).join(', ') || 'no flagged claims'}`, body };
}

/** A letter appealing the underpayment: it cites the agreement and lists each flagged line. */
export function underpaymentAppeal(b: CaseBundle, claims: readonly Claim[], result: ClaimsCheck, voice: Voice): ClaimText {
  const k = b.case;
  const fs = flagged(claims, result);
  const rates = k.rates.lines
    .filter((r) => r.agreedRate !== undefined && r.code.trim())
    .map((r) => `${r.code.trim()} at ${dollars(Math.round(r.agreedRate! * 100))} per unit`);
  const lines = fs.flatMap((f) =>
    f.check.lines
      .filter((l) => l.findings.some((x) => x.severity === 'problem'))
      .map((l) => {
        const line = f.claim.lines[l.line]!;
        const expected = l.expectedAllowed === undefined ? '' : `, agreed ${dollars(l.expectedAllowed)}`;
        return `- Claim ${f.claim.claimNumber}, ${date(line.dateFrom || f.claim.dateFrom)}, ${line.code}${line.modifiers.length ? `-${line.modifiers.join('-')}` : ''}, ${line.units} units: billed ${dollars(line.billed)}, allowed ${dollars(l.allowed)}${expected}, paid ${dollars(line.paid)}; owed ${dollars(l.owed)}. ${l.findings
          .filter((x) => x.severity === 'problem')
          .map((x) => x.reason)
          .join(' ')}`;
      }),
  );
  const we = voice === 'provider' ? 'We' : 'I';
  const our = voice === 'provider' ? 'our' : 'my';
  const body = [
    `Re: Appeal of underpayment, ${patientName(b)}, member ID ${k.member.memberId || '(not entered)'}${k.agreement.authorizationNumber ? `, authorization ${k.agreement.authorizationNumber}` : ''}`,
    `${we} appeal the processing of the claims listed below. The services were approved under ${agreementWords(b)}${rates.length ? `, at the agreed rate of ${rates.join('; ')}` : ''}${k.agreement.rate.trim() ? ` ("${k.agreement.rate.trim()}")` : ''}. The claims were not paid as the agreement requires:`,
    lines.join('\n') || '- (no flagged lines)',
    `In total ${dollars(total(fs))} is owed under the agreement${result.patientExcess > 0 ? `, and the patient was assigned ${dollars(result.patientExcess)} more than in-network cost sharing` : ''}. ${we} ask that you reprocess each line at the agreed rate, apply in-network cost sharing, pay the difference, and send a corrected remittance. A copy of the agreement is enclosed; please contact ${our} office with any question.`,
  ].join('\n\n');
  return { subject: `Underpayment appeal under single case agreement ${k.agreement.authorizationNumber}`.trim(), body };
}

/** The patient's note to the provider's billing office about a balance billed beyond in-network cost sharing. */
export function patientBillingNote(b: CaseBundle, claims: readonly Claim[], result: ClaimsCheck): ClaimText {
  const fs = flagged(claims, result);
  const excess = fs.flatMap((f) =>
    f.check.findings.filter((x) => x.kind === 'balance-billing-risk').map((x) => `- Claim ${f.claim.claimNumber}: ${x.reason}`),
  );
  const other = fs.flatMap((f) =>
    f.check.findings
      .filter((x) => x.severity === 'problem' && x.kind !== 'balance-billing-risk')
      .map((x) => `- Claim ${f.claim.claimNumber}: ${x.reason}`),
  );
  const body = [
    `Hello, I am writing about the account of ${patientName(b)} (member ID ${b.case.member.memberId || 'not entered'}). My plan approved ${agreementWords(b)} for your services, so I should owe only in-network cost sharing.`,
    excess.length
      ? `The plan's statements show more than that:\n${excess.join('\n')}`
      : 'The plan has not processed the claims as the agreement says:',
    other.join('\n'),
    `Please do not bill me beyond in-network cost sharing while the plan reprocesses ${fs.length === 1 ? 'this claim' : 'these claims'}, and ask the plan to reprocess under the agreement${b.case.agreement.authorizationNumber ? ` (authorization ${b.case.agreement.authorizationNumber})` : ''}. I am asking the plan too. Thank you.`,
  ]
    .filter((s) => s.trim() !== '')
    .join('\n\n');
  return { subject: `Bill for ${patientName(b)}: please hold while the plan reprocesses`, body };
}
