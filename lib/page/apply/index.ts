// The page side of filling: run a plan, verify, undo. highlight.ts and insertText.ts stand alone.
export { applyPlan, type ApplyOptions, type ApplyResult } from './applyPlan';
export type { UndoRecord, UndoEntry, WidgetUndo } from './undo';
// Only the Undo script (entrypoints/portal-extras.ts) should bundle these.
export { undoFill } from './undoFill';
export { widgetUndo } from './undoWidgets';
