// Routes runtime messages: content scripts report frames; extension pages ask about tabs and send
// requests to allowed frames. Anything that fails validation or comes from the wrong sender is dropped.
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentToBackgroundSchema, PageToBackgroundSchema, type TabStatus } from '../../lib/protocol/background';
import { EXTRAS_OPS } from '../../lib/protocol/frames';
import { decideFrames, originOfSender } from '../../lib/portals/frames';
import { allPortals } from './portals';
import { forgetFrame, framesOf, rememberFrame } from './frames';
import { syncUserPortals } from './userPortals';
import { checkFollowUps } from './followUps';
import { injectDetector, reinjectDetector } from './injection';

function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

function isContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.tab && typeof sender.frameId === 'number' && !isExtensionPage(sender);
}

export async function tabStatus(tabId: number): Promise<TabStatus> {
  const decision = decideFrames(await framesOf(tabId), await allPortals());
  return {
    tabId,
    portal: decision.portal ? { id: decision.portal.id, name: decision.portal.name } : undefined,
    frames: decision.allowed.map((f) => ({ frameId: f.frameId, origin: f.origin, portalId: decision.portal!.id, controls: f.controls })),
    refusedFrames: decision.refused.length,
  };
}

const FILL_CODE_FILE = '/portal-fill.js';
/** Undo, reference capture and text insert, injected for the requests that use them (out of the fill code's size budget). */
const EXTRAS_FILE = '/portal-extras.js';

/** Injects the fill code into the frame unless it answers already (once per document). */
async function ensureFillCode(tabId: number, frameId: number): Promise<void> {
  const pong = await browser.tabs.sendMessage(tabId, { op: 'ping' }, { frameId }).catch(() => undefined);
  if (pong) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FILL_CODE_FILE] });
}

/** Sends a request to one frame, only when that frame belongs to the tab's portal. */
export async function sendToAllowedFrame(tabId: number, frameId: number, request: unknown): Promise<unknown> {
  const status = await tabStatus(tabId);
  if (!status.frames.some((f) => f.frameId === frameId)) {
    throw new Error('That frame is not part of the portal on this tab, so SCA Assistant will not act on it.');
  }
  try {
    await ensureFillCode(tabId, frameId);
    const op = (request as { op?: unknown } | undefined)?.op;
    if (typeof op === 'string' && EXTRAS_OPS.includes(op)) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EXTRAS_FILE] });
    return await browser.tabs.sendMessage(tabId, request, { frameId });
  } catch (error) {
    await forgetFrame(tabId, frameId);
    throw new Error('The portal page changed or closed before it could answer. Reload the page and try again.', { cause: error });
  }
}

async function notifyPages(tabId: number) {
  await browser.runtime.sendMessage({ type: 'tab-changed', tabId }).catch(() => {
    // No extension page is open: nothing to tell.
  });
}

export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (isContentScript(sender)) {
    const parsed = ContentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const tabId = sender.tab!.id!;
    if (parsed.data.type === 'frame-loaded') {
      void reinjectDetector(tabId);
      return Promise.resolve({ ok: true });
    }
    const frame = {
      frameId: sender.frameId!,
      origin: originOfSender((sender as { origin?: string }).origin, sender.url),
      url: sender.url ?? '',
      controls: parsed.data.controls,
    };
    return rememberFrame(tabId, frame).then(() => notifyPages(tabId)).then(() => ({ ok: true }));
  }
  if (isExtensionPage(sender)) {
    const parsed = PageToBackgroundSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const m = parsed.data;
    switch (m.type) {
      case 'tab-status':
      case 'list-frames':
        return tabStatus(m.tabId);
      case 'user-portals-changed':
        return syncUserPortals()
          .then(() => (m.tabId !== undefined ? injectDetector(m.tabId) : undefined))
          .then(
            () => ({ ok: true }),
            (error: Error) => ({ ok: false, error: `The portal was saved, but its page could not be prepared: ${error.message}` }),
          );
      case 'follow-ups-changed':
        return checkFollowUps().then((due) => ({ ok: true, due }));
      case 'frame-request':
        return sendToAllowedFrame(m.tabId, m.frameId, m.request).then(
          (result) => ({ ok: true, result }),
          (error: Error) => ({ ok: false, error: error.message }),
        );
    }
  }
  return undefined;
}
