// Checks each claim line against the single case agreement: dates, approved codes and units, the
// agreed rate, in-network cost sharing, the authorization number, duplicates and denials. Every
// finding carries its reason in plain words for a billing person; every amount is integer cents.
import type { CaseBundle } from '../case/schema';
import { unitsByCode } from '../clocks/units';
import { formatUsDate, isCalendarDate } from '../dates/calendarDate';
import { allowedOf, patientTotal, type Claim, type ClaimLine } from './claim';
import { COST_SHARING_CARCS, DUPLICATE_CARCS, hasCode, NO_AUTHORIZATION_CARCS, OUT_OF_NETWORK_CARCS } from './codes';

/** The plan's in-network cost sharing, entered once by the user (cents and percent). */
export interface CostSharing {
  /** In-network deductible still to meet when the first line was served. */
  deductibleRemaining?: number;
  /** Copay per date of service. */
  copay?: number;
  /** Coinsurance in percent (20 for 20%). */
  coinsurancePercent?: number;
}

export const FINDING_KINDS = [
  'denied',
  'out-of-network',
  'authorization-missing',
  'authorization-different',
  'outside-dates',
  'code-not-approved',
  'units-over',
  'underpaid',
  'balance-billing-risk',
  'duplicate',
  'no-agreed-rate',
  'authorization-not-on-claim',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** 'problem' changes the verdict; 'note' is worth knowing but is not a fault by itself. */
  severity: 'problem' | 'note';
  /** Index into claim.lines; undefined for the claim as a whole. */
  line?: number;
  reason: string;
  /** The money the finding is about (shortfall, excess patient share), in cents. */
  amount?: number;
}

