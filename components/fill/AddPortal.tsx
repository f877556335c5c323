// "This site is a portal": the user names a site the built-in list lacks; the browser asks for
// that one host's permission and the content script is registered for it. Removing it takes both back.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { proposeUserPortal, userPortalOrigins, UserPortalSchema, type UserPortal } from '../../lib/portals/userPortals';
import { useDb } from '../app/DbContext';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import { Button } from '../ui/Button';

export function AddPortal({ tabId, onAdded }: { tabId: number; onAdded: () => void }) {
  const db = useDb();
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>(undefined);
  const portals = useLiveQueryState(
    async () => (await db.userPortals.toArray()).flatMap((r) => {
      const p = UserPortalSchema.safeParse(r);
      return p.success ? [p.data] : [];
    }),
    [db],
  );

  const add = (e: Event) => {
    e.preventDefault();
    const withScheme = /^https?:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
    const proposal = proposeUserPortal(withScheme, name);
    if (!proposal.ok) {
      setMessage({ error: true, text: proposal.error });
      return;
    }
    const portal = proposal.portal;
    // permissions.request must run in the click itself, before any other await.
    browser.permissions.request({ origins: userPortalOrigins(portal) }).then(
      async (granted) => {
        if (!granted) {
          setMessage({ error: true, text: `Permission for ${portal.domain} was not given, so nothing was added.` });
          return;
        }
        await db.userPortals.put(portal);
        const answer = (await browser.runtime.sendMessage({ type: 'user-portals-changed', tabId })) as { ok: boolean; error?: string } | undefined;
        setMessage(answer?.ok === false ? { error: true, text: answer.error ?? 'The portal was saved but could not be prepared.' } : { error: false, text: `${portal.name} added. Reload its page if the form is not found.` });
        setAddress('');
        setName('');
        onAdded();
      },
      (error: Error) => setMessage({ error: true, text: `The browser refused: ${error.message}` }),
    );
  };

  const remove = async (portal: UserPortal) => {
    await browser.permissions.remove({ origins: userPortalOrigins(portal) }).catch(() => false);
    await db.userPortals.delete(portal.id);
    await browser.runtime.sendMessage({ type: 'user-portals-changed' }).catch(() => undefined);
    setMessage({ error: false, text: `${portal.name} removed, with its permission.` });
    onAdded();
  };

  return (
    <div class="add-portal">
      <form onSubmit={add} aria-labelledby="add-portal-heading">
        <h3 id="add-portal-heading">This site is a portal</h3>
        <label for="portal-address">Portal address</label>
        <input id="portal-address" type="text" value={address} placeholder="provider.myplan.com" onInput={(e) => setAddress(e.currentTarget.value)} required />
        <label for="portal-name">Name (optional)</label>
        <input id="portal-name" type="text" value={name} placeholder="My plan's provider portal" onInput={(e) => setName(e.currentTarget.value)} />
        <Button type="submit" variant="primary">Add portal</Button>
      </form>
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>{message.text}</p>}
      {portals.value && portals.value.length > 0 && (
        <ul class="user-portals" aria-label="Portals you added">
          {portals.value.map((p) => (
            <li key={p.id}>
              {p.name} <span class="muted">({p.domain})</span>{' '}
              <Button size="sm" variant="ghost" onClick={() => remove(p)} aria-label={`Remove ${p.name}`}>Remove</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
