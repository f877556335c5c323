// The messages content scripts and extension pages send to the background, each with its answer.
// The background safeParses every message and drops what fails (it also checks the sender); pages
// read the answers with PAGE_ANSWERS. Content scripts only import the types (no zod in portal pages).
import { z } from '../zod';
import { parseFrameRequest, type FrameRequest } from './frames';
import { DoneSchema, FailureSchema } from './frameAnswers';
import type { Done, Failure } from './outcome';

const tabId = z.number().int().min(0);
const frameId = z.number().int().min(0);

/** Sent by a content script when it starts in a frame, and when the forms on it change. */
const FrameHelloSchema = z.object({
  type: z.literal('frame-hello'),
  /** Candidate form controls seen (a count only: no labels, no values). */
  controls: z.number().int().min(0).max(100_000),
});

/** Sent by the detector when one of the frame's iframes finished loading: start it there too. */
const FrameLoadedSchema = z.object({ type: z.literal('frame-loaded') });

/** Messages content scripts may send to the background. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [FrameHelloSchema, FrameLoadedSchema]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** The frame request a page asks the background to relay, checked with the content script's own guard. */
const RelayedRequestSchema = z.unknown().transform((value, ctx): FrameRequest => {
  const request = parseFrameRequest(value);
  if (request) return request;
  ctx.addIssue({ code: 'custom', message: 'Not a frame request.' });
  return z.NEVER;
});

/** Messages extension pages (side panel, options) may send to the background. */
export const PageToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-status'), tabId }),
  z.object({ type: z.literal('frame-request'), tabId, frameId, request: RelayedRequestSchema }),
  /** The user added or removed a portal: re-register the content script (and start it in tabId). */
  z.object({ type: z.literal('user-portals-changed'), tabId: tabId.optional() }),
  /** A case's follow-up changed (call logged, status changed): refresh the badge now. */
  z.object({ type: z.literal('follow-ups-changed') }),
]);
export type PageToBackground = z.infer<typeof PageToBackgroundSchema>;

/** One frame of a tab that the extension may act on. */
const FrameInfoSchema = z.object({
  frameId,
  origin: z.string(),
  portalId: z.string(),
  controls: z.number().int().min(0),
});

const TabStatusSchema = z.object({
  tabId,
  /** The portal of the tab's top frame, when it is one. */
  portal: z.object({ id: z.string(), name: z.string() }).optional(),
  frames: z.array(FrameInfoSchema),
  /** Frames refused because their origin is not the portal's (or is opaque, e.g. sandboxed). */
  refusedFrames: z.number().int().min(0),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** A relayed frame request: the frame's raw answer (the sender reads it, see frameAnswers.ts), or why it could not be asked. */
type Relayed = { ok: true; result: unknown } | Failure;

type Message<M, T> = Extract<M, { type: T }>;

/** Each message to the background, with its answer. */
export interface BackgroundProtocol {
  'tab-status': { request: Message<PageToBackground, 'tab-status'>; answer: TabStatus };
  'frame-request': { request: Message<PageToBackground, 'frame-request'>; answer: Relayed };
  'user-portals-changed': { request: Message<PageToBackground, 'user-portals-changed'>; answer: Done | Failure };
  /** `due`: how many follow-ups are due now (the badge's number). */
  'follow-ups-changed': { request: Message<PageToBackground, 'follow-ups-changed'>; answer: { ok: true; due: number } };
  'frame-hello': { request: Message<ContentToBackground, 'frame-hello'>; answer: Done };
  'frame-loaded': { request: Message<ContentToBackground, 'frame-loaded'>; answer: Done };
}

export type BackgroundType = keyof BackgroundProtocol;
export type BackgroundAnswer<T extends BackgroundType> = BackgroundProtocol[T]['answer'];
export type PageType = PageToBackground['type'];
export type ContentType = ContentToBackground['type'];

/** How extension pages read the background's answers. */
export const PAGE_ANSWERS: { [T in PageType]: z.ZodType<BackgroundAnswer<T>> } = {
  'tab-status': TabStatusSchema,
  'frame-request': z.union([z.looseObject({ ok: z.literal(true), result: z.unknown() }), FailureSchema]),
  'user-portals-changed': z.union([DoneSchema, FailureSchema]),
  'follow-ups-changed': z.looseObject({ ok: z.literal(true), due: z.number() }),
};

/** Broadcast by the background to extension pages when a tab's frames or forms change. */
export interface TabChanged {
  type: 'tab-changed';
  tabId: number;
}
