// The frames each tab's content scripts have reported, kept in storage.session (trusted contexts
// only, survives service-worker restarts, gone with the browser session). Holds no case data.
import browser from 'webextension-polyfill';
import type { KnownFrame } from '../../lib/portals/frames';
import { portalForUrl, type Portal } from '../../lib/portals/registry';

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

/** The same page, whatever its fragment: a fragment change or a reload keeps the top document's origin and path. */
function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname && x.search === y.search;
  } catch {
    return false;
  }
}

/**
 * A document started loading in the tab. Chrome says so, with the tab's URL, when only one of its
 * iframes navigates (an ad rotating, a wizard step in a frame): forgetting the tab then left the
 * Fill screen saying "not a portal" until reload. Forget it only when the top page is another one.
 */
export function tabNavigated(tabId: number, url: string): Promise<void> {
  return serialized(async () => {
    const top = (await framesOf(tabId)).find((f) => f.frameId === 0);
    if (top && samePage(top.url, url)) return;
    await browser.storage.session.remove(key(tabId));
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialized(() => browser.storage.session.remove(key(tabId)));
}

/**
 * Drops the records of tabs whose page is no longer a portal (the user removed their own portal).
 * The browser stops telling the extension about those tabs' navigations, so the records would
 * otherwise stay until the tab closes.
 */
export function forgetTabsOutside(portals: readonly Portal[]): Promise<void> {
  return serialized(async () => {
    const stored = await browser.storage.session.get(null);
    const stale = Object.entries(stored)
      .filter(([k, frames]) => k.startsWith('frames:') && !isPortalPage(frames as KnownFrame[], portals))
      .map(([k]) => k);
    if (stale.length) await browser.storage.session.remove(stale);
  });
}

function isPortalPage(frames: KnownFrame[], portals: readonly Portal[]): boolean {
  const top = frames.find((f) => f.frameId === 0);
  // A record without its top frame yet (an iframe reported first) is judged when the top reports.
  return !top || (top.origin !== 'null' && portalForUrl(top.origin + '/', portals) !== undefined);
}
