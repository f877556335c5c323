// The page side of filling: run a plan, verify, undo. highlight.ts and insertText.ts stand alone.
export { applyPlan, type ApplyOptions, type ApplyResult } from './applyPlan';
export { undoFill, type UndoRecord, type UndoEntry } from './undo';
