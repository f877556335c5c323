// "This site is a portal": the user names a site the built-in list lacks; the browser asks for
// that one host's permission and the detector reaches its pages (UserPortalList takes both back).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { proposeUserPortal, userPortalOrigins } from '../../lib/portals/userPortals';
import { sendToBackground } from '../../lib/fill/portalClient';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';
import { UserPortalList } from './UserPortalList';
import type { PortalNotice } from './PortalNotice';

export function AddPortal({ tabId, onAdded, notify }: { tabId: number; onAdded: () => void; notify: (n: PortalNotice) => void }) {
  const db = useDb();
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const withScheme = /^https?:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
    const proposal = proposeUserPortal(withScheme, name);
    if (!proposal.ok) {
      notify({ error: true, text: proposal.error });
      return;
    }
    const portal = proposal.portal;
    // permissions.request must run in the click itself, before any other await.
    browser.permissions.request({ origins: userPortalOrigins(portal) }).then(
      async (granted) => {
        if (!granted) {
          notify({ error: true, text: `Permission for ${portal.domain} was not given, so nothing was added.` });
          return;
        }
        await db.userPortals.put(portal);
        const answer = await sendToBackground({ type: 'user-portals-changed', tabId });
        notify(
          answer?.ok === false
            ? { error: true, text: answer.error }
            : { error: false, text: `${portal.name} added. Reload its page if the form is not found.` },
        );
        setAddress('');
        setName('');
        onAdded();
      },
      (error: Error) => notify({ error: true, text: `The browser refused: ${error.message}` }),
    );
  };

  return (
    <div class="add-portal">
      <form onSubmit={add} aria-labelledby="add-portal-heading">
        <h3 id="add-portal-heading">This site is a portal</h3>
        <label for="portal-address">Portal address</label>
        <input
          id="portal-address"
          type="text"
          value={address}
          placeholder="provider.myplan.com"
          onInput={(e) => setAddress(e.currentTarget.value)}
          required
        />
        <label for="portal-name">Name (optional)</label>
        <input
          id="portal-name"
          type="text"
          value={name}
          placeholder="My plan's provider portal"
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <Button type="submit" variant="primary">
          Add portal
        </Button>
      </form>
      <UserPortalList onChanged={onAdded} notify={notify} />
    </div>
  );
}
