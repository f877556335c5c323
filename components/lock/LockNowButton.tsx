// "Lock" in the side panel's header, shown only while the passphrase lock is on and open: for an
// office where someone walks away from the screen before the idle minutes run out.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { Button } from '../ui/Button';

/** Locks the panel now; undefined when the lock is off (LockGate provides it). */
export const LockNowContext = createContext<(() => void) | undefined>(undefined);

export function LockNowButton() {
  const lock = useContext(LockNowContext);
  if (!lock) return null;
  return (
    <Button size="sm" variant="ghost" onClick={lock} title="Lock SCA Assistant now: the passphrase is asked again">
      Lock
    </Button>
  );
}
