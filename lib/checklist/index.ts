// Public API of the checklist: stages with items derived from the case and the user's ticks.
export type { Checklist, ChecklistItem, ChecklistRole, ChecklistScreen, ChecklistStage, GoTo, StageId } from './types';
export { STAGE_IDS } from './types';
export { STAGES, STAGE_LABELS } from './stages';
export { deriveChecklist } from './deriveChecklist';
