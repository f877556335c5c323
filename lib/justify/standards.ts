// The few network adequacy figures justification text cites (from shared/domain.md). Kept minimal:
// lib/evidence owns the full standards table; switch to it once it exists.
import type { Case } from '../case/schema';

export interface AccessStandard {
  /** Appointment wait the plan type must meet, in business days (calendar days for TRICARE). */
  waitDays: number;
  /** How the wait standard reads in a sentence. */
  waitText: string;
  /** Distance limit in miles when the standard gives one. */
  distanceMiles?: number;
  distanceText?: string;
  /** Where the figure comes from, cited as information. */
  source: string;
}

/** The access standard for the case's plan type and state; undefined when none is on file. */
export function accessStandard(c: Case, behavioralHealth: boolean): AccessStandard | undefined {
  const { lineOfBusiness: lob, state } = c.plan;
  if (lob === 'commercial-fully-insured' && state === 'CA') {
    return behavioralHealth
      ? { waitDays: 10, waitText: '10 business days for non-physician mental health care, including autism services', distanceMiles: 15, distanceText: '15 miles or 30 minutes (urban), 60 miles or 90 minutes (rural)', source: 'California timely access and geographic access standards, 28 CCR 1300.67.2.2' }
      : { waitDays: 15, waitText: '15 business days for specialist care', distanceMiles: 15, distanceText: '15 miles or 30 minutes (urban), 60 miles or 90 minutes (rural)', source: 'California timely access and geographic access standards, 28 CCR 1300.67.2.2' };
  }
  switch (lob) {
    case 'marketplace':
      return behavioralHealth
        ? { waitDays: 10, waitText: '10 business days for behavioral health care', source: 'CMS appointment wait time standards for qualified health plans, 45 CFR 156.230' }
        : { waitDays: 30, waitText: '30 business days for specialty care', source: 'CMS appointment wait time standards for qualified health plans, 45 CFR 156.230' };
    case 'medicaid-mco':
      return behavioralHealth
        ? { waitDays: 10, waitText: '10 business days for outpatient mental health and substance use disorder care', source: 'Medicaid managed care appointment wait time standards, 42 CFR 438.68' }
        : { waitDays: 15, waitText: '15 business days for primary care', source: 'Medicaid managed care appointment wait time standards, 42 CFR 438.68' };
    case 'medicare-advantage':
      return behavioralHealth
        ? { waitDays: 7, waitText: '7 business days for non-urgent behavioral health care', source: 'Medicare Advantage access standards, 42 CFR 422.112 and 422.116' }
        : { waitDays: 30, waitText: '30 business days for routine care', source: 'Medicare Advantage access standards, 42 CFR 422.112 and 422.116' };
    case 'tricare':
      return { waitDays: 28, waitText: '28 days for specialty care', distanceText: '60 minutes of travel time for specialty care', source: 'TRICARE access standards, 32 CFR 199.17' };
    default:
      return undefined;
  }
}
