// Checklist items from the decision on: the written decision, the rate, running the agreement, appeals.
import type { CaseStatus, LineOfBusiness } from '../case/schema';
import { caseEventDates, hasStatusAfter } from '../clocks/caseEvents';
import { attemptGaps, REQUIRED_NETWORK_ATTEMPTS } from '../evidence/attemptCount';
import { balanceBillingBar } from '../justify/balanceBilling';
import { autoItem, BOTH, field, manualItem, PROVIDER, screen } from './item';
import type { ChecklistContext, ChecklistItem } from './types';

export const APPROVED: readonly CaseStatus[] = ['approved', 'partially-approved'];

export function decisionItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'decision';
  const a = k.agreement;
  const items = [
    manualItem(ctx, s, {
      id: 'written-decision',
      label: 'Written decision received, with exact effective dates',
      why: 'Only a written decision protects against later billing disputes; a phone approval is not enough.',
    }),
  ];
  if (!APPROVED.includes(k.status)) return items;
  const codes = a.approvedCodes.filter((c) => c.code.trim());
  const noUnits = codes.filter((c) => c.units === undefined);
  items.push(
    autoItem(
      ctx,
      s,
      {
        id: 'authorization-number',
        label: 'Authorization number recorded',
        why: 'Every claim under the agreement must carry it.',
        goTo: field('agreement.authorizationNumber'),
      },
      !!a.authorizationNumber.trim(),
      'No authorization number yet.',
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'approved-codes',
        label: 'Approved codes and units recorded',
        why: 'Units are counted against what was approved; anything beyond is not covered.',
        goTo: field('agreement.approvedCodes'),
      },
      codes.length > 0 && noUnits.length === 0,
      codes.length === 0 ? 'No approved codes yet.' : `Units missing for ${noUnits.map((c) => c.code).join(', ')}.`,
    ),
    autoItem(
      ctx,
      s,
      {
        id: 'agreement-dates',
        label: 'Agreement start and end dates recorded',
        why: 'Sessions outside the dates are out of network; the end date starts the extension reminder.',
        goTo: field(a.startDate ? 'agreement.endDate' : 'agreement.startDate'),
      },
      !!a.startDate && !!a.endDate,
      'Start or end date missing.',
    ),
  );
  if (k.status === 'partially-approved') {
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'partial-scope',
          label: 'Which services are covered, facility and professional fees, confirmed',
          why: 'On a partial approval, confirm which services are included and whether both fees are covered.',
          goTo: field('agreement.scopeNote'),
        },
        !!a.scopeNote.trim(),
        'Note what the partial approval covers.',
      ),
    );
  }
  return items;
}

export function rateItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'rate';
  const r = k.rates;
  const items: ChecklistItem[] = [];
  if (ctx.role === 'provider' && (r.lines.length > 0 || APPROVED.includes(k.status))) {
    const noFee = r.lines.filter((l) => l.usualFee === undefined);
    const noOffer = r.lines.filter((l) => l.planOffer === undefined);
    const settled =
      r.payerNonNegotiable || !!k.agreement.rate.trim() || (r.lines.length > 0 && r.lines.every((l) => l.agreedRate !== undefined));
    const codes = (ls: typeof r.lines) => ls.map((l) => l.code || 'a line').join(', ');
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'usual-fee',
          label: 'Usual fee recorded for each code',
          why: 'The usual fee is the starting point of the negotiation.',
          roles: PROVIDER,
          goTo: field('rates.lines'),
        },
        r.lines.length > 0 && noFee.length === 0,
        r.lines.length === 0 ? 'No rate lines yet.' : `Missing for ${codes(noFee)}.`,
      ),
      autoItem(
        ctx,
        s,
        {
          id: 'plan-offer',
          label: "Plan's offer and its basis recorded",
          why: 'Knowing the basis (billed charges, FAIR Health, % of Medicare) tells how far the offer can move.',
          roles: PROVIDER,
          goTo: field('rates.lines'),
        },
        r.lines.length > 0 && noOffer.length === 0,
        r.lines.length === 0 ? 'No rate lines yet.' : `Missing for ${codes(noOffer)}.`,
      ),
      autoItem(
        ctx,
        s,
        {
          id: 'rate-settled',
          label: 'Rate agreed (or the plan\u2019s rate is non-negotiable)',
          why: 'Some plans pay only their highest in-network rate; the provider may still decline.',
          roles: PROVIDER,
          goTo: field('agreement.rate'),
        },
        settled,
        'No agreed rate yet.',
      ),
    );
  }
  const bar = balanceBillingBar(k.plan.lineOfBusiness);
  if (r.patientOwesMore && bar) {
    // The plan type bars it: no acknowledgement to sign, and the "owes more" box is probably wrong.
    items.push(
      manualItem(ctx, s, {
        id: 'no-balance-billing',
        label: 'The patient is billed no more than in-network cost sharing',
        why: `${bar.text} (${bar.source})`,
        roles: BOTH,
        goTo: screen('texts'),
      }),
    );
  } else if (r.patientOwesMore) {
    items.push(
      manualItem(ctx, s, {
        id: 'agreement-balance-billing',
        label: 'Checked whether the agreement bars billing the patient beyond in-network cost sharing',
        why: 'Many single case agreements hold the patient harmless; if this one does, the patient owes only in-network cost sharing.',
        roles: BOTH,
      }),
    );
    items.push(
      manualItem(ctx, s, {
        id: 'patient-acknowledgement',
        label: 'Patient informed of the higher cost and acknowledgement signed',
        why: 'When the agreement lets the provider bill more, the patient must be informed and may need to sign an acknowledgement.',
        roles: BOTH,
        goTo: screen('texts'),
      }),
    );
  }
  return items;
}

