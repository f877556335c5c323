import type { ScaDatabase } from '../../lib/store/db';
import { getDb } from '../../lib/store/instance';
import { LockSettingsSection, type LockSettingsSectionProps } from './LockSettingsSection';

export function OptionsPage({ db, lockOptions }: { db?: ScaDatabase; lockOptions?: LockSettingsSectionProps['lockOptions'] }) {
  return (
    <main class="page">
      <h1>SCA Assistant settings</h1>
      <p>Everything you enter stays in this browser. Nothing is sent anywhere.</p>
      <LockSettingsSection db={db ?? getDb()} lockOptions={lockOptions} />
    </main>
  );
}
