// Plans a fill: classified controls + the case -> the actions to run in the page and the controls
// left alone with the reason. Pure: the content script executes the plan (apply/), the side panel
// previews it. Precision first: protected, unsure, non-editable and already-filled controls are skipped.
import type { CaseBundle } from '../../case/schema';
import { fieldDisplayName } from '../../form/displayName';
import type { Classification, FillAction, FillPlan, Unfilled } from '../../form/types';
import { caseValue } from '../values';
import { controlActions } from './controlActions';
import { rowsOf } from '../classify/rows';

export interface PlanOptions {
  /** Replace values already in the page (default: leave them). */
  overwrite?: boolean;
  /** Classifications scoring below this stay unfilled as 'low-confidence' (classify's threshold already applies). */
  minScore?: number;
}

/** Input types that are never filled, whatever a classifier says. */
const NEVER_TYPES = new Set(['password', 'submit', 'button', 'reset', 'image', 'file', 'hidden']);

/** Most rows a plan adds in one pass: the caller collects again and plans the rest. */
const MAX_ROW_CLICKS = 30;

export function planFill(classifications: readonly Classification[], bundle: CaseBundle, options: PlanOptions = {}): FillPlan {
  const actions: FillAction[] = [];
  const unfilled: Unfilled[] = [];
  const rows = rowsOf(classifications);
  const skip = (c: Classification, reason: Unfilled['reason']) =>
    unfilled.push({ fieldId: c.field.id, label: fieldDisplayName(c.field), reason, ...(c.key ? { key: c.key } : {}) });
  const sorted = [...classifications].sort((a, b) => a.field.order - b.field.order);

  for (const c of sorted) {
    const f = c.field;
    if (f.kind === 'add-row') continue;
    if (NEVER_TYPES.has(f.type.toLowerCase())) continue;
    if (f.protected) {
      skip(c, 'protected');
      continue;
    }
    if (!c.key || c.score < (options.minScore ?? 0)) {
      // Only controls that looked like something are listed; a search box scored 0 is not (even with a note).
      if (c.key || c.score > 0) skip(c, 'low-confidence');
      continue;
    }
    if (!f.state.visible) continue;
    if (f.state.disabled || f.state.readOnly) {
      // Disabled and read-only controls are the page's own: never filled, like protected ones.
      skip(c, 'protected');
      continue;
    }
    if (f.state.hasValue && !options.overwrite) {
      skip(c, 'already-filled');
      continue;
    }
    const value = caseValue(bundle, c.key, rows.get(c) ?? 0);
    if (!value) {
      skip(c, 'no-value-in-case');
      continue;
    }
    const planned = controlActions(f, c.key, value);
    if (typeof planned === 'string') skip(c, planned);
    else actions.push(...planned);
  }

  const clicks = addRowClicks(sorted, bundle, rows);
  actions.push(...clicks);
  return { actions, unfilled, recollectAfter: clicks.length > 0 };
}

/** Add-row clicks when the case has more diagnoses / procedures than the form shows rows for. */
function addRowClicks(sorted: readonly Classification[], bundle: CaseBundle, rows: Map<Classification, number>): FillAction[] {
  const clicks: FillAction[] = [];
  for (const what of ['diagnosis', 'procedure'] as const) {
    const button = sorted.find(
      (c) => c.field.kind === 'add-row' && c.addRowFor === what && c.field.state.visible && !c.field.state.disabled,
    );
    if (!button) continue;
    const key = what === 'diagnosis' ? 'service.diagnosis' : 'service.procedure';
    const shown = new Set(sorted.filter((c) => c.key === key).map((c) => rows.get(c))).size;
    const inCase = what === 'diagnosis' ? bundle.case.service.diagnoses.length : bundle.case.service.procedures.length;
    const missing = Math.min(inCase - shown, MAX_ROW_CLICKS);
    for (let i = 0; i < missing; i++) clicks.push({ fieldId: button.field.id, kind: 'click-add-row', key, preview: `Add a ${what} row` });
  }
  return clicks;
}
