// Builders for checklist items: auto items take `done` from the case, manual ones from its ticks.
import type { ChecklistContext, ChecklistItem, ChecklistRole, GoTo, StageId } from './types';

export const BOTH: readonly ChecklistRole[] = ['provider', 'patient'];
export const PROVIDER: readonly ChecklistRole[] = ['provider'];
export const PATIENT: readonly ChecklistRole[] = ['patient'];

interface ItemSpec {
  id: string;
  label: string;
  why: string;
  roles?: readonly ChecklistRole[];
  goTo?: GoTo;
  /** Deadline id whose due date the item shows. */
  deadline?: string;
}

export const field = (path: string): GoTo => ({ kind: 'field', path });
export const screen = (s: Extract<GoTo, { kind: 'screen' }>['screen']): GoTo => ({ kind: 'screen', screen: s });

function base(ctx: ChecklistContext, stage: StageId, spec: ItemSpec) {
  const due = spec.deadline ? ctx.deadlines.find((d) => d.id === spec.deadline)?.due : undefined;
  return {
    id: spec.id,
    stage,
    label: spec.label,
    why: spec.why,
    roles: spec.roles ?? BOTH,
    ...(spec.goTo ? { goTo: spec.goTo } : {}),
    ...(due ? { due } : {}),
  };
}

/** An item the case data decides; `missing` says what is left when it is not done. */
export function autoItem(ctx: ChecklistContext, stage: StageId, spec: ItemSpec, done: boolean, missing?: string): ChecklistItem {
  return { ...base(ctx, stage, spec), done, auto: true, ...(!done && missing ? { detail: missing } : {}) };
}

/** An item the user ticks (case.checklistTicks[id]). */
export function manualItem(ctx: ChecklistContext, stage: StageId, spec: ItemSpec): ChecklistItem {
  return { ...base(ctx, stage, spec), done: ctx.ticks[spec.id] === true, auto: false };
}
