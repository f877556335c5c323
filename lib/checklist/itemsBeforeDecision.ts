// Checklist items of the stages before the plan decides: prepare, prove the gap, request, follow up.
import type { Provider } from '../case/schema';
import { validateIcd10, validateNpi, validateProcedureCode, validateTin, type Check } from '../case/validate';
import { formatUsDate, localDateOf } from '../dates/calendarDate';
import { attemptGaps, REQUIRED_NETWORK_ATTEMPTS } from '../evidence/attemptCount';
import { autoItem, field, manualItem, PATIENT, PROVIDER, screen } from './item';
import type { ChecklistContext, ChecklistItem } from './types';

const ABA = /^9715[1-8]$/;
const UNITED = /united|uhc|optum|umr/i;

/** What a failed check says (the checklist shows it as the item's detail). */
const problem = (c: Check) => (c.ok ? '' : c.message);
/** The message with the code it is about in front, unless it names the code already. */
const named = (code: string, message: string) =>
  message.toUpperCase().startsWith(code.trim().toUpperCase()) ? message : `${code.trim()}: ${message}`;

/** The provider who will treat: the rendering one when filled in, else the requesting one. */
function treatingProvider(ctx: ChecklistContext): { provider: Provider; path: string } {
  const { rendering, requesting } = ctx.bundle.case.providers;
  return rendering.npi.trim() || rendering.name.trim()
    ? { provider: rendering, path: 'providers.rendering' }
    : { provider: requesting, path: 'providers.requesting' };
}

export function prepareItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'prepare';
  const dx = k.service.diagnoses.filter((d) => d.code.trim());
  const badDx = dx.filter((d) => !validateIcd10(d.code).ok);
  const px = k.service.procedures.filter((p) => p.code.trim());
  const badPx = px.filter((p) => !validateProcedureCode(p.code).ok);
  const noUnits = px.filter((p) => p.units === undefined && !p.frequency.trim());
  const { provider, path } = treatingProvider(ctx);
  const npi = validateNpi(provider.npi);
  const credsMissing = [
    !validateTin(provider.tin).ok && 'TIN',
    !provider.license.trim() && 'license',
    !provider.specialty.trim() && 'specialty',
  ].filter(Boolean);
  const planMissing = [
    !k.member.memberId.trim() && 'member ID',
    !k.plan.payer.trim() && 'insurer',
    !k.member.dob && 'date of birth',
  ].filter(Boolean);
  return [
    manualItem(ctx, s, {
      id: 'out-of-network-needed',
      label: 'Confirm the service needs an out-of-network provider',
      why: 'A plan grants an exception only when no in-network provider can deliver the service.',
    }),
    manualItem(ctx, s, {
      id: 'provider-agrees-to-sca',
      label: 'The out-of-network provider agrees to work under a single case agreement',
      why: 'The agreement is between the plan and the provider; an approval the provider will not accept cannot be used.',
      roles: PATIENT,
    }),
    autoItem(
      ctx,
      s,
      {
        id: 'diagnosis-recorded',
        label: 'Diagnosis recorded (ICD-10)',
        why: 'Every request form asks for the ICD-10 diagnosis; the review starts from it.',
        goTo: field('service.diagnoses.0.code'),
      },
      dx.length > 0 && badDx.length === 0,
      dx.length === 0 ? 'No diagnosis code yet.' : badDx.map((d) => named(d.code, problem(validateIcd10(d.code)))).join(' '),
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'procedures-recorded',
        label: 'Treatment recorded: CPT/HCPCS codes with units or frequency',
        why: 'Approvals are for specific codes and units; missing ones send the request back.',
        goTo: field('service.procedures.0.code'),
      },
      px.length > 0 && badPx.length === 0 && noUnits.length === 0,
      px.length === 0
        ? 'No procedure code yet.'
        : badPx.length
          ? badPx.map((p) => named(p.code, problem(validateProcedureCode(p.code)))).join(' ')
          : `Units or frequency missing for ${noUnits.map((p) => p.code).join(', ')}.`,
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'service-dates',
        label: 'Expected start date of treatment',
        why: 'The plan approves a date range, and the start date shows the request came before treatment.',
        goTo: field('service.startDate'),
      },
      !!k.service.startDate,
      'No start date yet.',
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'provider-npi-valid',
        label: "Treating provider's NPI recorded and valid",
        why: 'Portals look the provider up by NPI; a mistyped one stops the request.',
        goTo: field(`${path}.npi`),
      },
      npi.ok,
      npi.ok ? undefined : npi.message,
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'provider-credentials',
        label: 'Provider TIN, license and specialty recorded',
        why: 'The plan sets up the out-of-network provider by TIN and checks license and specialty against the need.',
        roles: PROVIDER,
        goTo: field(`${path}.tin`),
      },
      credsMissing.length === 0,
      `Missing: ${credsMissing.join(', ')}.`,
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'plan-details',
        label: 'Member ID, insurer and date of birth recorded',
        why: 'Representatives and portals find the member by ID and date of birth.',
        goTo: field(k.member.memberId.trim() ? 'plan.payer' : 'member.memberId'),
      },
      planMissing.length === 0,
      `Missing: ${planMissing.join(', ')}.`,
    ),
  ];
}