export function agreementItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'agreement';
  const usage = ctx.bundle.usage.filter((u) => u.caseId === k.id);
  const items = [
    manualItem(ctx, s, {
      id: 'bill-with-authorization',
      label: 'Claims carry the agreement / authorization number',
      why: 'Claims without it are processed out of network.',
      roles: PROVIDER,
    }),
    autoItem(
      ctx,
      s,
      {
        id: 'usage-logged',
        label: 'Sessions used logged against approved units',
        why: 'Tracking units shows in time when an extension is needed.',
        roles: PROVIDER,
        goTo: screen('case'),
      },
      usage.length > 0,
      'No sessions logged yet.',
    ),
  ];
  if (ctx.units.unapproved.length > 0) {
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'usage-within-approved-codes',
          label: 'Sessions logged only under approved codes',
          why: 'Codes the agreement does not list are not covered by it.',
          roles: PROVIDER,
          goTo: field('agreement.approvedCodes'),
        },
        false,
        `Logged under codes not approved: ${ctx.units.unapproved.map((u) => u.code).join(', ')}.`,
      ),
    );
  }
  if (ctx.units.warnings.length > 0 || ctx.ticks['extension-requested'] === true) {
    const it = manualItem(ctx, s, {
      id: 'extension-requested',
      label: 'Extension requested',
      why: 'Ask when 2-3 sessions remain or the end date nears: a lapse leaves sessions out of network.',
      goTo: screen('texts'),
      deadline: 'extension-request',
    });
    items.push(it.done ? it : { ...it, detail: ctx.units.warnings.map((w) => w.message).join(' ') });
  }
  const bar = balanceBillingBar(k.plan.lineOfBusiness);
  const why = bar
    ? `The agreement should bill at in-network cost sharing. ${bar.text} (${bar.source})`
    : 'The agreement should bill at in-network cost sharing; unless the agreement bars it, balance billing can remain and is worth checking.';
  items.push(manualItem(ctx, s, { id: 'eob-checked', label: 'EOBs apply in-network cost sharing', why }));
  return items;
}

/** The deadline rule for filing the first appeal, by plan type (lib/clocks/rules.ts). */
const APPEAL_FILING_RULE: Partial<Record<LineOfBusiness, string>> = {
  'medicare-advantage': 'ma-reconsideration-request',
  'medicaid-mco': 'medicaid-appeal-request',
  tricare: 'tricare-reconsideration-request',
};
const APPEAL_WINDOW_WHY: Partial<Record<LineOfBusiness, string>> = {
  'medicare-advantage': 'A Medicare Advantage member asks the plan to reconsider within 65 days of the denial notice (42 CFR 422.582).',
  'medicaid-mco': 'A Medicaid managed care member appeals to the plan within 60 days of the denial notice (42 CFR 438.402(c)(2)(ii)).',
  tricare: 'TRICARE reconsideration is asked within 90 days of the denial notice (32 CFR 199.10).',
  other: 'The appeal window runs from the denial (at least 180 days under ERISA; check the letter).',
};
/** Plan types whose next step after the plan's appeal is not the ACA's external review. */
const NO_ACA_EXTERNAL_REVIEW: readonly LineOfBusiness[] = ['medicare-advantage', 'medicaid-mco', 'tricare'];

