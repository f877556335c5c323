// ABA requests in the words reviewers expect: each code with who delivers it and the weekly hours
// (ABA codes bill in 15-minute units, so hours per week is what medical necessity criteria weigh).
import type { Case } from '../case/schema';
import { count, joinList, plural, present } from './format';

/** What each ABA code is and who delivers it. */
export const ABA_CODE_ROLES: Record<string, string> = {
  '97151': 'behavior identification assessment by the BCBA',
  '97152': 'supporting assessment by a behavior technician',
  '97153': 'adaptive behavior treatment by protocol, delivered by a behavior technician',
  '97154': 'group adaptive behavior treatment by protocol',
  '97155': 'protocol modification and direct supervision by the BCBA',
  '97156': 'family adaptive behavior treatment guidance by the BCBA',
  '97157': 'multiple-family group guidance',
  '97158': 'group treatment with protocol modification by the BCBA',
  '0362T': 'assessment of severe destructive behavior',
  '0373T': 'treatment of severe destructive behavior',
};

const SHORT: Record<string, string> = {
  '97153': 'direct treatment',
  '97154': 'group treatment',
  '97155': 'BCBA protocol modification and supervision',
  '97156': 'family guidance',
  '97157': 'multiple-family group guidance',
  '97158': 'group treatment with protocol modification',
  '0373T': 'treatment of severe destructive behavior',
};

/** 20 from "20 hours per week", "20 hrs/week", "20 h a week"; undefined otherwise. */
export function hoursPerWeek(frequency: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s*(?:per|\/|a|each)\s*(?:week|wk)\b/iu.exec(frequency);
  return m ? Number(m[1]) : undefined;
}

/** One line per ABA code: role, weekly hours or frequency, units requested. */
export function abaPlanText(c: Case): string | undefined {
  const lines = c.service.procedures
    .filter((p) => ABA_CODE_ROLES[p.code.trim().toUpperCase()])
    .map((p) => {
      const code = p.code.trim().toUpperCase();
      const facts = [present(p.frequency), p.units !== undefined ? `${plural(p.units, 'unit')} requested` : undefined].filter(Boolean);
      return `- ${code}, ${ABA_CODE_ROLES[code]}${facts.length ? `: ${facts.join('; ')}` : ''}`;
    });
  return lines.length ? lines.join('\n') : undefined;
}

/** "20 hours per week of direct treatment (97153) and 4 hours per week of BCBA protocol modification and supervision (97155)" */
export function abaWeeklyHoursText(c: Case): string | undefined {
  const parts = c.service.procedures
    .map((p) => ({ code: p.code.trim().toUpperCase(), hours: hoursPerWeek(p.frequency) }))
    .filter((x) => x.hours !== undefined && SHORT[x.code])
    .map((x) => `${count(x.hours)} ${x.hours === 1 ? 'hour' : 'hours'} per week of ${SHORT[x.code]} (${x.code})`);
  return joinList(parts);
}
