// What extension pages (through the background) ask of a portal frame's content script, and what it
// answers. The content script checks requests with the small guard below rather than zod, to stay
// inside its size budget.
import type { FieldDescriptor, FieldReport, FillAction } from '../form/types';

export type FrameRequest =
  /** Is the fill code in this frame yet? (The background injects it when not.) */
  | { op: 'ping' }
  /** Describe the fillable controls (labels, kinds, constraints; never the page's values). */
  | { op: 'collect' }
  /** Run fill actions on controls of the last collect; answers per-field reports. `more`: a later round of the same fill (after "Add row"), undone together. */
  | { op: 'apply'; actions: FillAction[]; more?: boolean }
  /** Put back what the last fill replaced. */
  | { op: 'undo' }
  /** Outline filled and unfilled controls (temporary inline outline only). */
  | { op: 'highlight'; filled: string[]; unfilled: string[] }
  | { op: 'clear-highlight' }
  /** Insert text at the caret of the focused field, within its maxlength. */
  | { op: 'insert-text'; text: string }
  /** The focused text field's label and maxlength, so the panel can fit a text before inserting. */
  | { op: 'focused-field' }
  /** Reference numbers, decision and tracking IDs shown on the page. */
  | { op: 'scan-references' };

export type FrameOp = FrameRequest['op'];

/** Requests that need the extras script (portal-extras.js); the background injects it before relaying one. */
export const EXTRAS_OPS: readonly string[] = ['undo', 'scan-references', 'insert-text', 'focused-field'];

/** A reference number shown on a page. */
export interface FoundReference {
  /** The page's own wording, e.g. "Decision ID". */
  label: string;
  value: string;
}

export interface CollectAnswer {
  fields: FieldDescriptor[];
  /** The frame's path (no query: it may hold identifiers) to key remembered corrections. */
  path: string;
  title: string;
  /** The frame still holds what its last fill replaced (a fill from any panel or the keyboard). */
  undoable?: boolean;
}

export interface ApplyAnswer {
  reports: FieldReport[];
}

/** How many fields undo put back, and the label and control kind of each it could not (never a value). */
export interface UndoAnswer {
  restored: number;
  notRestored: { label: string; kind: 'value' | 'checked' | 'text' | 'choice' | 'sections' | 'row' }[];
  /** Fields changed since the fill, left as they are (absent from an older fill code). */
  changed?: UndoAnswer['notRestored'];
}

export type InsertAnswer =
  | { ok: true; inserted: string; cut: boolean; boundary: string; maxLength?: number; fieldLabel: string }
  | { ok: false; error: string; noFocus?: boolean };

/** Only the frame holding the caret answers `focused: true`; never the field's value. */
export type FocusedFieldAnswer = { focused: true; label: string; maxLength?: number } | { focused: false };

export interface ReferencesAnswer {
  references: FoundReference[];
}

const MAX_ACTIONS = 2_000;
const MAX_TEXT = 100_000;

function stringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 10_000 && value.every((v) => typeof v === 'string' && v.length <= 200);
}

/** The request when `value` is a well-formed one, else undefined. */
export function parseFrameRequest(value: unknown): FrameRequest | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  switch (r.op) {
    case 'ping':
    case 'collect':
    case 'undo':
    case 'clear-highlight':
    case 'scan-references':
    case 'focused-field':
      return { op: r.op };
    case 'apply':
      if (!Array.isArray(r.actions) || r.actions.length > MAX_ACTIONS) return undefined;
      if (!r.actions.every((a) => a && typeof a === 'object' && typeof (a as { kind?: unknown }).kind === 'string' && typeof (a as { fieldId?: unknown }).fieldId === 'string')) return undefined;
      return { op: 'apply', actions: r.actions as FillAction[], ...(r.more === true ? { more: true } : {}) };
    case 'highlight':
      if (!stringArray(r.filled) || !stringArray(r.unfilled)) return undefined;
      return { op: 'highlight', filled: r.filled, unfilled: r.unfilled };
    case 'insert-text':
      if (typeof r.text !== 'string' || r.text.length > MAX_TEXT) return undefined;
      return { op: 'insert-text', text: r.text };
    default:
      return undefined;
  }
}
