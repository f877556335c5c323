// One fill of a portal tab, shared by the side panel's Fill screen and the keyboard command:
// collect in each allowed frame, classify and plan here (the case never goes to the page except
// the values of the planned actions), apply, and collect again after "+ Add row" clicks.
import { classifyFields } from './classify';
import { planFill } from './plan';
import type { FieldRule } from './corrections';
import type { Classification, FieldReport, FillPlan } from '../form/types';
import type { CaseBundle } from '../case/schema';
import type { FrameSender } from '../protocol/frameAnswers';
import { isFailure } from '../protocol/outcome';
import { forEachFrame } from './forEachFrame';

export interface FramePlan {
  frameId: number;
  path: string;
  title: string;
  classifications: Classification[];
  plan: FillPlan;
  /** The frame can undo its last fill, made by this panel or another, or by the keyboard command. */
  undoable: boolean;
}

export interface FillOutcome {
  frameId: number;
  reports: FieldReport[];
}

export interface PlanOptions {
  rules: FieldRule[];
  portalId: string;
  overwrite?: boolean;
}

/** Collects and plans one frame; a frame that cannot answer yields no plan rather than an error. */
export async function planFrame(
  send: FrameSender,
  frameId: number,
  bundle: CaseBundle,
  options: PlanOptions,
): Promise<FramePlan | undefined> {
  const answer = await send(frameId, { op: 'collect' });
  if (isFailure(answer)) return undefined;
  const classifications = classifyFields(answer.fields, { rules: options.rules, portalId: options.portalId });
  const plan = planFill(classifications, bundle, { overwrite: options.overwrite });
  return { frameId, path: answer.path, title: answer.title, classifications, plan, undoable: answer.undoable === true };
}

/** Plans every frame; frames that cannot answer are left out. */
export async function planTab(send: FrameSender, frameIds: number[], bundle: CaseBundle, options: PlanOptions): Promise<FramePlan[]> {
  const replies = await forEachFrame(frameIds, (id) => planFrame(send, id, bundle, options));
  return replies.flatMap((r) => ('answer' in r && r.answer ? [r.answer] : []));
}

/** How many controls a plan would fill. */
export function fillableCount(plans: FramePlan[]): number {
  return plans.reduce((n, p) => n + p.plan.actions.filter((a) => a.kind !== 'click-add-row').length, 0);
}

const MAX_ROUNDS = 4;

/** Applies the plans; where rows were added, collects and plans that frame again (bounded rounds). */
export async function runFill(
  send: FrameSender,
  plans: FramePlan[],
  bundle: CaseBundle,
  options: PlanOptions,
): Promise<{ outcomes: FillOutcome[]; plans: FramePlan[] }> {
  const outcomes: FillOutcome[] = [];
  const finalPlans: FramePlan[] = [];
  for (const first of plans) {
    let current: FramePlan | undefined = first;
    const reports = new Map<string, FieldReport>();
    for (let round = 0; current && round < MAX_ROUNDS; round++) {
      if (current.plan.actions.length === 0) break;
      const answer = await send(current.frameId, { op: 'apply', actions: current.plan.actions, ...(round > 0 ? { more: true } : {}) });
      if (isFailure(answer)) throw new Error(answer.error);
      for (const r of answer.reports) reports.set(r.fieldId, r);
      if (!current.plan.recollectAfter) break;
      // Rows were added: plan again, without overwriting what this fill just put there.
      current = await planFrame(send, current.frameId, bundle, { ...options, overwrite: false });
    }
    finalPlans.push(current ?? first);
    outcomes.push({ frameId: first.frameId, reports: [...reports.values()] });
  }
  return { outcomes, plans: finalPlans };
}

export interface FillSummary {
  verified: number;
  rejected: number;
  skipped: number;
  errors: number;
}

export function summarize(outcomes: FillOutcome[]): FillSummary {
  const s: FillSummary = { verified: 0, rejected: 0, skipped: 0, errors: 0 };
  for (const o of outcomes)
    for (const r of o.reports) {
      if (r.outcome === 'verified') s.verified++;
      else if (r.outcome === 'rejected-by-page') s.rejected++;
      else if (r.outcome === 'skipped') s.skipped++;
      else s.errors++;
    }
  return s;
}
