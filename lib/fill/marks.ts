// Which controls "Show on page" outlines green (filled, or to be filled) and amber (left empty),
// for one frame. Before a fill: the plan's actions and what it leaves unfilled. After one: what the
// page verified, and what is still unfilled; a field the fill itself filled reads "already holding
// a value" in the plan made after it, and must not turn amber again. The Fill screen and the
// keyboard fill both mark by this rule.
import type { FieldReport, FillPlan } from '../form/types';

export interface Marks {
  filled: string[];
  unfilled: string[];
}

export function marksFor(plan: FillPlan, reports?: readonly FieldReport[]): Marks {
  if (!reports) {
    return {
      filled: plan.actions.map((a) => a.fieldId),
      unfilled: plan.unfilled.filter((u) => u.reason !== 'protected').map((u) => u.fieldId),
    };
  }
  const filled = reports.filter((r) => r.outcome === 'verified').map((r) => r.fieldId);
  const done = new Set(filled);
  const unfilled = [
    ...plan.unfilled.filter((u) => u.reason !== 'protected' && u.reason !== 'already-filled').map((u) => u.fieldId),
    ...reports.filter((r) => r.outcome !== 'verified').map((r) => r.fieldId),
  ];
  return { filled, unfilled: [...new Set(unfilled)].filter((id) => !done.has(id)) };
}

/** The marks of every planned frame; with the fill's reports (per frame) once it ran. */
export function framesMarks(
  plans: readonly { frameId: number; plan: FillPlan }[],
  outcomes?: readonly { frameId: number; reports: FieldReport[] }[],
): { frameId: number; marks: Marks }[] {
  return plans.map((p) => ({ frameId: p.frameId, marks: marksFor(p.plan, outcomes?.find((o) => o.frameId === p.frameId)?.reports) }));
}