export function proveGapItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'prove-gap';
  const attempts = ctx.bundle.attempts.filter((a) => a.caseId === k.id);
  const incomplete = attempts.map((a) => ({ a, gaps: attemptGaps(a) })).filter((x) => x.gaps.length > 0);
  const reasonsOk = k.exceptionReasons.length > 0 && (!k.exceptionReasons.includes('other') || k.exceptionReasonOther.trim() !== '');
  return [
    autoItem(
      ctx,
      s,
      {
        id: 'network-attempts-logged',
        label: `At least ${REQUIRED_NETWORK_ATTEMPTS} in-network providers contacted and logged`,
        why: 'Missing network-access evidence is among the most common reasons for denial; Medicaid plans often want 2-3 documented contacts.',
        goTo: screen('case'),
      },
      attempts.length >= REQUIRED_NETWORK_ATTEMPTS,
      `${attempts.length} of ${REQUIRED_NETWORK_ATTEMPTS} logged.`,
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'network-attempts-documented',
        label: 'Each contact has name, phone, date and why it is not viable',
        why: 'Reviewers check each contact; "no record of in-network search" is a common denial reason.',
        goTo: screen('case'),
      },
      attempts.length > 0 && incomplete.length === 0,
      attempts.length === 0
        ? 'No contacts logged yet.'
        : incomplete.map((x) => `${x.a.providerName.trim() || 'Unnamed contact'}: ${x.gaps.join(', ')} missing`).join('; ') + '.',
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'gap-reasons',
        label: 'Reasons for the exception chosen (no specialty, wait, distance ...)',
        why: 'The request must name an access barrier: "provider preference or convenience is not a valid reason".',
        goTo: field('exceptionReasons'),
      },
      reasonsOk,
      k.exceptionReasons.length === 0 ? 'No reason chosen yet.' : 'Describe the "other" reason.',
    ),
  ];
}

