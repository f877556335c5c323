// Which case each claim read from a remittance belongs to: the preview shown before anything is
// written. A claim goes to a case by member ID (else patient name), narrowed by the agreement's dates;
// claims that fit no case, or more than one, are listed apart with the reason.
import type { Case } from '../case/schema';
import type { ClaimFieldsInput } from './claim';

export interface ClaimPlacement {
  caseId: string;
  caseTitle: string;
  claims: ClaimFieldsInput[];
}

export interface UnplacedClaim {
  claim: ClaimFieldsInput;
  /** Cases that fit equally well; empty when none fits. */
  caseIds: string[];
  reason: string;
}

export interface ClaimsPreview {
  placed: ClaimPlacement[];
  unmatched: UnplacedClaim[];
  ambiguous: UnplacedClaim[];
}

const id = (s: string | undefined) => (s ?? '').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
const name = (s: string | undefined) => (s ?? '').trim().toUpperCase().replace(/\s+/g, ' ');

/** The claim's dates of service (lines, else the statement period). */
function serviceDates(c: ClaimFieldsInput): string[] {
  const d = (c.lines ?? []).map((l) => l.dateFrom ?? '').filter((x) => x !== '');
  return d.length > 0 ? d : [c.dateFrom ?? '', c.dateTo ?? ''].filter((x) => x !== '');
}

function withinAgreement(k: Case, dates: string[]): boolean {
  const { startDate, endDate } = k.agreement;
  return dates.length > 0 && dates.every((d) => (!startDate || d >= startDate) && (!endDate || d <= endDate));
}

export function matchClaimsToCases(claims: readonly ClaimFieldsInput[], cases: readonly Case[]): ClaimsPreview {
  const byMember = new Map<string, Case[]>();
  for (const k of cases) {
    for (const m of new Set([id(k.member.memberId), k.subscriber.sameAsMember ? '' : id(k.subscriber.subscriberId)])) {
      if (m) byMember.set(m, [...(byMember.get(m) ?? []), k]);
    }
  }
  const placed = new Map<string, ClaimPlacement>();
  const preview: ClaimsPreview = { placed: [], unmatched: [], ambiguous: [] };
  for (const claim of claims) {
    const memberIds = [id(claim.patient?.memberId), id(claim.insured?.memberId)].filter(Boolean);
    let candidates = [...new Set(memberIds.flatMap((m) => byMember.get(m) ?? []))];
    let how = `member ID ${claim.insured?.memberId || claim.patient?.memberId}`;
    if (candidates.length === 0) {
      const last = name(claim.patient?.lastName);
      const first = name(claim.patient?.firstName);
      candidates = last && first ? cases.filter((k) => name(k.member.lastName) === last && name(k.member.firstName) === first) : [];
      how = `patient ${[claim.patient?.firstName, claim.patient?.lastName].filter(Boolean).join(' ') || '(no name)'}`;
    }
    const dates = serviceDates(claim);
    const inDates = candidates.filter((k) => withinAgreement(k, dates));
    // One case by member or name: it goes there even outside the dates, where the checks flag it.
    const chosen = inDates.length === 1 ? inDates[0] : candidates.length === 1 ? candidates[0] : undefined;
    if (chosen) {
      const p = placed.get(chosen.id) ?? { caseId: chosen.id, caseTitle: chosen.title, claims: [] };
      p.claims.push(claim);
      placed.set(chosen.id, p);
    } else if (candidates.length === 0) {
      const ids = memberIds.length ? `member ID ${claim.insured?.memberId || claim.patient?.memberId}` : 'no member ID';
      preview.unmatched.push({
        claim,
        caseIds: [],
        reason: `Claim ${claim.claimNumber}: no case has ${ids} or patient ${[claim.patient?.firstName, claim.patient?.lastName].filter(Boolean).join(' ') || '(no name)'}.`,
      });
    } else {
      const fit = inDates.length > 1 ? inDates : candidates;
      preview.ambiguous.push({
        claim,
        caseIds: fit.map((k) => k.id),
        reason: `Claim ${claim.claimNumber}: ${fit.length} cases fit ${how}${inDates.length > 1 ? ' and its dates of service' : ''} (${fit.map((k) => k.title || k.id).join('; ')}). Choose one.`,
      });
    }
  }
  preview.placed = [...placed.values()];
  return preview;
}
