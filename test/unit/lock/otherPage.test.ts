// Two pages of the extension, each with its own connection and its own view of the lock: one turns
// the lock on or off or changes the passphrase, and the other writes before it has heard of it.
// Every write reads the lock settings in its own transaction, so none lands on a stale view.
import { describe, expect, it } from 'vitest';
import { createCase, getCase, saveCaseOrThrow } from '../../../lib/store/cases';
import { openDatabase, type ScaDatabase } from '../../../lib/store/db';
import { LockedError, PassphraseChangedError } from '../../../lib/store/encryption';
import {
  backupKey,
  changePassphrase,
  disableLock,
  enableLock,
  lockStatus,
  passphraseChangedElsewhere,
  unlock,
} from '../../../lib/store/lock';
import { WrongPassphraseError } from '../../../lib/lock/crypto';
import { readLockSettings } from '../../../lib/store/lockSettings';
import { freshDb } from '../store/helpers';
import { FAST, rawRows, rawText } from './helpers';

const PASS = 'correct horse battery';

async function otherPage(db: ScaDatabase): Promise<ScaDatabase> {
  const other = openDatabase(db.name);
  await other.open();
  return other;
}

describe('a page that has not heard of a lock change yet', () => {
  it('cannot write a case in clear after the lock was turned on elsewhere: it is told to unlock, nothing is written', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Jordan Rivera - ABA' });
    const panel = await otherPage(db);
    expect(await lockStatus(panel)).toBe('off');
    await enableLock(db, PASS, FAST);

    await expect(createCase(panel, { title: 'Sam Lee - OT' })).rejects.toThrow(LockedError);
    expect(await rawText(db)).not.toContain('Sam Lee');
    expect((await rawRows(db)).cases).toHaveLength(1);
    expect(await lockStatus(panel)).toBe('locked');
    panel.close();
  });

  it('writes in clear after the lock was turned off elsewhere, instead of sealing with a key nobody can derive any more', async () => {
    const db = freshDb();
    const c = await createCase(db, { title: 'Jordan Rivera - ABA' });
    await enableLock(db, PASS, FAST);
    const panel = await otherPage(db);
    await unlock(panel, PASS);
    const seen = (await getCase(panel, c.id))!;
    await disableLock(db, PASS);

    await saveCaseOrThrow(panel, { ...seen, title: 'Jordan Rivera - ABA - Aetna' }, seen.revision);
    const [row] = (await rawRows(db)).cases!;
    expect(row).toMatchObject({ id: c.id, title: 'Jordan Rivera - ABA - Aetna' });
    expect(row).not.toHaveProperty('__enc');
    panel.close();
  });

  it('cannot write with the old key after the passphrase was changed elsewhere; after unlocking with the new one it can', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Jordan Rivera - ABA' });
    await enableLock(db, PASS, FAST);
    const panel = await otherPage(db);
    await unlock(panel, PASS);
    await changePassphrase(db, PASS, 'new horse battery', FAST);

    // A row sealed with the old key could never be opened again: refused, nothing written.
    await expect(createCase(panel, { title: 'Sam Lee - OT' })).rejects.toThrow(LockedError);
    expect((await rawRows(db)).cases).toHaveLength(1);
    await unlock(panel, 'new horse battery');
    const c = await createCase(panel, { title: 'Sam Lee - OT' });
    expect((await getCase(db, c.id))!.title).toBe('Sam Lee - OT');
    expect(await rawText(db)).not.toContain('Sam Lee');
    panel.close();
  });
});

describe('a page holding the old key after the passphrase was changed elsewhere', () => {
  const NEW = 'new horse battery';

  async function changedElsewhere() {
    const db = freshDb();
    const c = await createCase(db, { title: 'Jordan Rivera - ABA' });
    await enableLock(db, PASS, FAST);
    const panel = await otherPage(db);
    await unlock(panel, PASS);
    expect((await getCase(panel, c.id))!.title).toBe('Jordan Rivera - ABA');
    await changePassphrase(db, PASS, NEW, FAST);
    return { db, panel, c };
  }

  it('a read is told the passphrase was changed in another window, not that a passphrase is wrong, and the page is locked', async () => {
    const { db, panel, c } = await changedElsewhere();
    const before = await rawText(db);

    const read = getCase(panel, c.id);
    await expect(read).rejects.toThrow(PassphraseChangedError);
    await expect(read).rejects.toThrow(/changed in another window. Unlock with the new passphrase/);
    await expect(getCase(panel, c.id)).rejects.not.toThrow(WrongPassphraseError);
    expect(await lockStatus(panel)).toBe('locked');
    expect(passphraseChangedElsewhere(panel)).toBe(true);

    // Nothing is written with the old key, and nothing was lost: the data opens with the new passphrase.
    await expect(createCase(panel, { title: 'Sam Lee - OT' })).rejects.toThrow(PassphraseChangedError);
    expect(await rawText(db)).toBe(before);
    await expect(unlock(panel, PASS)).rejects.toThrow(WrongPassphraseError);
    await unlock(panel, NEW);
    expect(passphraseChangedElsewhere(panel)).toBe(false);
    expect((await getCase(panel, c.id))!.title).toBe('Jordan Rivera - ABA');
    panel.close();
  });

  it('the lock status check notices it before any read', async () => {
    const { panel } = await changedElsewhere();
    expect(await lockStatus(panel)).toBe('locked');
    expect(passphraseChangedElsewhere(panel)).toBe(true);
    await expect(createCase(panel, { title: 'Sam Lee - OT' })).rejects.toThrow(PassphraseChangedError);
    panel.close();
  });

  it('does not hand out the old key for a backup (neither passphrase would open it)', async () => {
    const { panel } = await changedElsewhere();
    await expect(backupKey(panel)).rejects.toThrow(PassphraseChangedError);
    await unlock(panel, NEW);
    expect((await backupKey(panel))!.salt).toBe((await readLockSettings(panel))!.salt);
    panel.close();
  });

  it('a page that never held a key, or locked itself, is just locked', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Jordan Rivera - ABA' });
    await enableLock(db, PASS, FAST);
    const panel = await otherPage(db);
    expect(await lockStatus(panel)).toBe('locked');
    await changePassphrase(db, PASS, NEW, FAST);
    expect(await lockStatus(panel)).toBe('locked');
    expect(passphraseChangedElsewhere(panel)).toBe(false);
    const write = createCase(panel, { title: 'Sam Lee - OT' });
    await expect(write).rejects.toThrow(LockedError);
    await expect(write).rejects.not.toThrow(PassphraseChangedError);
    panel.close();
  });
});
