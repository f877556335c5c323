// Shows the unlock screen instead of its children while the case data is sealed and this page has
// no key, and forgets the key after the idle minutes. The key lives only in this page's memory,
// so closing the side panel locks it too. A lock in any extension page locks every other one, and
// the children unmount, so no decrypted value stays in component state.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { startIdleTimer } from '../../lib/lock/idleTimer';
import { announceLock, onLockAnnounced } from '../../lib/lock/broadcast';
import type { ScaDatabase } from '../../lib/store/db';
import { lockNow, lockStatus, passphraseChangedElsewhere, unlock, type LockStatus } from '../../lib/store/lock';
import { readLockSettings } from '../../lib/store/lockSettings';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import { UnlockScreen } from './UnlockScreen';
import { LockNowContext } from './LockNowButton';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'focusin'] as const;

export function LockGate({ db, children }: { db: ScaDatabase; children: ComponentChildren }) {
  // Re-read whenever the lock settings change, also from the options page in another tab.
  const settings = useLiveQueryState(() => readLockSettings(db), [db]);
  const [status, setStatus] = useState<LockStatus | undefined>(undefined);
  // Set when this page's key stopped matching the settings (the passphrase was changed elsewhere).
  const [passphraseChanged, setPassphraseChanged] = useState(false);
  const refresh = useCallback(
    () =>
      lockStatus(db).then(
        (s) => {
          setPassphraseChanged(s === 'locked' && passphraseChangedElsewhere(db));
          setStatus(s);
        },
        () => setStatus('locked'),
      ),
    [db],
  );
  // The first answer does not wait for the settings query (effects wait for a frame): it gates the
  // side panel's first screen.
  useLayoutEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    if (settings.loaded) void refresh();
  }, [settings.value, settings.loaded, settings.error, refresh]);

  const lockHere = useCallback(() => {
    lockNow(db);
    setPassphraseChanged(false);
    setStatus((s) => (s === 'unlocked' ? 'locked' : s));
  }, [db]);
  const lock = useCallback(() => {
    lockHere();
    announceLock();
  }, [lockHere]);
  useEffect(() => onLockAnnounced(lockHere), [lockHere]);

  const idleMinutes = settings.value?.idleMinutes;
  useEffect(() => {
    if (status !== 'unlocked' || !idleMinutes) return;
    const timer = startIdleTimer(idleMinutes, lock);
    const touch = () => timer.touch();
    for (const type of ACTIVITY) document.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const type of ACTIVITY) document.removeEventListener(type, touch, { capture: true });
    };
  }, [status, idleMinutes, lock]);

  const onUnlock = useCallback(
    async (passphrase: string) => {
      await unlock(db, passphrase);
      await refresh();
    },
    [db, refresh],
  );

  if (status === undefined) return null;
  if (status === 'locked') return <UnlockScreen onUnlock={onUnlock} passphraseChanged={passphraseChanged} />;
  // Remounted on unlock so the views read the opened data afresh. With the lock off there is nothing to lock.
  return <LockNowContext.Provider value={status === 'unlocked' ? lock : undefined}>{children}</LockNowContext.Provider>;
}