export function appealItems(ctx: ChecklistContext): ChecklistItem[] {
  const k = ctx.bundle.case;
  const s = 'appeal';
  const ev = caseEventDates(k, ctx.bundle.calls);
  const denial = ev.initialDenial
    ? [...k.statusHistory].reverse().find((e) => e.status === 'denied' && e.date === ev.initialDenial!.date)
    : undefined;
  const attempts = ctx.bundle.attempts.filter((a) => a.caseId === k.id);
  const evidenceOk = attempts.length >= REQUIRED_NETWORK_ATTEMPTS && attempts.every((a) => attemptGaps(a).length === 0);
  const items = [
    autoItem(
      ctx,
      s,
      {
        id: 'denial-reason-recorded',
        label: "Denial letter's reason noted",
        why: 'The appeal must answer the stated reason, e.g. "a comparable in-network option exists".',
        goTo: screen('case'),
      },
      !!denial?.note.trim(),
      'Note the reason given on the denial letter.',
    ),
    manualItem(ctx, s, {
      id: 'peer-to-peer-requested',
      label: 'Peer-to-peer review requested',
      why: 'Plans often allow a peer-to-peer for only 5-15 days after the denial, before an appeal is filed.',
      roles: PROVIDER,
      deadline: 'peer-to-peer',
    }),
    autoItem(
      ctx,
      s,
      {
        id: 'appeal-evidence',
        label: 'Network-access evidence complete for resubmission',
        why: 'Appeals succeed on access barriers and medical necessity, not general fairness: resubmit the contacts log.',
        goTo: screen('case'),
      },
      evidenceOk,
      `${attempts.length} of ${REQUIRED_NETWORK_ATTEMPTS} documented contacts.`,
    ),
    manualItem(ctx, s, {
      id: 'appeal-clinician-letter',
      label: 'Clinician letter with specific urgency and specialty needs',
      why: 'A letter naming the urgency and the specialty the network lacks answers "insufficient evidence of need".',
      goTo: screen('texts'),
    }),
    autoItem(
      ctx,
      s,
      {
        id: 'appeal-filed',
        label: 'Internal appeal filed',
        why: APPEAL_WINDOW_WHY[k.plan.lineOfBusiness] ?? APPEAL_WINDOW_WHY.other!,
        goTo: screen('case'),
        deadline: APPEAL_FILING_RULE[k.plan.lineOfBusiness] ?? 'appeal-filing',
      },
      hasStatusAfter(ev.order, ['appeal'], ev.initialDenial),
      'Record the appeal status with the date it was filed.',
    ),
  ];
  if (ev.finalDenial && k.plan.lineOfBusiness === 'medicaid-mco') {
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'fair-hearing-requested',
          label: 'State fair hearing requested',
          why: 'After the plan upholds its denial on appeal, a Medicaid member may ask the state for a fair hearing within 120 days of the notice (42 CFR 438.408(f)).',
          goTo: screen('case'),
          deadline: 'medicaid-fair-hearing',
        },
        hasStatusAfter(ev.order, ['external-review'], ev.finalDenial),
        'Request it within 120 days of the plan\u2019s notice; record it with the external review status.',
      ),
    );
  } else if (ev.finalDenial && !NO_ACA_EXTERNAL_REVIEW.includes(k.plan.lineOfBusiness)) {
    items.push(
      autoItem(
        ctx,
        s,
        {
          id: 'external-review-requested',
          label: 'External review requested',
          why: 'After a final internal denial, an independent reviewer can overturn it (if the plan is not grandfathered); the federal window is 4 months.',
          goTo: screen('case'),
          deadline: 'external-review-request',
        },
        hasStatusAfter(ev.order, ['external-review'], ev.finalDenial),
        'Request it within 4 months of the final denial.',
      ),
    );
  }
  return items;
}
