// The typed message protocol between content scripts, the background and extension pages.
// Every receiver safeParses and drops what fails; the background also checks the sender.
import { z } from '../zod';

const tabId = z.number().int().min(0);
const frameId = z.number().int().min(0);

/** Sent by a content script when it starts in a frame, and when the forms on it change. */
export const FrameHelloSchema = z.object({
  type: z.literal('frame-hello'),
  /** Candidate form controls seen (a count only: no labels, no values). */
  controls: z.number().int().min(0).max(100_000),
});

/** Sent by the detector when one of the frame's iframes finished loading: start it there too. */
export const FrameLoadedSchema = z.object({ type: z.literal('frame-loaded') });

/** Messages content scripts may send to the background. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [FrameHelloSchema, FrameLoadedSchema]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** Messages extension pages (side panel, options) may send to the background. */
export const PageToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-status'), tabId }),
  z.object({ type: z.literal('frame-request'), tabId, frameId, request: z.unknown() }),
  z.object({ type: z.literal('list-frames'), tabId }),
  /** The user added or removed a portal: re-register the content script (and start it in tabId). */
  z.object({ type: z.literal('user-portals-changed'), tabId: tabId.optional() }),
  /** A case's follow-up changed (call logged, status changed): refresh the badge now. */
  z.object({ type: z.literal('follow-ups-changed') }),
]);
export type PageToBackground = z.infer<typeof PageToBackgroundSchema>;

/** One frame of a tab that the extension may act on. */
export const FrameInfoSchema = z.object({
  frameId,
  origin: z.string(),
  portalId: z.string(),
  controls: z.number().int().min(0),
});
export type FrameInfo = z.infer<typeof FrameInfoSchema>;

export const TabStatusSchema = z.object({
  tabId,
  /** The portal of the tab's top frame, when it is one. */
  portal: z.object({ id: z.string(), name: z.string() }).optional(),
  frames: z.array(FrameInfoSchema),
  /** Frames refused because their origin is not the portal's (or is opaque, e.g. sandboxed). */
  refusedFrames: z.number().int().min(0),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** Broadcast by the background to extension pages when a tab's frames or forms change. */
export const TabChangedSchema = z.object({ type: z.literal('tab-changed'), tabId });