export const VERDICTS = [
  'denied',
  'out-of-network',
  'authorization-missing',
  'outside-dates',
  'units-over',
  'underpaid',
  'duplicate',
  'needs-information',
  'paid-as-agreed',
  'reversal',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface LineCheck {
  line: number;
  /** Agreed rate x covered units; undefined without an agreed rate for the code. */
  expectedAllowed?: number;
  allowed: number;
  /** Patient share at in-network cost sharing. */
  expectedPatient: number;
  /** What the payer still owes on this line under the agreement. */
  owed: number;
  findings: Finding[];
}

export interface ClaimCheck {
  claimId: string;
  claimNumber: string;
  /** Most serious first; ['paid-as-agreed'] when nothing is wrong. */
  verdicts: Verdict[];
  /** The verdict in words: "Underpaid by $22.40". */
  headline: string;
  lines: LineCheck[];
  /** Every finding, claim-level and per line. */
  findings: Finding[];
  owed: number;
  /** Patient responsibility beyond in-network cost sharing (a balance-billing risk). */
  patientExcess: number;
}

export interface ClaimsCheck {
  claims: ClaimCheck[];
  /** What the payer owes on all claims under the agreement, in cents. */
  owed: number;
  patientExcess: number;
}

const norm = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
export const dollars = (c: number) =>
  `${c < 0 ? '-' : ''}$${(Math.abs(c) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const unitWord = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;
/** A cent per unit, at least a cent. */
const tolerance = (units: number) => Math.max(1, Math.ceil(Math.abs(units)));

export function checkClaims(bundle: CaseBundle, claims: readonly Claim[], cost: CostSharing = {}): ClaimsCheck {
  const k = bundle.case;
  const start = k.agreement.startDate;
  const end = k.agreement.endDate;
  const approved = unitsByCode(bundle);
  const approvedCodes = new Map(approved.map((a) => [norm(a.code), a]));
  const rates = new Map(
    k.rates.lines.filter((r) => r.agreedRate !== undefined && r.code.trim()).map((r) => [norm(r.code), Math.round(r.agreedRate! * 100)]),
  );
  const agreementAuth = norm(k.agreement.authorizationNumber);
  const costKnown = cost.deductibleRemaining !== undefined || cost.copay !== undefined || cost.coinsurancePercent !== undefined;

  // Lines in date order for what runs across claims: units consumed and the deductible met.
  const order = claims
    .flatMap((c, ci) => c.lines.map((l, li) => ({ c, ci, l, li })))
    .filter((x) => x.c.statusCode !== '22')
    .sort((a, b) => (a.l.dateFrom || a.c.dateFrom).localeCompare(b.l.dateFrom || b.c.dateFrom) || a.ci - b.ci || a.li - b.li);
  const claimUnits = new Map<string, number>();
  const copayDates = new Set<string>();
  const seenLines = new Map<string, string>();
  let deductibleLeft = cost.deductibleRemaining ?? 0;
  const lineChecks = new Map<string, LineCheck>();

  for (const { c, ci, l, li } of order) {
    const f: Finding[] = [];
    const add = (kind: FindingKind, reason: string, amount?: number, severity: Finding['severity'] = 'problem') =>
      f.push({ kind, severity, line: li, reason, ...(amount === undefined ? {} : { amount }) });
    const date = l.dateFrom || c.dateFrom;
    const code = norm(l.code);
    const what = `${l.code || 'the service'} on ${isCalendarDate(date) ? formatUsDate(date) : 'an unknown date'}`;
    let coveredUnits = l.units;

    const dup = `${norm(c.claimNumber)}|${date}|${code}|${l.billed}`;
    const dupOf = seenLines.get(dup);
    const duplicate = dupOf !== undefined && dupOf !== c.id;
    if (duplicate)
      add('duplicate', `${what} appears on an earlier claim with the same claim number and charge: it may have been paid twice.`);
    else seenLines.set(dup, c.id);
    if (hasCode(l.adjustments, DUPLICATE_CARCS))
      add('duplicate', `The payer called ${what} a duplicate (CARC 18). If it is not, ask them to reprocess it.`);

    const inside = isCalendarDate(start) && isCalendarDate(end) && isCalendarDate(date) ? date >= start && date <= end : undefined;
    if (inside === false) {
      add(
        'outside-dates',
        `${what} is outside the agreement's dates (${formatUsDate(start)} to ${formatUsDate(end)}), so the agreement does not cover it.`,
      );
      coveredUnits = 0;
    }
    const approval = approvedCodes.get(code);
    if (approvedCodes.size > 0 && !approval) {
      add(
        'code-not-approved',
        `${l.code || 'This code'} is not among the agreement's approved codes (${approved.map((a) => a.code).join(', ')}).`,
      );
      coveredUnits = 0;
    } else if (approval?.approved !== undefined && coveredUnits > 0) {
      const billedSoFar = (claimUnits.get(code) ?? 0) + l.units;
      claimUnits.set(code, billedSoFar);
      const logged =
        unitsByCode({ ...bundle, usage: bundle.usage.filter((u) => u.date <= date) }).find((u) => norm(u.code) === code)?.used ?? 0;
      const consumed = Math.max(billedSoFar, logged);
      const over = Math.min(l.units, consumed - approval.approved);
      if (over > 0) {
        add(
          'units-over',
          `${what}: ${approval.approved} units of ${l.code} are approved and ${consumed} have been used with this line (claims ${billedSoFar}, sessions logged ${logged}), so ${unitWord(over)} of this line are over the approval.`,
        );
        coveredUnits = l.units - over;
      }
    }

    const rate = rates.get(code);
    const allowed = allowedOf(l);
    const expectedAllowed = rate === undefined ? undefined : Math.round(rate * coveredUnits);
    if (rate === undefined && coveredUnits > 0)
      add(
        'no-agreed-rate',
        `The case has no agreed rate for ${l.code || 'this code'}, so the allowed amount ${dollars(allowed)} could not be checked.`,
        undefined,
        'note',
      );
    // The patient's in-network share is figured on every unit the payer processed (units over the
    // approval are still cost-shared at in-network levels when the payer allows them).
    const base = rate === undefined ? allowed : Math.round(rate * l.units);

    // In-network patient share on the amount the agreement allows.
    let expectedPatient: number;
    if (costKnown) {
      const ded = Math.min(Math.max(deductibleLeft, 0), base);
      deductibleLeft -= ded;
      const copay = cost.copay !== undefined && !copayDates.has(date) ? Math.min(cost.copay, base - ded) : 0;
      if (copay > 0) copayDates.add(date);
      expectedPatient = ded + copay + Math.round(((base - ded - copay) * (cost.coinsurancePercent ?? 0)) / 100);
    } else {
      expectedPatient = l.adjustments.filter((a) => a.group === 'PR' && COST_SHARING_CARCS.has(a.reason)).reduce((n, a) => n + a.amount, 0);
    }
    const patient = patientTotal(l.patientShare);
    const excess = patient - expectedPatient;
    const tol = tolerance(l.units);

    const oonCode = [...l.adjustments, ...c.adjustments].find((a) => OUT_OF_NETWORK_CARCS.has(a.reason));
    if (oonCode)
      add(
        'out-of-network',
        `The payer processed ${what} as out of network (${oonCode.group}-${oonCode.reason}); the agreement makes this provider in network for it.`,
      );
    else if (costKnown && excess > tol && coveredUnits > 0)
      add(
        'out-of-network',
        `${what} was charged to the patient at out-of-network levels: ${dollars(patient)} instead of ${dollars(expectedPatient)} at in-network cost sharing.`,
      );
    if (excess > tol && coveredUnits > 0)
      add(
        'balance-billing-risk',
        `The patient is asked for ${dollars(excess)} more than in-network cost sharing on ${what}: a balance-billing risk. Under the agreement the patient owes ${dollars(expectedPatient)}.`,
        excess,
      );

    const authCode = [...l.adjustments, ...c.adjustments].find((a) => NO_AUTHORIZATION_CARCS.has(a.reason));
    if (authCode)
      add(
        'authorization-missing',
        `The payer adjusted ${what} for a missing or invalid authorization (${authCode.group}-${authCode.reason}); the agreement's authorization is ${k.agreement.authorizationNumber || 'not entered in the case'}.`,
      );
    const lineAuth = norm(l.authorizationNumber);
    if (lineAuth && agreementAuth && lineAuth !== agreementAuth)
      add(
        'authorization-different',
        `${what} carries authorization ${l.authorizationNumber}, not the agreement's ${k.agreement.authorizationNumber}.`,
      );

    const denied = c.statusCode === '4' || (l.billed > 0 && l.paid <= 0 && expectedPatient <= 0 && !oonCode && !authCode && !duplicate);
    if (denied && coveredUnits > 0) add('denied', `${what} was denied${reasonCodes(l)}; nothing was paid on ${dollars(l.billed)} billed.`);

    if (expectedAllowed !== undefined && allowed < expectedAllowed - tol && !denied && !authCode && !oonCode) {
      add(
        'underpaid',
        `${what}: allowed ${dollars(allowed)} for ${unitWord(coveredUnits)}; the agreed rate ${dollars(rate!)} x ${coveredUnits} = ${dollars(expectedAllowed)}, short by ${dollars(expectedAllowed - allowed)}.`,
        expectedAllowed - allowed,
      );
    }

    const problems = f.some((x) => x.severity === 'problem');
    // The payer's part of the covered units under the agreement, less what it paid.
    const covered = l.units > 0 ? coveredUnits / l.units : 0;
    const owed = problems && !duplicate && coveredUnits > 0 ? Math.max(0, Math.round((base - expectedPatient) * covered) - l.paid) : 0;
    lineChecks.set(`${ci}:${li}`, {
      line: li,
      ...(expectedAllowed === undefined ? {} : { expectedAllowed }),
      allowed,
      expectedPatient,
      owed,
      findings: f,
    });
  }

  const checks = claims.map((c, ci) => claimCheck(c, ci, lineChecks, agreementAuth, k.agreement.authorizationNumber));
  return { claims: checks, owed: checks.reduce((n, c) => n + c.owed, 0), patientExcess: checks.reduce((n, c) => n + c.patientExcess, 0) };
}

