// A backup that cannot be read says what is wrong with it in words: never atob's or the JSON
// parser's own message, never "wrong passphrase" for a file that was changed.
import { describe, expect, it } from 'vitest';
import { exportAll, readBackupFile } from '../../../lib/store/backup';
import { enableLock } from '../../../lib/store/lock';
import { freshDb, storeComplete } from '../store/helpers';
import { FAST } from './helpers';

const PASS = 'correct horse battery';

async function encryptedFile(): Promise<Record<string, unknown> & { kdf: Record<string, unknown>; data: string }> {
  const db = freshDb();
  await storeComplete(db);
  await enableLock(db, PASS, FAST);
  return JSON.parse(await exportAll(db));
}

describe('messages for backups that cannot be read', () => {
  it("names the damaged part of an encrypted file instead of the browser's base64 error", async () => {
    const file = await encryptedFile();
    file.kdf.salt = 'not base64!';
    const result = await readBackupFile(JSON.stringify(file), PASS);
    expect(result).toEqual({ ok: false, error: 'This encrypted backup is damaged: its key salt is not valid. Nothing was imported.' });
  });

  it('tells data changed since the export from a wrong passphrase', async () => {
    const file = await encryptedFile();
    expect(typeof file.check).toBe('string');
    const changed = { ...file, data: 'AAAA' + file.data.slice(4) };
    expect(await readBackupFile(JSON.stringify(changed), PASS)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This encrypted backup is damaged: the passphrase is right/),
    });
    expect(await readBackupFile(JSON.stringify(file), 'not the passphrase')).toMatchObject({
      ok: false,
      needsPassphrase: true,
      error: expect.stringMatching(/^That passphrase does not open this backup\. Nothing/),
    });
  });

  it('says both for a file from before the passphrase check (it cannot tell which)', async () => {
    const { check: _, ...older } = await encryptedFile();
    const changed = { ...older, data: 'AAAA' + older.data.slice(4) };
    expect(await readBackupFile(JSON.stringify(changed), PASS)).toMatchObject({
      ok: false,
      needsPassphrase: true,
      error: expect.stringMatching(/or the file was changed since it was made/),
    });
    expect((await readBackupFile(JSON.stringify(older), PASS)).ok).toBe(true);
  });

  it('says a file nested 100,000 deep is nested too deep, not that it is not JSON', async () => {
    const deep = `{"format":"sca-assistant-backup","version":1,"cases":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(await readBackupFile(deep)).toEqual({
      ok: false,
      error: 'The backup is nested deeper than any real backup; the file is damaged.',
    });
    // Brackets inside strings are text, not nesting.
    const text = JSON.stringify({ format: 'sca-assistant-backup', version: 1, note: '['.repeat(1_000) });
    expect(await readBackupFile(text)).not.toMatchObject({ error: expect.stringMatching(/nested/) });
  });
});
