// What extension pages (through the background) ask of a portal frame's content script, and what it
// answers. The content script checks requests with the small guard below rather than zod, to stay
// inside its size budget; the panel and the background read the answers with frameAnswers.ts.
import type { FieldDescriptor, FieldReport, FillAction } from '../form/types';
import type { Done, Failure } from './outcome';

/**
 * Each request a frame answers, with its answer. Any request may instead get a Failure: the frame
 * could not run it (the extras script missing, the page changed under it).
 */
export interface FrameProtocol {
  /** Is the fill code in this frame yet? (The background injects it when not.) */
  ping: { request: { op: 'ping' }; answer: Done };
  /** Describe the fillable controls (labels, kinds, constraints; never the page's values). */
  collect: { request: { op: 'collect' }; answer: CollectAnswer };
  /** Run fill actions on controls of the last collect; answers per-field reports. `more`: a later round of the same fill (after "Add row"), undone together. */
  apply: { request: { op: 'apply'; actions: FillAction[]; more?: boolean }; answer: ApplyAnswer };
  /** Put back what the last fill replaced. */
  undo: { request: { op: 'undo' }; answer: UndoAnswer };
  /** Outline filled and unfilled controls (temporary inline outline only). */
  highlight: { request: { op: 'highlight'; filled: string[]; unfilled: string[] }; answer: Done };
  'clear-highlight': { request: { op: 'clear-highlight' }; answer: Done };
  /** Insert text at the caret of the focused field, within its maxlength. */
  'insert-text': { request: { op: 'insert-text'; text: string }; answer: InsertAnswer };
  /** The focused text field's label and maxlength, so the panel can fit a text before inserting. */
  'focused-field': { request: { op: 'focused-field' }; answer: FocusedFieldAnswer };
  /** Reference numbers, decision and tracking IDs shown on the page. */
  'scan-references': { request: { op: 'scan-references' }; answer: ReferencesAnswer };
}

export type FrameOp = keyof FrameProtocol;
/** A request to a frame: of one op, or (without the parameter) any. */
export type FrameRequest<Op extends FrameOp = FrameOp> = FrameProtocol[Op]['request'];
/** What a frame answers when it ran the request. */
export type FrameAnswer<Op extends FrameOp = FrameOp> = FrameProtocol[Op]['answer'];

/** Requests that need the extras script (portal-extras.js); the background injects it before relaying one. */
export const EXTRAS_OPS: readonly FrameOp[] = ['undo', 'scan-references', 'insert-text', 'focused-field'];

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

/** A field undo did not put back: its label and the kind of control (never a value). */
export interface NotRestored {
  label: string;
  kind: 'value' | 'checked' | 'text' | 'choice' | 'sections' | 'row';
}

/** How many fields undo put back, and those it could not. */
export interface UndoAnswer {
  restored: number;
  notRestored: NotRestored[];
  /** Fields changed since the fill (by the user or the page), left as they are. */
  changed?: NotRestored[];
}

/** The text put in (cut to the field's room), or why not; `noFocus`: this frame does not hold the caret. */
export type InsertAnswer =
  | { ok: true; inserted: string; cut: boolean; boundary: string; maxLength?: number; fieldLabel: string }
  | (Failure & { noFocus?: boolean });

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
      if (
        !r.actions.every(
          (a) =>
            a &&
            typeof a === 'object' &&
            typeof (a as { kind?: unknown }).kind === 'string' &&
            typeof (a as { fieldId?: unknown }).fieldId === 'string',
        )
      )
        return undefined;
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
