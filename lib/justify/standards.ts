// The network adequacy figures justification text cites, read from lib/evidence's standards table
// (one table for the evidence log's breach flags and for the letters) in the shape texts need.
import type { Case } from '../case/schema';
import { adequacyStandard } from '../evidence/standards';

export interface AccessStandard {
  /** Appointment wait the plan type must meet, in business days (calendar days for TRICARE). */
  waitDays: number;
  /** How the wait standard reads in a sentence. */
  waitText: string;
  /** Distance limit in miles when the standard gives one (the strictest). */
  distanceMiles?: number;
  distanceText?: string;
  /** Where the figure comes from, cited as information. */
  source: string;
}

/** The access standard for the case's plan type and state; undefined when none is on file. */
export function accessStandard(c: Case, behavioralHealth: boolean): AccessStandard | undefined {
  const s = adequacyStandard(c.plan, behavioralHealth ? 'behavioral-health' : 'specialty');
  if (!s?.wait) return undefined;
  // A travel-time figure reads as a standard ("60 minutes of travel ..."); "limits vary by county" does not.
  const travel = s.travelTimeText && /^\d/.test(s.travelTimeText) ? s.travelTimeText : undefined;
  const distanceText = s.distance.length ? s.distance.map((d) => d.text).join(', ') : travel;
  return {
    waitDays: s.wait.days,
    waitText: s.wait.text,
    ...(s.distance[0] ? { distanceMiles: s.distance[0].miles } : {}),
    ...(distanceText ? { distanceText } : {}),
    source: s.source,
  };
}
