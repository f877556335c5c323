// The checklist's shapes: stages of domain.md, items derived from the case or ticked by the user.
import type { CaseBundle } from '../case/schema';
import type { Deadline } from '../clocks/deadlines';
import type { UnitsBurnDown } from '../clocks/units';

export const STAGE_IDS = ['prepare', 'prove-gap', 'request', 'follow-up', 'decision', 'rate', 'agreement', 'appeal'] as const;
export type StageId = (typeof STAGE_IDS)[number];
export type ChecklistRole = 'provider' | 'patient';

/** The side panel screens an item can open (components/screens.ts ids). */
export type ChecklistScreen = 'case' | 'calls' | 'checklist' | 'texts' | 'fill' | 'notes';

/** Where the UI jumps to finish an item: a case field by dotted path, or a screen. */
export type GoTo = { kind: 'field'; path: string } | { kind: 'screen'; screen: ChecklistScreen };

export interface ChecklistItem {
  /** Stable id; manual items are ticked under this key in case.checklistTicks. */
  id: string;
  stage: StageId;
  label: string;
  done: boolean;
  /** True when the case data decides `done`; false when the user ticks it. */
  auto: boolean;
  /** Why it matters, in a sentence. */
  why: string;
  /** Who sees the item. */
  roles: readonly ChecklistRole[];
  goTo?: GoTo;
  /** What is still missing, for auto items that are not done ("2 of 3 contacts logged"). */
  detail?: string;
  /** Due date (YYYY-MM-DD) of the deadline the item answers, when the case has one. */
  due?: string;
}

export interface ChecklistStage {
  id: StageId;
  label: string;
  /** One line on what the stage is for. */
  summary: string;
  items: ChecklistItem[];
  done: number;
  total: number;
  /** False for stages that do not apply yet or at all (appeal without a denial, rate for patients). */
  applicable: boolean;
}

export interface Checklist {
  role: ChecklistRole;
  stages: ChecklistStage[];
  /** The stage the case is in now (from its status and what is done). */
  currentStage: StageId;
  /** Items of the current stage not done yet: what stands between the user and the next step. */
  missingForNextStep: ChecklistItem[];
}

/** What item builders read: the bundle plus facts computed once. */
export interface ChecklistContext {
  bundle: CaseBundle;
  today: string;
  role: ChecklistRole;
  deadlines: Deadline[];
  units: UnitsBurnDown;
  ticks: Record<string, boolean>;
}
