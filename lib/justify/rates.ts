// The rate worksheet: per code, how far the plan's offer falls below the provider's usual fee, where
// negotiation stands, and the text that argues for the rate and informs the patient.
import type { Case, RateLine } from '../case/schema';
import { RATE_BASIS_LABELS } from '../case/labels';
import { count, longDate, money } from './format';

export type RateStatus = 'agreed' | 'negotiating' | 'non-negotiable' | 'not-started';

export const RATE_STATUS_LABELS: Record<RateStatus, string> = {
  agreed: 'Agreed',
  negotiating: 'Negotiating',
  'non-negotiable': 'Plan will not negotiate',
  'not-started': 'Not started',
};

export interface RateLineView {
  code: string;
  usualFee?: number;
  planOffer?: number;
  /** Usual fee minus the plan's offer (per unit); undefined unless both are known. */
  gapAmount?: number;
  /** The gap as a percentage of the usual fee, one decimal. */
  gapPercent?: number;
  basisLabel: string;
  offerPercent?: number;
  latestCounterOffer?: { amount?: number; by: 'provider' | 'plan'; date: string; note: string };
  agreedRate?: number;
  /** Units requested for this code, when the service lines give them. */
  unitsRequested?: number;
  /** gapAmount x units requested. */
  gapOverRequest?: number;
  status: RateStatus;
}

export interface RateWorksheet {
  lines: RateLineView[];
  nonNegotiable: boolean;
  patientOwesMore: boolean;
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

export function rateStatus(line: RateLine, nonNegotiable: boolean): RateStatus {
  if (line.agreedRate !== undefined) return 'agreed';
  if (nonNegotiable) return 'non-negotiable';
  if (line.planOffer !== undefined || line.counterOffers.length > 0) return 'negotiating';
  return 'not-started';
}

export function rateLineView(line: RateLine, c: Case): RateLineView {
  const code = line.code.trim();
  const gap = line.usualFee !== undefined && line.planOffer !== undefined ? round(line.usualFee - line.planOffer, 2) : undefined;
  const units = c.service.procedures.find((p) => p.code.trim() === code)?.units;
  const latest = [...line.counterOffers].sort((a, b) => (a.date || '').localeCompare(b.date || '')).pop();
  return {
    code,
    usualFee: line.usualFee,
    planOffer: line.planOffer,
    gapAmount: gap,
    gapPercent: gap !== undefined && line.usualFee ? round((gap / line.usualFee) * 100, 1) : undefined,
    basisLabel: line.offerBasis === 'other' ? '' : RATE_BASIS_LABELS[line.offerBasis],
    offerPercent: line.offerPercent,
    latestCounterOffer: latest ? { amount: latest.amount, by: latest.by, date: latest.date, note: latest.note } : undefined,
    agreedRate: line.agreedRate,
    unitsRequested: units,
    gapOverRequest: gap !== undefined && units !== undefined ? round(gap * units, 2) : undefined,
    status: rateStatus(line, c.rates.payerNonNegotiable),
  };
}

export function rateWorksheet(c: Case): RateWorksheet {
  return {
    lines: c.rates.lines.filter((l) => l.code.trim() !== '').map((l) => rateLineView(l, c)),
    nonNegotiable: c.rates.payerNonNegotiable,
    patientOwesMore: c.rates.patientOwesMore,
  };
}

/** "110% of Medicare", "FAIR Health", or undefined when the basis is unknown. */
export function offerBasisText(v: RateLineView): string | undefined {
  if (v.offerPercent !== undefined && v.basisLabel === RATE_BASIS_LABELS['percent-of-medicare'])
    return `${count(v.offerPercent)}% of Medicare`;
  return v.basisLabel || undefined;
}

/** One worksheet line as the rate justification states it. */
export function rateLineSentence(v: RateLineView): string | undefined {
  if (v.usualFee === undefined) return undefined;
  const parts = [`${v.code}: our usual fee is ${money(v.usualFee)} per unit`];
  if (v.planOffer !== undefined) {
    const basis = offerBasisText(v);
    parts.push(`the plan offered ${money(v.planOffer)}${basis ? ` (${basis})` : ''}`);
    if (v.gapAmount !== undefined && v.gapAmount > 0) {
      parts.push(
        `${money(v.gapAmount)} (${count(v.gapPercent)}%) below our usual fee${v.gapOverRequest !== undefined && v.unitsRequested ? `, ${money(v.gapOverRequest)} across the ${count(v.unitsRequested)} units requested` : ''}`,
      );
    }
  }
  const c = v.latestCounterOffer;
  if (c?.amount !== undefined)
    parts.push(
      `${c.by === 'provider' ? 'our' : "the plan's"} latest counter-offer is ${money(c.amount)}${longDate(c.date) ? ` (${longDate(c.date)})` : ''}`,
    );
  if (v.agreedRate !== undefined) parts.push(`agreed at ${money(v.agreedRate)}`);
  return `- ${parts.join('; ')}.`;
}

export function rateLinesText(c: Case): string | undefined {
  const lines = rateWorksheet(c)
    .lines.map(rateLineSentence)
    .filter((s): s is string => !!s);
  return lines.length ? lines.join('\n') : undefined;
}

/** Per code, what the provider charges and what the plan pays, as a patient reads it. */
export function patientRateLinesText(c: Case): string | undefined {
  const lines = rateWorksheet(c)
    .lines.map((v) => {
      const paid = v.agreedRate ?? v.planOffer;
      if (v.usualFee === undefined || paid === undefined) return undefined;
      const gap = Math.max(0, Math.round((v.usualFee - paid) * 100) / 100);
      return `- ${v.code}: the provider's rate is ${money(v.usualFee)} per unit and the plan pays ${money(paid)} per unit, a difference of ${money(gap)} per unit${v.unitsRequested ? ` (${money(gap * v.unitsRequested)} across the ${count(v.unitsRequested)} units requested)` : ''}.`;
    })
    .filter((s): s is string => !!s);
  return lines.length ? lines.join('\n') : undefined;
}

/** The rate we ask for: our latest counter-offers, else the usual fees. */
export function proposedRateText(c: Case): string | undefined {
  const asks = rateWorksheet(c)
    .lines.map((v) => {
      const ours = v.latestCounterOffer?.by === 'provider' ? v.latestCounterOffer.amount : undefined;
      const amount = ours ?? v.usualFee;
      return amount === undefined ? undefined : `${money(amount)} per unit for ${v.code}`;
    })
    .filter((s): s is string => !!s);
  return asks.length ? asks.join(', ') : undefined;
}

/** Agreed rates as the agreement states them: "97153: $30.00 per unit; 97155: $45.00 per unit". */
export function agreedRatesText(c: Case): string | undefined {
  const agreed = rateWorksheet(c)
    .lines.filter((v) => v.agreedRate !== undefined)
    .map((v) => `${v.code}: ${money(v.agreedRate)} per unit`);
  return agreed.length ? agreed.join('; ') : undefined;
}

/** Whether the patient acknowledgement applies: the plan pays less than the provider will accept and the patient owes the rest. */
export function needsPatientAcknowledgement(c: Case): boolean {
  return c.rates.patientOwesMore;
}
