// The side panel's line to the portal tab: which tab, what the background knows of its frames, and
// requests to the content script of one allowed frame (the background refuses any other frame).
import browser from 'webextension-polyfill';
import type { TabStatus } from '../protocol/background';
import { TabStatusSchema } from '../protocol/background';
import type { FocusedFieldAnswer, FrameRequest, InsertAnswer } from '../protocol/frames';
import type { FrameSender } from './session';

/** The tab to act on: the one named in `?tabId=N`, else the active tab of this window. */
export async function resolvePortalTab(fromContext: number | null): Promise<number | undefined> {
  if (fromContext !== null) return fromContext;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function getTabStatus(tabId: number): Promise<TabStatus> {
  const parsed = TabStatusSchema.safeParse(await browser.runtime.sendMessage({ type: 'tab-status', tabId }));
  if (!parsed.success) throw new Error('SCA Assistant could not read the state of that tab. Reload the portal page.');
  return parsed.data;
}

export function frameSender(tabId: number): FrameSender {
  return async (frameId: number, request: FrameRequest) => {
    const answer = (await browser.runtime.sendMessage({ type: 'frame-request', tabId, frameId, request })) as
      | { ok: true; result: unknown }
      | { ok: false; error: string }
      | undefined;
    if (!answer) throw new Error('The background did not answer. Reload the extension page and try again.');
    if (!answer.ok) throw new Error(answer.error);
    return answer.result;
  };
}

/** Listens for "the frames or forms of this tab changed" (a wizard's Next, a page load). */
export function onTabChanged(tabId: number, listener: () => void): () => void {
  const handler = (message: unknown) => {
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'tab-changed' && (message as { tabId?: unknown }).tabId === tabId) listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

function isInsertAnswer(value: unknown): value is InsertAnswer {
  return !!value && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Inserts text at the caret of the field that has focus on the portal tab (whichever allowed frame holds it). */
export async function insertIntoFocusedField(
  tabId: number | null,
  text: string,
): Promise<{ ok: true; inserted: string; cut: boolean; boundary: string; maxLength?: number; fieldLabel: string } | { ok: false; error: string }> {
  const target = await resolvePortalTab(tabId).catch(() => undefined);
  if (target === undefined) return { ok: false, error: 'No portal tab to insert into.' };
  let status: TabStatus;
  try {
    status = await getTabStatus(target);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (!status.portal || status.frames.length === 0) return { ok: false, error: 'The current tab is not a portal page SCA Assistant works on.' };
  const send = frameSender(target);
  let lastError = 'Click into the portal text box first, then insert.';
  for (const frame of status.frames) {
    const answer = await send(frame.frameId, { op: 'insert-text', text }).catch((e: Error) => ({ ok: false as const, error: e.message }));
    if (!isInsertAnswer(answer)) continue;
    if (answer.ok) return answer;
    if (!('noFocus' in answer && answer.noFocus)) lastError = answer.error;
  }
  return { ok: false, error: lastError };
}

/**
 * The label and maxlength of the text field that has the caret on the portal tab (any allowed frame),
 * or undefined when none has it or the tab is not a portal page. Never throws: it only prefills a limit.
 */
export async function focusedFieldInfo(tabId: number | null): Promise<{ label: string; maxLength?: number } | undefined> {
  try {
    const target = await resolvePortalTab(tabId);
    if (target === undefined) return undefined;
    const status = await getTabStatus(target);
    if (!status.portal) return undefined;
    const send = frameSender(target);
    for (const frame of status.frames) {
      const answer = (await send(frame.frameId, { op: 'focused-field' }).catch(() => undefined)) as FocusedFieldAnswer | undefined;
      if (answer?.focused === true && typeof answer.label === 'string') {
        return { label: answer.label, ...(typeof answer.maxLength === 'number' && answer.maxLength > 0 ? { maxLength: answer.maxLength } : {}) };
      }
    }
  } catch {
    // No portal tab, or the background is restarting: no limit to suggest.
  }
  return undefined;
}
