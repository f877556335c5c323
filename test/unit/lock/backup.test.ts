import { describe, expect, it } from 'vitest';
import { exportAll, exportCase, readBackupFile } from '../../../lib/store/backup';
import { listCases } from '../../../lib/store/cases';
import { enableLock, lockNow } from '../../../lib/store/lock';
import { LockedError } from '../../../lib/store/encryption';
import { ENCRYPTED_BACKUP_FORMAT } from '../../../lib/lock/backupEnvelope';
import { listNotes, addNote } from '../../../lib/store/notes';
import { freshDb, importFile, snapshot, storeComplete } from '../store/helpers';
import { FAST } from './helpers';

const PASS = 'correct horse battery';

describe('backups with the lock on', () => {
  it('are encrypted files that import elsewhere with the passphrase', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    await addNote(db, b.case.id, 'Rivera prefers mornings');
    await enableLock(db, PASS, FAST);
    const text = await exportAll(db);
    expect(text).not.toMatch(/Rivera|Jordan/);
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: ENCRYPTED_BACKUP_FORMAT,
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST.iterations },
    });
    expect(typeof file.iv).toBe('string');
    expect(typeof file.data).toBe('string');

    const other = freshDb();
    const needs = await readBackupFile(text);
    expect(needs).toMatchObject({ ok: false, needsPassphrase: true });
    const result = await importFile(other, text, PASS);
    expect(result.ok).toBe(true);
    expect((await listCases(other)).map((c) => c.memberName)).toEqual(['Jordan Rivera']);
    expect((await listNotes(other, b.case.id)).map((n) => n.text)).toEqual(['Rivera prefers mornings']);
  });

  it('a wrong passphrase on import says so and writes nothing', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    await enableLock(db, PASS, FAST);
    const text = await exportCase(db, b.case.id);
    const other = freshDb();
    const before = await snapshot(other);
    const result = await importFile(other, text, 'not the passphrase');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/passphrase does not open this backup/) });
    expect(await snapshot(other)).toEqual(before);
  });

  it('a damaged encrypted file is refused without writing', async () => {
    const db = freshDb();
    await storeComplete(db);
    await enableLock(db, PASS, FAST);
    const file = JSON.parse(await exportAll(db));
    file.data = file.data.slice(0, -8) + 'AAAAAAAA';
    const other = freshDb();
    const result = await importFile(other, JSON.stringify(file), PASS);
    expect(result.ok).toBe(false);
    expect(await listCases(other)).toEqual([]);
  });

  it('cannot be made while locked, and plain backups stay plain with the lock off', async () => {
    const db = freshDb();
    await storeComplete(db);
    expect(await exportAll(db)).toContain('Rivera');
    await enableLock(db, PASS, FAST);
    lockNow(db);
    await expect(exportAll(db)).rejects.toBeInstanceOf(LockedError);
  });
});
