// Starts the portal detector (content-scripts/portal-detector.js) in every frame of a portal tab once its
// page has loaded, in tabs already open when the extension starts, and in frames a page adds later.
import browser from 'webextension-polyfill';
import { portalForUrl } from '../../lib/portals/registry';
import { allPortals } from './portals';

const DETECTOR_FILE = '/content-scripts/portal-detector.js';

export async function isPortalUrl(url: string | undefined): Promise<boolean> {
  return !!url && /^https?:/.test(url) && !!portalForUrl(url, await allPortals());
}

/** Injects the detector into all frames of the tab (the script itself runs once per document). */
export async function injectDetector(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [DETECTOR_FILE] }).catch(() => {
    // A frame we may not touch (another site's ad) or a tab closing: nothing to do.
  });
}

/** At most one re-injection per tab this often, however many frames report loads. */
export const REINJECT_INTERVAL_MS = 1_000;
const reinjection = new Map<number, { running: Promise<void>; again: boolean }>();

/**
 * A frame of the tab loaded (a wizard step, an ad): start the detector in it. Bursts are folded into
 * one pending re-injection per tab, run at most once per REINJECT_INTERVAL_MS, so no page can make
 * the background busy by reporting loads (every request beyond the pending one is absorbed).
 */
export function reinjectDetector(tabId: number): Promise<void> {
  const pending = reinjection.get(tabId);
  if (pending) {
    pending.again = true;
    return pending.running;
  }
  const state = { running: Promise.resolve(), again: false };
  state.running = (async () => {
    try {
      do {
        state.again = false;
        await injectDetector(tabId);
        await new Promise((resolve) => setTimeout(resolve, REINJECT_INTERVAL_MS));
      } while (state.again);
    } finally {
      reinjection.delete(tabId);
    }
  })();
  reinjection.set(tabId, state);
  return state.running;
}

export function watchPortalTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // tab.url is only visible for hosts we hold permission for: the portals.
    if (change.status === 'complete') void isPortalUrl(tab.url).then((yes) => (yes ? injectDetector(tabId) : undefined));
  });
}

/** Tabs already showing a portal when the extension starts (install, update, browser start). */
export async function injectIntoOpenPortalTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) if (tab.id !== undefined && (await isPortalUrl(tab.url))) await injectDetector(tab.id);
}
