// The sites the user added as portals, each with Remove: shown under "This site is a portal" and on
// the Fill screen of a user-added portal, so a portal can be taken back while on its own page.
import browser from 'webextension-polyfill';
import { userPortalOrigins, UserPortalSchema, type UserPortal } from '../../lib/portals/userPortals';
import { sendToBackground } from '../../lib/fill/portalClient';
import { useDb } from '../app/DbContext';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import { Button } from '../ui/Button';
import type { PortalNotice } from './PortalNotice';

export function UserPortalList({ onChanged, notify }: { onChanged: () => void; notify: (n: PortalNotice) => void }) {
  const db = useDb();
  const portals = useLiveQueryState(
    async () =>
      (await db.userPortals.toArray()).flatMap((r) => {
        const p = UserPortalSchema.safeParse(r);
        return p.success ? [p.data] : [];
      }),
    [db],
  );

  const remove = async (portal: UserPortal) => {
    // The permission first: if the browser refuses, the portal stays listed and usable.
    try {
      await browser.permissions.remove({ origins: userPortalOrigins(portal) });
    } catch (e) {
      notify({ error: true, text: `The browser kept its permission for ${portal.domain}: ${(e as Error).message}` });
      return;
    }
    await db.userPortals.delete(portal.id);
    await sendToBackground({ type: 'user-portals-changed' }).catch(() => undefined);
    notify({ error: false, text: `${portal.name} removed, with its permission.` });
    onChanged();
  };

  if (!portals.value || portals.value.length === 0) return null;
  return (
    <section class="user-portals" aria-labelledby="user-portals-heading">
      <h3 id="user-portals-heading">Portals you added</h3>
      <ul aria-labelledby="user-portals-heading">
        {portals.value.map((p) => (
          <li key={p.id}>
            {p.name} <span class="muted">({p.domain})</span>{' '}
            <Button size="sm" variant="ghost" onClick={() => remove(p)} aria-label={`Remove ${p.name}`}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
