// The browser window this page lives in, used to remember the active case per window. Outside an
// extension page (plain tab in a test, unit tests) there is no windows API: one shared key is used.
import { browser } from 'wxt/browser';

export const NO_WINDOW = -1;

export async function currentWindowId(): Promise<number> {
  const chromeRuntime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  if (!chromeRuntime?.id) return NO_WINDOW;
  try {
    // The browser's own API (not the polyfill, which would load on the panel's first paint).
    const win = await browser.windows.getCurrent();
    return win.id ?? NO_WINDOW;
  } catch {
    return NO_WINDOW;
  }
}