export function requestItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'request';
  const submitted = k.request.submittedDate;
  const start = k.service.startDate;
  const aba = k.service.procedures.some((p) => ABA.test(p.code.trim()));
  const hasReference =
    k.request.referenceNumbers.length > 0 ||
    !!k.request.priorAuthNumber.trim() ||
    ctx.bundle.calls.some((c) => c.caseId === k.id && c.referenceNumber.trim());
  const items = [
    autoItem(
      ctx,
      s,
      {
        id: 'clinical-rationale',
        label: "Clinician's rationale: medical necessity, urgency, why this specialist",
        why: 'Insufficient evidence of need is a common denial reason; the rationale answers it.',
        goTo: field('clinicalRationale'),
      },
      k.clinicalRationale.trim() !== '',
      'No rationale written yet.',
    ),
    manualItem(ctx, s, {
      id: 'support-letter',
      label: 'Short support letter attached to the request',
      why: 'A letter stating the access barrier and the clinical need makes the request stronger; patient and provider letters should agree.',
      goTo: screen('texts'),
    }),
  ];
  if (UNITED.test(k.plan.payer)) {
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'prior-auth-first',
          label: 'Prior authorization entered in the portal first',
          why: 'UnitedHealthcare wants a prior authorization in the portal first, then the gap-exception form quoting its reference number.',
          goTo: field('request.priorAuthNumber'),
        },
        !!k.request.priorAuthNumber.trim(),
        'No prior authorization number yet.',
      ),
    );
  }
  items.push(
    autoItem(
      ctx,
      s,
      {
        id: 'request-submitted',
        label: 'Request submitted to the plan (date recorded)',
        why: 'The submission date starts the plan\u2019s decision clock.',
        goTo: field('request.submittedDate'),
        deadline: 'transition-of-care-request',
      },
      !!submitted,
      'No submission date yet.',
    ),
  );
  if (start) {
    const before = !!submitted && submitted <= start;
    const missing = submitted
      ? `Submitted ${formatUsDate(submitted)}, after treatment started ${formatUsDate(start)}.`
      : `Submit before ${formatUsDate(start)}.`;
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'request-before-treatment',
          label: 'Request made before treatment starts',
          why: aba ? 'For ABA a request before treatment starts is required.' : 'Plans rarely grant an exception for care already given.',
          goTo: field('request.submittedDate'),
        },
        before,
        missing,
      ),
    );
  }
  if (k.request.infoRequestedDate) {
    const spec = {
      id: 'missing-info-sent',
      label: 'Missing information sent to the plan',
      why: 'The plan asked for more information: it decides once it has it, and the member has 45 days to send it (48 hours or more for an urgent request). The date it was sent restarts the decision clock.',
      goTo: field('request.infoSentDate'),
      deadline: k.request.priority === 'urgent' ? 'missing-info-reply-urgent' : 'missing-info-reply',
    };
    // The sent date answers it; the tick stays for cases from before the date existed.
    items.push(k.request.infoSentDate ? autoItem(ctx, s, spec, true) : manualItem(ctx, s, spec));
  }
  items.push(
    autoItem(
      ctx,
      s,
      {
        id: 'reference-captured',
        label: 'Reference number of the request captured',
        why: 'Every later call and appeal quotes it; without it the plan may find no request on file.',
        goTo: field('request.referenceNumbers'),
      },
      hasReference,
      'No reference number yet.',
    ),
  );
  return items;
}

const PENDING = ['requested', 'pending', 'appeal', 'external-review'];

export function followUpItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'follow-up';
  const calls = ctx.bundle.calls.filter((c) => c.caseId === k.id);
  const submitted = k.request.submittedDate;
  const after = calls.filter((c) => !submitted || localDateOf(c.startedAt) >= submitted);
  const undocumented = calls.filter((c) => !c.representative.trim() || !c.referenceNumber.trim());
  const items = [
    autoItem(
      ctx,
      s,
      {
        id: 'follow-up-call-logged',
        label: 'Follow-up call made and logged',
        why: 'Calling every few business days keeps the request moving, and the log proves it.',
        goTo: screen('calls'),
      },
      after.length > 0,
      'No call logged since the request.',
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'calls-documented',
        label: 'Each call has the representative\u2019s name and a call reference number',
        why: 'A name and reference number make what the plan said on a call provable in an appeal.',
        goTo: screen('calls'),
      },
      calls.length > 0 && undocumented.length === 0,
      calls.length === 0 ? 'No calls logged yet.' : `${undocumented.length} of ${calls.length} calls lack a name or reference number.`,
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'fax-for-records',
        label: 'Fax number for records noted',
        why: 'Records and letters go to the fax the plan gives; a wrong one loses days.',
        goTo: screen('calls'),
      },
      calls.some((c) => c.faxForRecords.trim() !== ''),
      'Ask for it on the next call.',
    ),
  ];
  const followUp = ctx.deadlines.find((d) => d.id === 'follow-up-call');
  if (PENDING.includes(k.status) && followUp) {
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'follow-up-on-time',
          label: 'Next follow-up call on schedule',
          why: 'A pending request stalls without a call every few business days.',
          goTo: screen('calls'),
          deadline: 'follow-up-call',
        },
        followUp.status !== 'overdue',
        `The follow-up was due ${formatUsDate(followUp.due)}.`,
      ),
    );
  }
  const late = ctx.deadlines.some((d) => d.id.startsWith('decision-') && d.status === 'overdue');
  if (late) {
    const escalated = calls.some((c) => c.party === 'utilization-management' || c.party === 'case-management');
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'escalated',
          label: 'Escalated to utilization or case management',
          why: 'The decision is past due: escalate when timelines slip.',
          goTo: screen('calls'),
        },
        escalated,
        'Call utilization management or case management.',
      ),
    );
  }
  return items;
}
