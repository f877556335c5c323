// Runs a fill plan in the page (content script): each action on its element, then, after a tick, a
// re-read of every control to report whether the page kept the value. A page that changes its DOM
// mid-fill gets an 'error' report for that field, never a thrown error.
import type { FieldReport, FillAction, FillPlan } from '../../form/types';
import { FillRefused, runAction } from './runAction';
import { controlsOf, newUndoRecord, type UndoRecord } from './undo';
import { stateOf } from './undoState';
import { holdsIntended } from './verify';
import { timeSlicer } from '../slices';

export interface ApplyOptions {
  /** Wait before re-reading, for the page's own handlers to settle (ms). */
  settleMs?: number;
  /** How long a combobox may take to list its options (ms). */
  comboboxTimeoutMs?: number;
}

export interface ApplyResult {
  /** One report per action, in plan order. */
  reports: FieldReport[];
  undo: UndoRecord;
}

const VANISHED = 'the field is no longer on the page';

const elementIdOf = (a: FillAction) => (a.kind === 'check' && a.optionId ? a.optionId : a.fieldId);

const countControls = (doc: Document) => controlsOf(doc).length;

export async function applyPlan(plan: FillPlan, elements: Map<string, Element>, options: ApplyOptions = {}): Promise<ApplyResult> {
  const undo = newUndoRecord();
  const reports: (FieldReport | undefined)[] = plan.actions.map(() => undefined);
  const report = (i: number, outcome: FieldReport['outcome'], reason?: string) => {
    const a = plan.actions[i]!;
    reports[i] = { fieldId: a.fieldId, key: a.key, outcome, ...(reason ? { reason } : {}) };
  };
  const ran: { i: number; el: Element; controlsBefore: number }[] = [];
  const slice = timeSlicer();

  for (const [i, action] of plan.actions.entries()) {
    await slice();
    const id = elementIdOf(action);
    const el = elements.get(id);
    if (!el?.isConnected) {
      report(i, 'error', VANISHED);
      continue;
    }
    const controlsBefore = action.kind === 'click-add-row' ? countControls(el.ownerDocument) : 0;
    try {
      await runAction(action, el, id, undo, { comboboxTimeoutMs: options.comboboxTimeoutMs ?? 1000 });
      ran.push({ i, el, controlsBefore });
    } catch (e) {
      const message = e instanceof Error ? e.message : 'failed';
      if (e instanceof FillRefused) report(i, 'skipped', message);
      else if (!el.isConnected) report(i, 'error', VANISHED);
      else if (action.kind === 'combobox-choose') report(i, 'rejected-by-page', message);
      else report(i, 'error', message);
    }
  }

  await new Promise((r) => setTimeout(r, options.settleMs ?? 30));

  for (const { i, el, controlsBefore } of ran) {
    await slice();
    const action = plan.actions[i]!;
    try {
      if (!el.isConnected) report(i, 'error', VANISHED);
      else if (action.kind === 'click-add-row') {
        const grew = countControls(el.ownerDocument) > controlsBefore;
        report(i, grew ? 'verified' : 'rejected-by-page', grew ? undefined : 'no new row appeared');
      } else if (holdsIntended(action, el)) report(i, 'verified');
      else report(i, 'rejected-by-page', 'the page changed or cleared the value');
    } catch {
      report(i, 'error', 'could not read the field back');
    }
  }
  for (const e of undo.entries) e.after = stateOf(e, e.element);
  return { reports: reports.filter((r): r is FieldReport => !!r), undo };
}
