// The browser tab the workspace acts on when it is opened as an ordinary tab (sidepanel.html?tabId=N)
// rather than as the side panel, where the active tab of the window is meant.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const PortalTabContext = createContext<number | null>(null);

/** The tab id from `?tabId=N`, or null when absent or not a whole number. */
export function readPortalTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab to act on, or null for "the active tab of this window". */
export function usePortalTab(): number | null {
  return useContext(PortalTabContext);
}
