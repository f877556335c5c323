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
  /** Date the standard starts to bind (YYYY-MM-DD); before it the standard is upcoming, cited as such. */
  effectiveFrom?: string;
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

/**
 * Medicaid managed care appointment waits (42 CFR 438.68(e), added by the 2024 access rule, 89 FR
 * 41002): they bind from the first rating period that begins on or after 9 July 2027.
 */
export const MEDICAID_WAIT_STANDARDS_FROM = '2027-07-09';

/** California Knox-Keene (DMHC) plans: 15 miles or 30 minutes to primary care and hospitals (28 CCR 1300.51). */
const CALIFORNIA_PRIMARY_DISTANCE: DistanceStandard[] = [{ miles: 15, text: '15 miles or 30 minutes for primary care' }];

/** The standard for a plan and kind of care; undefined when domain.md has no figure for it. */
export function adequacyStandard(plan: Pick<Case['plan'], 'lineOfBusiness' | 'state'>, care: CareCategory): AdequacyStandard | undefined {
  const { lineOfBusiness: lob, state } = plan;
  if (lob === 'commercial-fully-insured' && state === 'CA') {
    // 28 CCR 1300.67.2.2(c)(5): non-urgent primary care and non-physician mental health care 10 business
    // days, specialist physicians 15; the distance figure of 1300.51 is for primary care and hospitals only.
    const source = 'California timely and geographic access standards (Knox-Keene Act), 28 CCR 1300.67.2.2(c)(5) and 1300.51';
    const wait =
      care === 'behavioral-health'
        ? business(10, 'non-physician mental health care, including autism services')
        : care === 'primary'
          ? business(10, 'primary care')
          : business(15, 'specialist care');
    return { planType: 'California commercial', care, wait, distance: care === 'primary' ? CALIFORNIA_PRIMARY_DISTANCE : [], source };
  }
  switch (lob) {
    case 'marketplace': {
      const wait =
        care === 'behavioral-health'
          ? business(10, 'behavioral health care')
          : care === 'primary'
            ? business(15, 'primary care')
            : business(30, 'specialty care');
      return {
        planType: 'Marketplace (QHP)',
        care,
        wait,
        distance: [],
        travelTimeText: 'time and distance limits vary by county (CMS time/distance tables)',
        source: 'CMS network adequacy standards for qualified health plans, 45 CFR 156.230',
      };
    }
    case 'medicaid-mco': {
      const base =
        care === 'behavioral-health'
          ? business(10, 'outpatient mental health and substance use disorder care')
          : care === 'primary'
            ? business(15, 'primary care')
            : undefined;
      const wait = base ? { ...base, effectiveFrom: MEDICAID_WAIT_STANDARDS_FROM } : undefined;
      return {
        planType: 'Medicaid managed care',
        care,
        ...(wait ? { wait } : {}),
        distance: [],
        source:
          'Medicaid managed care network adequacy, 42 CFR 438.68(e) (federal wait standards for rating periods that begin on or after 07/09/2027; until then the state\u2019s standards apply) and 438.206',
      };
    }
    case 'medicare-advantage': {
      // 42 CFR 422.112(a)(6)(i): primary care and behavioral health only; no wait standard for specialty care.
      if (care === 'specialty')
        return {
          planType: 'Medicare Advantage',
          care,
          distance: [],
          travelTimeText: 'time and distance limits by county and specialty (42 CFR 422.116)',
          source: 'Medicare Advantage access standards, 42 CFR 422.116',
        };
      const what =
        care === 'behavioral-health'
          ? 'behavioral health care that needs medical attention (30 for routine and preventive care)'
          : 'primary care that needs medical attention (30 for routine and preventive care)';
      return {
        planType: 'Medicare Advantage',
        care,
        wait: business(7, what),
        distance: [],
        source: 'Medicare Advantage access standards, 42 CFR 422.112(a)(6)(i) and 422.116',
      };
    }
    case 'tricare': {
      const wait = care === 'primary' ? calendar(7, 'routine care') : calendar(28, 'specialty care');
      return {
        planType: 'TRICARE',
        care,
        wait,
        distance: [],
        travelTimeText: care === 'primary' ? '30 minutes of travel for primary care' : '60 minutes of travel for specialty care',
        source: 'TRICARE access standards, 32 CFR 199.17(p)',
      };
    }
    default:
      return undefined;
  }
}

const BEHAVIORAL_CODE = /^(9715[1-8]|0362T|0373T|908\d\d|9079[12]|H\d{4}|S9480)$/iu;

/** Behavioral health (mental health, substance use, ABA) by diagnosis or procedure, else specialty care. */
export function careCategoryOf(c: Case): CareCategory {
  const behavioral =
    c.service.diagnoses.some((d) => /^F\d/iu.test(d.code.trim())) || c.service.procedures.some((p) => BEHAVIORAL_CODE.test(p.code.trim()));
  return behavioral ? 'behavioral-health' : 'specialty';
}
