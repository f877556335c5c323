// Shown instead of the workspace while the case data is sealed and this page has no key.
// A wrong passphrase only says so; nothing here can erase or reset data.
import { useEffect, useRef, useState } from 'preact/hooks';
import { WrongPassphraseError } from '../../lib/lock/crypto';
import { Button } from '../ui/Button';
import { PassphraseField } from './PassphraseField';

export interface UnlockScreenProps {
  /** Resolves when unlocked; rejects with WrongPassphraseError for a wrong passphrase. */
  onUnlock: (passphrase: string) => Promise<void>;
  /** This page was open when the passphrase was changed in another window: ask for the new one. */
  passphraseChanged?: boolean;
}

export function UnlockScreen({ onUnlock, passphraseChanged = false }: UnlockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError('');
    try {
      await onUnlock(passphrase);
    } catch (err) {
      setError(
        err instanceof WrongPassphraseError
          ? 'That passphrase is not right. Nothing was changed; try again.'
          : err instanceof Error
            ? err.message
            : 'Could not unlock.',
      );
      setPassphrase('');
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="app-main unlock-screen">
      <h1>SCA Assistant is locked</h1>
      <p>Your cases are encrypted in this browser. Enter your passphrase to open them.</p>
      {passphraseChanged && (
        <p role="status" class="banner banner-warning">
          The passphrase was changed in another window. Unlock with the new passphrase.
        </p>
      )}
      <form onSubmit={submit}>
        <PassphraseField label="Passphrase" value={passphrase} onValue={setPassphrase} inputRef={input} />
        {error && (
          <p role="alert" class="banner banner-error">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={!passphrase || busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </Button>
      </form>
      <details>
        <summary>Forgot passphrase?</summary>
        <p class="field-hint">
          The passphrase is the only key to your encrypted cases; it is not stored anywhere, so without it they cannot be recovered, by you
          or anyone else. Try the passphrases you usually use. A backup exported before the lock was turned on can still be imported
          elsewhere.
        </p>
      </details>
    </main>
  );
}
