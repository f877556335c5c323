// The browser window this page lives in, used to remember the active case per window. Outside an
// extension page (plain tab in a test, unit tests) there is no windows API: one shared key is used.
export const NO_WINDOW = -1;

export async function currentWindowId(): Promise<number> {
  const chromeRuntime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  if (!chromeRuntime?.id) return NO_WINDOW;
  try {
    // Imported lazily: the polyfill throws when loaded outside an extension page.
    const { default: browser } = await import('webextension-polyfill');
    const win = await browser.windows.getCurrent();
    return win.id ?? NO_WINDOW;
  } catch {
    return NO_WINDOW;
  }
}
