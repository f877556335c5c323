// "Lock" reaches every open extension page at once: the side panel, letter tabs and the options page
// each hold their own key, and a Lock in one used to leave the others showing case data.
// BroadcastChannel links the extension's own pages (one origin) with no message through the
// background and nothing a web page can hear.

const CHANNEL = 'sca-assistant-lock';

/** Tells every other extension page to forget its key now. */
export function announceLock(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('lock');
  channel.close();
}

/** Calls `onLock` when another page locked; returns the unsubscribe. */
export function onLockAnnounced(onLock: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    if (e.data === 'lock') onLock();
  };
  return () => channel.close();
}
