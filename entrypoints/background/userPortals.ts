// The portals the user added count only while the user's permission for that host stands; the
// detector reaches their pages the same way as the built-in portals' (injection.ts).
import browser from 'webextension-polyfill';
import { getDb } from '../../lib/store/instance';
import { UserPortalSchema, userPortalOrigins, userPortalToPortal, type UserPortal } from '../../lib/portals/userPortals';
import { setUserPortals } from './portals';

async function storedUserPortals(): Promise<UserPortal[]> {
  const rows = await getDb().userPortals.toArray();
  return rows.flatMap((r) => {
    const p = UserPortalSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Re-reads the user's portals, keeping those whose host permission the user still grants. */
export async function syncUserPortals(): Promise<void> {
  const portals = await storedUserPortals();
  const granted: UserPortal[] = [];
  for (const p of portals) {
    if (await browser.permissions.contains({ origins: userPortalOrigins(p) })) granted.push(p);
  }
  setUserPortals(granted.map(userPortalToPortal));
}
