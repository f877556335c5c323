// The checklist of a case: each stage's items for the user's role, the stage the case is in, and
// what is missing before the next step. Pure: the same bundle and day give the same checklist.
import type { CaseBundle, CaseStatus } from '../case/schema';
import { DECISION_STATUSES } from '../clocks/caseEvents';
import { computeDeadlines } from '../clocks/deadlines';
import { unitsBurnDown } from '../clocks/units';
import { agreementItems, APPROVED, appealItems, decisionItems, rateItems } from './itemsAfterDecision';
import { followUpItems, prepareItems, proveGapItems, requestItems } from './itemsBeforeDecision';
import { STAGES } from './stages';
import type { Checklist, ChecklistContext, ChecklistItem, ChecklistRole, ChecklistStage, StageId } from './types';

const ITEMS: Record<StageId, (ctx: ChecklistContext) => ChecklistItem[]> = {
  prepare: prepareItems,
  'prove-gap': proveGapItems,
  request: requestItems,
  'follow-up': followUpItems,
  decision: decisionItems,
  rate: rateItems,
  agreement: agreementItems,
  appeal: appealItems,
};

const APPEALING: readonly CaseStatus[] = ['denied', 'appeal', 'external-review'];

/** Whether a stage has started to matter for the case (earlier stages always do). */
function stageApplies(id: StageId, bundle: CaseBundle): boolean {
  const k = bundle.case;
  const ever = (statuses: readonly CaseStatus[]) => statuses.includes(k.status) || k.statusHistory.some((e) => statuses.includes(e.status));
  switch (id) {
    case 'follow-up':
      return k.status !== 'draft' || !!k.request.submittedDate;
    case 'decision':
      return ever([...DECISION_STATUSES, ...APPEALING]);
    case 'agreement':
      return APPROVED.includes(k.status) || (k.status === 'closed' && ever(APPROVED));
    case 'appeal':
      return ever(APPEALING);
    default:
      return true;
  }
}

function currentStageOf(bundle: CaseBundle, stages: ChecklistStage[]): StageId {
  const k = bundle.case;
  const open = (id: StageId) => {
    const st = stages.find((s) => s.id === id)!;
    return st.applicable && st.done < st.total;
  };
  switch (k.status) {
    case 'draft':
      return (['prepare', 'prove-gap', 'request'] as const).find(open) ?? 'request';
    case 'requested':
    case 'pending':
      return 'follow-up';
    case 'approved':
    case 'partially-approved':
      return (['decision', 'rate'] as const).find(open) ?? 'agreement';
    case 'denied':
    case 'appeal':
    case 'external-review':
      return 'appeal';
    case 'closed':
      return stageApplies('agreement', bundle) ? 'agreement' : stageApplies('appeal', bundle) ? 'appeal' : 'decision';
  }
}

/** The checklist for `role` (default: the case's own role) as of `today` (YYYY-MM-DD). */
export function deriveChecklist(bundle: CaseBundle, today: string, role: ChecklistRole = bundle.case.role): Checklist {
  const ctx: ChecklistContext = {
    bundle,
    today,
    role,
    deadlines: computeDeadlines(bundle, today),
    units: unitsBurnDown(bundle, today),
    ticks: bundle.case.checklistTicks,
  };
  const stages: ChecklistStage[] = STAGES.map((st) => {
    const applies = stageApplies(st.id, bundle);
    const items = applies ? ITEMS[st.id](ctx).filter((i) => i.roles.includes(role)) : [];
    const done = items.filter((i) => i.done).length;
    return { id: st.id, label: st.label, summary: st.summary, items, done, total: items.length, applicable: applies && items.length > 0 };
  });
  const currentStage = currentStageOf(bundle, stages);
  const missingForNextStep = stages.find((s) => s.id === currentStage)!.items.filter((i) => !i.done);
  return { role, stages, currentStage, missingForNextStep };
}
