import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { LockGate } from '../../components/lock/LockGate';
import { getDb } from '../../lib/store/instance';
import '../../components/theme.css';

// The same gate as the side panel's: with the lock on, the settings ask for the passphrase, forget
// the key after the idle minutes, and lock when any other page locks.
render(
  <LockGate db={getDb()}>
    <OptionsPage />
  </LockGate>,
  document.getElementById('app')!,
);
