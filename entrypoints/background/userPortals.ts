// Keeps the content script registered on the portals the user added, and only while the user's
// permission for that host stands. Built-in portals use the manifest's static content script.
import browser from 'webextension-polyfill';
import { getDb } from '../../lib/store/instance';
import { UserPortalSchema, userPortalOrigins, userPortalToPortal, type UserPortal } from '../../lib/portals/userPortals';
import { setUserPortals } from './portals';

const SCRIPT_ID = 'sca-user-portals';
const CONTENT_SCRIPT_FILE = 'content-scripts/portal.js';

async function storedUserPortals(): Promise<UserPortal[]> {
  const rows = await getDb().userPortals.toArray();
  return rows.flatMap((r) => {
    const p = UserPortalSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Re-reads the user's portals and makes the registered content script match exactly the granted ones. */
export async function syncUserPortals(): Promise<void> {
  const portals = await storedUserPortals();
  const granted: UserPortal[] = [];
  for (const p of portals) {
    if (await browser.permissions.contains({ origins: userPortalOrigins(p) })) granted.push(p);
  }
  setUserPortals(granted.map(userPortalToPortal));
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted.flatMap(userPortalOrigins),
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Starts the content script in a tab that was already open when its portal was added. */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
}
