// The options page's "Passphrase lock" section: turn the lock on (passphrase twice), change the
// passphrase, turn it off (asks the passphrase), and the idle minutes before the side panel locks.
import { useState } from 'preact/hooks';
import { WrongPassphraseError } from '../../lib/lock/crypto';
import { newPassphraseProblem, passphraseStrength, STRENGTH_HINTS } from '../../lib/lock/passphrase';
import type { ScaDatabase } from '../../lib/store/db';
import { changePassphrase, disableLock, enableLock, setIdleMinutes, type LockOptions } from '../../lib/store/lock';
import { DEFAULT_IDLE_MINUTES, readLockSettings } from '../../lib/store/lockSettings';
import { storageErrorMessage } from '../../lib/store/errors';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import { PassphraseField } from '../lock/PassphraseField';
import { Button } from '../ui/Button';

type Outcome = { kind: 'error' | 'done'; message: string } | undefined;

function describe(err: unknown, action: string): string {
  if (err instanceof WrongPassphraseError) return 'That passphrase is not right. Nothing was changed.';
  if (err instanceof Error && err.name === 'Error') return err.message;
  return storageErrorMessage(err, action);
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <p role={outcome.kind === 'error' ? 'alert' : 'status'} class={`banner ${outcome.kind === 'error' ? 'banner-error' : 'banner-info'}`}>
      {outcome.message}
    </p>
  );
}

/** Passphrase typed twice, with the strength hint and the first problem once both are typed. */
function NewPassphrase({
  value,
  repeat,
  onValue,
  onRepeat,
  label,
}: {
  value: string;
  repeat: string;
  onValue: (v: string) => void;
  onRepeat: (v: string) => void;
  label: string;
}) {
  const problem = value && repeat ? newPassphraseProblem(value, repeat) : undefined;
  return (
    <>
      <PassphraseField
        label={label}
        value={value}
        onValue={onValue}
        autoComplete="new-password"
        hint={value ? STRENGTH_HINTS[passphraseStrength(value)] : 'At least 8 characters; a few unrelated words work well.'}
      />
      <PassphraseField label="Type it again" value={repeat} onValue={onRepeat} autoComplete="new-password" warning={problem} />
    </>
  );
}

export interface LockSettingsSectionProps {
  db: ScaDatabase;
  /** Tests pass fewer PBKDF2 iterations for speed; users always get the default. */
  lockOptions?: Pick<LockOptions, 'iterations'>;
}

export function LockSettingsSection({ db, lockOptions }: LockSettingsSectionProps) {
  const settings = useLiveQueryState(() => readLockSettings(db), [db]);
  const [first, setFirst] = useState('');
  const [repeat, setRepeat] = useState('');
  const [current, setCurrent] = useState('');
  const [idle, setIdle] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);

  const run = async (action: string, work: () => Promise<void>, done: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await work();
      setFirst('');
      setRepeat('');
      setCurrent('');
      setOutcome({ kind: 'done', message: done });
    } catch (err) {
      setOutcome({ kind: 'error', message: describe(err, action) });
    } finally {
      setBusy(false);
    }
  };

  if (!settings.loaded) return null;
  const on = settings.value !== undefined;
  const idleMinutes = idle ?? settings.value?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
  const newOk = !newPassphraseProblem(first, repeat);
  const idleOk = Number.isInteger(idleMinutes) && idleMinutes >= 1 && idleMinutes <= 1440;

  return (
    <section aria-labelledby="lock-heading">
      <h2 id="lock-heading">Passphrase lock</h2>
      <p class="field-hint">
        {on
          ? 'The lock is on: cases, notes, calls and templates are encrypted in this browser. The side panel asks for the passphrase when it opens and after the idle time.'
          : 'Encrypts your cases in this browser with a passphrase. There is no way to recover the data without the passphrase, so export a backup first and keep the passphrase safe.'}
      </p>
      <OutcomeMessage outcome={outcome} />
      <div class="field">
        <label for="lock-idle">Lock the side panel after this many idle minutes</label>
        <input
          id="lock-idle"
          type="number"
          min={1}
          max={1440}
          step={1}
          value={idleMinutes}
          onInput={(e) => setIdle(e.currentTarget.valueAsNumber)}
        />
      </div>
      {!on ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (newOk && idleOk)
              void run(
                'turn the lock on',
                () => enableLock(db, first, { ...lockOptions, idleMinutes }),
                'The lock is on. Your cases are now encrypted.',
              );
          }}
        >
          <NewPassphrase label="New passphrase" value={first} repeat={repeat} onValue={setFirst} onRepeat={setRepeat} />
          <Button type="submit" variant="primary" disabled={busy || !newOk || !idleOk}>
            {busy ? 'Encrypting…' : 'Turn on the lock'}
          </Button>
        </form>
      ) : (
        <>
          <Button
            disabled={busy || !idleOk || idleMinutes === settings.value?.idleMinutes}
            onClick={() =>
              void run(
                'save the idle time',
                () => setIdleMinutes(db, idleMinutes),
                `The side panel now locks after ${idleMinutes} idle minutes.`,
              )
            }
          >
            Save idle time
          </Button>
          <PassphraseField label="Current passphrase" value={current} onValue={setCurrent} />
          <h3>Change the passphrase</h3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (newOk && current)
                void run('change the passphrase', () => changePassphrase(db, current, first, lockOptions), 'The passphrase was changed.');
            }}
          >
            <NewPassphrase label="New passphrase" value={first} repeat={repeat} onValue={setFirst} onRepeat={setRepeat} />
            <Button type="submit" disabled={busy || !newOk || !current}>
              Change passphrase
            </Button>
          </form>
          <h3>Turn the lock off</h3>
          <p class="field-hint">Decrypts everything back to plain storage in this browser. Needs the current passphrase above.</p>
          <Button
            variant="danger"
            disabled={busy || !current}
            onClick={() =>
              void run('turn the lock off', () => disableLock(db, current), 'The lock is off. Your cases are stored unencrypted again.')
            }
          >
            Turn off the lock
          </Button>
        </>
      )}
    </section>
  );
}