function reasonCodes(l: ClaimLine): string {
  const codes = l.adjustments.filter((a) => a.group !== 'PR').map((a) => `${a.group}-${a.reason}`);
  return codes.length ? ` (${[...new Set(codes)].join(', ')}${l.remarks.length ? `; remarks ${l.remarks.join(', ')}` : ''})` : '';
}

function claimCheck(
  c: Claim,
  ci: number,
  lineChecks: Map<string, LineCheck>,
  agreementAuth: string,
  agreementAuthText: string,
): ClaimCheck {
  if (c.statusCode === '22') {
    return {
      claimId: c.id,
      claimNumber: c.claimNumber,
      verdicts: ['reversal'],
      headline: 'Reversal of an earlier payment (not checked)',
      lines: [],
      findings: [],
      owed: 0,
      patientExcess: 0,
    };
  }
  const lines = c.lines.map((_, li) => lineChecks.get(`${ci}:${li}`)!);
  const findings: Finding[] = [];
  const claimAuth = norm(c.authorizationNumber);
  const anyAuth = claimAuth || c.lines.some((l) => norm(l.authorizationNumber));
  if (agreementAuth && claimAuth && claimAuth !== agreementAuth) {
    findings.push({
      kind: 'authorization-different',
      severity: 'problem',
      reason: `The claim carries authorization ${c.authorizationNumber}, not the agreement's ${agreementAuthText}.`,
    });
  } else if (agreementAuth && !anyAuth) {
    findings.push({
      kind: 'authorization-not-on-claim',
      severity: 'note',
      reason: `The payer's record of this claim shows no authorization number; the agreement's is ${agreementAuthText}. Make sure it is on the claim.`,
    });
  }
  if (c.lines.length === 0)
    findings.push({ kind: 'no-agreed-rate', severity: 'note', reason: 'The claim has no service lines, so only its totals are known.' });
  findings.push(...lines.flatMap((l) => l.findings));
  const owed = lines.reduce((n, l) => n + l.owed, 0);
  const patientExcess = findings.filter((f) => f.kind === 'balance-billing-risk').reduce((n, f) => n + (f.amount ?? 0), 0);
  const problems = new Set(findings.filter((f) => f.severity === 'problem').map((f) => f.kind));
  const verdicts: Verdict[] = [];
  if (problems.has('denied')) verdicts.push('denied');
  if (problems.has('out-of-network')) verdicts.push('out-of-network');
  if (problems.has('authorization-missing') || problems.has('authorization-different')) verdicts.push('authorization-missing');
  if (problems.has('outside-dates') || problems.has('code-not-approved')) verdicts.push('outside-dates');
  if (problems.has('units-over')) verdicts.push('units-over');
  if (problems.has('underpaid') || (owed > 0 && verdicts.length === 0)) verdicts.push('underpaid');
  if (problems.has('duplicate')) verdicts.push('duplicate');
  if (verdicts.length === 0) verdicts.push(findings.some((f) => f.kind === 'no-agreed-rate') ? 'needs-information' : 'paid-as-agreed');
  return {
    claimId: c.id,
    claimNumber: c.claimNumber,
    verdicts,
    headline: headline(verdicts[0]!, owed, problems),
    lines,
    findings,
    owed,
    patientExcess,
  };
}

function headline(v: Verdict, owed: number, problems: Set<FindingKind>): string {
  const owedPart = owed > 0 ? `; ${dollars(owed)} owed` : '';
  switch (v) {
    case 'paid-as-agreed':
      return 'Paid as agreed';
    case 'underpaid':
      return `Underpaid by ${dollars(owed)}`;
    case 'out-of-network':
      return `Processed out of network${owedPart}`;
    case 'authorization-missing':
      return `${problems.has('authorization-missing') ? 'Authorization missing' : 'Authorization number differs'}${owedPart}`;
    case 'outside-dates':
      return problems.has('outside-dates') ? 'Outside the agreement dates' : 'Code not approved';
    case 'units-over':
      return `Units over the approval${owedPart}`;
    case 'denied':
      return `Denied${owedPart}`;
    case 'duplicate':
      return 'Possible duplicate';
    case 'needs-information':
      return 'Needs the agreed rate to check';
    default:
      return 'Reversal of an earlier payment (not checked)';
  }
}
