// The side panel's line to the portal tab: which tab, what the background knows of its frames, and
// requests to the content script of one allowed frame (the background refuses any other frame).
// Every answer is read here, where it arrives; callers get typed answers or failures in words.
import browser from 'webextension-polyfill';
import { PAGE_ANSWERS, type BackgroundAnswer, type PageToBackground, type TabChanged, type TabStatus } from '../protocol/background';
import { readFrameAnswer, type FrameSender } from '../protocol/frameAnswers';
import type { FocusedFieldAnswer, FrameAnswer, FrameRequest, InsertAnswer } from '../protocol/frames';
import { isFailure, type Failure } from '../protocol/outcome';
import { forEachFrame } from './forEachFrame';

/** Sends a message to the background: its answer, or undefined when none came that reads as one. */
export async function sendToBackground<M extends PageToBackground>(message: M): Promise<BackgroundAnswer<M['type']> | undefined> {
  const answer = PAGE_ANSWERS[message.type].safeParse(await browser.runtime.sendMessage(message));
  return answer.success ? answer.data : undefined;
}

/** The tab to act on: the one named in `?tabId=N`, else the active tab of this window. */
export async function resolvePortalTab(fromContext: number | null): Promise<number | undefined> {
  if (fromContext !== null) return fromContext;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function getTabStatus(tabId: number): Promise<TabStatus> {
  const status = await sendToBackground({ type: 'tab-status', tabId });
  if (!status) throw new Error('SCA Assistant could not read the state of that tab. Reload the portal page.');
  return status;
}

/**
 * Asks one frame of the tab, through the background: the frame's answer or its failure in words.
 * Rejects when no answer came (the background refused the frame, the page closed).
 */
export async function sendToFrame<R extends FrameRequest>(
  tabId: number,
  frameId: number,
  request: R,
): Promise<FrameAnswer<R['op']> | Failure> {
  const relayed = await sendToBackground({ type: 'frame-request', tabId, frameId, request });
  if (!relayed) throw new Error('The background did not answer. Reload the extension page and try again.');
  if (!relayed.ok) throw new Error(relayed.error);
  return readFrameAnswer(request.op, relayed.result);
}

export function frameSender(tabId: number): FrameSender {
  return (frameId, request) => sendToFrame(tabId, frameId, request);
}

/** Listens for "the frames or forms of this tab changed" (a wizard's Next, a page load). */
export function onTabChanged(tabId: number, listener: () => void): () => void {
  const handler = (message: unknown) => {
    const changed = message as Partial<TabChanged> | null;
    if (changed?.type === 'tab-changed' && changed.tabId === tabId) listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** The portal tab's allowed frames, or why there are none to act on. */
async function portalFrames(tabId: number | null): Promise<{ tabId: number; frameIds: number[] } | Failure> {
  const target = await resolvePortalTab(tabId).catch(() => undefined);
  if (target === undefined) return { ok: false, error: 'No portal tab to insert into.' };
  let status: TabStatus;
  try {
    status = await getTabStatus(target);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (!status.portal || status.frames.length === 0)
    return { ok: false, error: 'The current tab is not a portal page SCA Assistant works on.' };
  return { tabId: target, frameIds: status.frames.map((f) => f.frameId) };
}

/** Inserts text at the caret of the field that has focus on the portal tab (whichever allowed frame holds it). */
export async function insertIntoFocusedField(tabId: number | null, text: string): Promise<InsertAnswer> {
  const tab = await portalFrames(tabId);
  if (isFailure(tab)) return tab;
  const send = frameSender(tab.tabId);
  const replies = await forEachFrame(tab.frameIds, (frameId) => send(frameId, { op: 'insert-text', text }), { until: (a) => a.ok });
  let lastError = 'Click into the portal text box first, then insert.';
  for (const reply of replies) {
    const answer: InsertAnswer = 'answer' in reply ? reply.answer : { ok: false, error: reply.lost };
    if (answer.ok) return answer;
    // Frames without the caret say so; any other refusal is the one to tell.
    if (!answer.noFocus) lastError = answer.error;
  }
  return { ok: false, error: lastError };
}

/**
 * The label and maxlength of the text field that has the caret on the portal tab (any allowed frame),
 * or undefined when none has it or the tab is not a portal page. Never throws: it only prefills a limit.
 */
export async function focusedFieldInfo(tabId: number | null): Promise<{ label: string; maxLength?: number } | undefined> {
  try {
    const tab = await portalFrames(tabId);
    if (isFailure(tab)) return undefined;
    const send = frameSender(tab.tabId);
    const focused = (answer: FocusedFieldAnswer | Failure) => 'focused' in answer && answer.focused;
    const replies = await forEachFrame(tab.frameIds, (frameId) => send(frameId, { op: 'focused-field' }), { until: focused });
    for (const reply of replies) {
      if ('answer' in reply && 'focused' in reply.answer && reply.answer.focused) {
        const { label, maxLength } = reply.answer;
        return { label, ...(maxLength !== undefined && maxLength > 0 ? { maxLength } : {}) };
      }
    }
  } catch {
    // No portal tab, or the background is restarting: no limit to suggest.
  }
  return undefined;
}
