// Network adequacy standards by plan type (shared/domain.md, "Network adequacy standards"): the
// appointment wait and distance a plan's network must meet, each with the source to cite.
import type { Case } from '../case/schema';

/** Kind of care the wait standards distinguish. */
export type CareCategory = 'behavioral-health' | 'primary' | 'specialty';

export interface WaitStandard {
  days: number;
  /** Business days for most plans; TRICARE counts calendar days. */
  basis: 'business' | 'calendar';
  /** The standard in words, e.g. "10 business days for behavioral health care". */
  text: string;
}

export interface DistanceStandard {
  miles: number;
  /** Which areas the figure is for, when the standard differs (urban / rural). */
  area?: 'urban' | 'rural';
  text: string;
}

export interface AdequacyStandard {
  /** Plan type the row is for, as domain.md names it. */
  planType: string;
  care: CareCategory;
  wait?: WaitStandard;
  /** Distance limits, strictest first. */
  distance: DistanceStandard[];
  /** Travel-time figures the log cannot check (it records miles, not minutes). */
  travelTimeText?: string;
  source: string;
}

const business = (days: number, what: string): WaitStandard => ({ days, basis: 'business', text: `${days} business days for ${what}` });
const calendar = (days: number, what: string): WaitStandard => ({ days, basis: 'calendar', text: `${days} days for ${what}` });

const CALIFORNIA_DISTANCE: DistanceStandard[] = [
  { miles: 15, area: 'urban', text: '15 miles or 30 minutes in urban areas' },
  { miles: 60, area: 'rural', text: '60 miles or 90 minutes in rural areas' },
];

/** The standard for a plan and kind of care; undefined when domain.md has no figure for it. */
export function adequacyStandard(plan: Pick<Case['plan'], 'lineOfBusiness' | 'state'>, care: CareCategory): AdequacyStandard | undefined {
  const { lineOfBusiness: lob, state } = plan;
  if (lob === 'commercial-fully-insured' && state === 'CA') {
    const source = 'California timely and geographic access standards (Knox-Keene Act), 28 CCR 1300.67.2 and 1300.67.2.2';
    const wait = care === 'behavioral-health' ? business(10, 'non-physician mental health care, including autism services') : care === 'specialty' ? business(15, 'specialist care') : undefined;
    return { planType: 'California commercial', care, ...(wait ? { wait } : {}), distance: CALIFORNIA_DISTANCE, source };
  }
  switch (lob) {
    case 'marketplace': {
      const wait = care === 'behavioral-health' ? business(10, 'behavioral health care') : care === 'primary' ? business(15, 'primary care') : business(30, 'specialty care');
      return { planType: 'Marketplace (QHP)', care, wait, distance: [], travelTimeText: 'time and distance limits vary by county (CMS time/distance tables)', source: 'CMS network adequacy standards for qualified health plans, 45 CFR 156.230' };
    }
    case 'medicaid-mco': {
      const wait = care === 'behavioral-health' ? business(10, 'outpatient mental health and substance use disorder care') : care === 'primary' ? business(15, 'primary care') : undefined;
      return { planType: 'Medicaid managed care', care, ...(wait ? { wait } : {}), distance: [], source: 'Medicaid managed care network adequacy, 42 CFR 438.68 and 438.206' };
    }
    case 'medicare-advantage': {
      const wait = care === 'behavioral-health' ? business(7, 'non-urgent behavioral health care') : business(30, 'routine care');
      return { planType: 'Medicare Advantage', care, wait, distance: [], source: 'Medicare Advantage access standards, 42 CFR 422.112 and 422.116' };
    }
    case 'tricare': {
      const wait = care === 'primary' ? calendar(7, 'routine care') : calendar(28, 'specialty care');
      return { planType: 'TRICARE', care, wait, distance: [], travelTimeText: care === 'primary' ? '30 minutes of travel for primary care' : '60 minutes of travel for specialty care', source: 'TRICARE access standards, 32 CFR 199.17(p)' };
    }
    default:
      return undefined;
  }
}

const BEHAVIORAL_CODE = /^(9715[1-8]|0362T|0373T|908\d\d|9079[12]|H\d{4}|S9480)$/iu;

/** Behavioral health (mental health, substance use, ABA) by diagnosis or procedure, else specialty care. */
export function careCategoryOf(c: Case): CareCategory {
  const behavioral = c.service.diagnoses.some((d) => /^F\d/iu.test(d.code.trim())) || c.service.procedures.some((p) => BEHAVIORAL_CODE.test(p.code.trim()));
  return behavioral ? 'behavioral-health' : 'specialty';
}
