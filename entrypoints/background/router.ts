// Routes runtime messages: content scripts report frames; extension pages ask about tabs and send
// requests to allowed frames. Anything that fails validation or comes from the wrong sender is dropped.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  ContentToBackgroundSchema,
  PageToBackgroundSchema,
  type BackgroundAnswer,
  type BackgroundProtocol,
  type BackgroundType,
  type ContentType,
  type PageType,
  type TabChanged,
  type TabStatus,
} from '../../lib/protocol/background';
import { EXTRAS_OPS, type FrameRequest } from '../../lib/protocol/frames';
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

/** Sends a request to one frame's fill code; the answer is raw, read by whoever asked (frameAnswers.ts). */
function askFrame(tabId: number, frameId: number, request: FrameRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId });
}

/** Injects the fill code into the frame unless it answers already (once per document). */
async function ensureFillCode(tabId: number, frameId: number): Promise<void> {
  const pong = await askFrame(tabId, frameId, { op: 'ping' }).catch(() => undefined);
  if (pong) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FILL_CODE_FILE] });
}

/** Sends a request to one frame, only when that frame belongs to the tab's portal. */
export async function sendToAllowedFrame(tabId: number, frameId: number, request: FrameRequest): Promise<unknown> {
  const status = await tabStatus(tabId);
  if (!status.frames.some((f) => f.frameId === frameId)) {
    throw new Error('That frame is not part of the portal on this tab, so SCA Assistant will not act on it.');
  }
  try {
    await ensureFillCode(tabId, frameId);
    if (EXTRAS_OPS.includes(request.op))
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EXTRAS_FILE] });
    return await askFrame(tabId, frameId, request);
  } catch (error) {
    await forgetFrame(tabId, frameId);
    throw new Error('The portal page changed or closed before it could answer. Reload the page and try again.', { cause: error });
  }
}

async function notifyPages(tabId: number) {
  const changed: TabChanged = { type: 'tab-changed', tabId };
  await browser.runtime.sendMessage(changed).catch(() => {
    // No extension page is open: nothing to tell.
  });
}

type Answering<T extends BackgroundType> = (
  message: BackgroundProtocol[T]['request'],
  sender: Runtime.MessageSender,
) => Promise<BackgroundAnswer<T>>;

/** What content scripts may ask (the sender is one: it names the tab and frame). */
const fromContent: { [T in ContentType]: Answering<T> } = {
  'frame-hello': async (message, sender) => {
    const tabId = sender.tab!.id!;
    const frame = {
      frameId: sender.frameId!,
      origin: originOfSender((sender as { origin?: string }).origin, sender.url),
      url: sender.url ?? '',
      controls: message.controls,
    };
    await rememberFrame(tabId, frame);
    await notifyPages(tabId);
    return { ok: true };
  },
  'frame-loaded': async (_message, sender) => {
    // Not awaited: bursts fold into one pending re-injection per tab (injection.ts).
    void reinjectDetector(sender.tab!.id!);
    return { ok: true };
  },
};

/** What extension pages may ask. */
const fromPages: { [T in PageType]: Answering<T> } = {
  'tab-status': (m) => tabStatus(m.tabId),
  'frame-request': (m) =>
    sendToAllowedFrame(m.tabId, m.frameId, m.request).then(
      (result) => ({ ok: true, result }),
      (error: Error) => ({ ok: false, error: error.message }),
    ),
  'user-portals-changed': (m) =>
    syncUserPortals()
      .then(() => (m.tabId !== undefined ? injectDetector(m.tabId) : undefined))
      .then(
        () => ({ ok: true }),
        (error: Error) => ({ ok: false, error: `The portal was saved, but its page could not be prepared: ${error.message}` }),
      ),
  'follow-ups-changed': () => checkFollowUps().then((due) => ({ ok: true, due })),
};

// One message to its handler; `type` apart from the message so the compiler sees the pair match.
function dispatch<T extends BackgroundType>(
  handlers: { [K in T]: Answering<K> },
  type: T,
  message: BackgroundProtocol[T]['request'],
  sender: Runtime.MessageSender,
): Promise<BackgroundAnswer<T>> {
  return handlers[type](message, sender);
}

export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (isContentScript(sender)) {
    const parsed = ContentToBackgroundSchema.safeParse(message);
    return parsed.success ? dispatch(fromContent, parsed.data.type, parsed.data, sender) : undefined;
  }
  if (isExtensionPage(sender)) {
    const parsed = PageToBackgroundSchema.safeParse(message);
    return parsed.success ? dispatch(fromPages, parsed.data.type, parsed.data, sender) : undefined;
  }
  return undefined;
}
