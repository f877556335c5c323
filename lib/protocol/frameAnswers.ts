// Frames' answers, read where they arrive (the side panel, and the background for the keyboard
// fill): an answer of the wrong shape becomes a Failure in the same words as a frame that did not
// answer, so nothing further on trips over a missing list. Kept apart from frames.ts because the
// fill code injected into portal pages (portal-fill.js, 40 KB budget) carries no zod.
import { z } from '../zod';
import type { ControlKind, FieldDescriptor, FieldOutcome, FieldReport, LabelSource, SectionText, WidgetHint } from '../form/types';
import type {
  ApplyAnswer,
  CollectAnswer,
  FocusedFieldAnswer,
  FoundReference,
  FrameAnswer,
  FrameOp,
  FrameRequest,
  InsertAnswer,
  NotRestored,
  ReferencesAnswer,
  UndoAnswer,
} from './frames';
import type { Done, Failure } from './outcome';

/** What a frame that gave no readable answer is said to have done. */
export const NO_ANSWER = 'The page did not answer (it changed or closed). Reload the page and try again.';

export const DoneSchema: z.ZodType<Done> = z.looseObject({ ok: z.literal(true) });
export const FailureSchema: z.ZodType<Failure> = z.looseObject({ ok: z.literal(false), error: z.string() });

// The fill code and this file ship in one build: names from the page code's word lists (control
// kinds, label sources, widget hints) are taken as any string, so a name added there cannot make
// every answer unreadable here. The shapes the panel walks (lists, numbers, flags) are checked.
const word = <T extends string>() => z.custom<T>((v) => typeof v === 'string');
const WidgetSchema = z.custom<WidgetHint>((v) => typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string');

const FieldSchema: z.ZodType<FieldDescriptor> = z.looseObject({
  id: z.string(),
  order: z.number(),
  kind: word<ControlKind>(),
  tag: z.string(),
  type: z.string(),
  role: z.string(),
  name: z.string(),
  htmlId: z.string(),
  autocomplete: z.string(),
  classHint: z.string(),
  labels: z.array(z.looseObject({ source: word<LabelSource>(), text: z.string() })),
  section: z.array(z.looseObject({ source: word<SectionText['source']>(), text: z.string() })),
  options: z.array(z.looseObject({ value: z.string(), text: z.string(), id: z.string().optional() })),
  constraints: z.looseObject({
    maxLength: z.number().optional(),
    pattern: z.string().optional(),
    required: z.boolean(),
    inputMode: z.string().optional(),
    min: z.string().optional(),
    max: z.string().optional(),
  }),
  state: z.looseObject({ visible: z.boolean(), disabled: z.boolean(), readOnly: z.boolean(), hasValue: z.boolean() }),
  widgets: z.array(WidgetSchema),
  rowIndex: z.number().optional(),
  rowGroup: z.string().optional(),
  protected: z.looseObject({ reason: z.string() }).optional(),
});

const CollectSchema: z.ZodType<CollectAnswer> = z.looseObject({
  fields: z.array(FieldSchema).max(20_000),
  path: z.string(),
  title: z.string(),
  undoable: z.boolean().optional(),
});

const ReportSchema: z.ZodType<FieldReport> = z.looseObject({
  fieldId: z.string(),
  key: z.string(),
  outcome: word<FieldOutcome>(),
  reason: z.string().optional(),
});
const ApplySchema: z.ZodType<ApplyAnswer> = z.looseObject({ reports: z.array(ReportSchema) });

const NotRestoredSchema = z.looseObject({ label: z.string(), kind: word<NotRestored['kind']>() });
const UndoSchema: z.ZodType<UndoAnswer> = z.looseObject({
  restored: z.number(),
  notRestored: z.array(NotRestoredSchema),
  changed: z.array(NotRestoredSchema).optional(),
});

const InsertSchema: z.ZodType<InsertAnswer> = z.union([
  z.looseObject({
    ok: z.literal(true),
    inserted: z.string(),
    cut: z.boolean(),
    boundary: z.string(),
    maxLength: z.number().optional(),
    fieldLabel: z.string(),
  }),
  z.looseObject({ ok: z.literal(false), error: z.string(), noFocus: z.boolean().optional() }),
]);

const FocusedSchema: z.ZodType<FocusedFieldAnswer> = z.union([
  z.looseObject({ focused: z.literal(true), label: z.string(), maxLength: z.number().optional() }),
  z.looseObject({ focused: z.literal(false) }),
]);

// A reference the page shows oddly (no value) is left out rather than failing the whole page's scan.
const ReferencesSchema: z.ZodType<ReferencesAnswer> = z.looseObject({
  references: z.array(z.unknown()).transform((list) =>
    list.flatMap((r): FoundReference[] => {
      const { label, value } = (r ?? {}) as { label?: unknown; value?: unknown };
      return typeof value === 'string' && value ? [{ label: String(label ?? ''), value }] : [];
    }),
  ),
});

const FRAME_ANSWERS: { [Op in FrameOp]: z.ZodType<FrameAnswer<Op>> } = {
  ping: DoneSchema,
  collect: CollectSchema,
  apply: ApplySchema,
  undo: UndoSchema,
  highlight: DoneSchema,
  'clear-highlight': DoneSchema,
  'insert-text': InsertSchema,
  'focused-field': FocusedSchema,
  'scan-references': ReferencesSchema,
};

/** A frame's answer to an `op` request: the answer, the frame's own failure, or a Failure saying it gave none readable. */
export function readFrameAnswer<Op extends FrameOp>(op: Op, value: unknown): FrameAnswer<Op> | Failure {
  const answer = FRAME_ANSWERS[op].safeParse(value);
  if (answer.success) return answer.data;
  const failure = FailureSchema.safeParse(value);
  return failure.success ? failure.data : { ok: false, error: NO_ANSWER };
}

/** Sends one request to one frame of a tab and reads its answer; rejects when no answer came (the frame closed, the background refused). */
export type FrameSender = <R extends FrameRequest>(frameId: number, request: R) => Promise<FrameAnswer<R['op']> | Failure>;

/** The FrameSender over a channel that hands back frames' raw answers. */
export function readingAnswers(send: (frameId: number, request: FrameRequest) => Promise<unknown>): FrameSender {
  return async (frameId, request) => readFrameAnswer(request.op, await send(frameId, request));
}
