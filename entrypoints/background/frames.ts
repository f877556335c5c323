// The frames each tab's content scripts have reported, kept in storage.session (trusted contexts
// only, survives service-worker restarts, gone with the browser session). Holds no case data.
import browser from 'webextension-polyfill';
import type { KnownFrame } from '../../lib/portals/frames';

const key = (tabId: number) => `frames:${tabId}`;

export async function framesOf(tabId: number): Promise<KnownFrame[]> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as KnownFrame[] | undefined) ?? [];
}

// Updates are read-modify-write: frames of one page report at the same moment, and two
// interleaved updates would drop one frame (seen: the portal's top frame lost to its iframe's report).
let updates: Promise<unknown> = Promise.resolve();
function serialized(update: () => Promise<void>): Promise<void> {
  const next = updates.then(update);
  updates = next.catch(() => {});
  return next;
}

export function rememberFrame(tabId: number, frame: KnownFrame): Promise<void> {
  return serialized(async () => {
    const frames = (await framesOf(tabId)).filter((f) => f.frameId !== frame.frameId);
    frames.push(frame);
    frames.sort((a, b) => a.frameId - b.frameId);
    await browser.storage.session.set({ [key(tabId)]: frames });
  });
}

export function forgetFrame(tabId: number, frameId: number): Promise<void> {
  return serialized(async () => {
    const frames = (await framesOf(tabId)).filter((f) => f.frameId !== frameId);
    await browser.storage.session.set({ [key(tabId)]: frames });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialized(() => browser.storage.session.remove(key(tabId)));
}
