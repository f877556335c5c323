import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../../lib/lock/crypto';
import { createCase, getCase, listCases, saveCaseOrThrow } from '../../../lib/store/cases';
import { LockedError } from '../../../lib/store/encryption';
import { changePassphrase, disableLock, enableLock, lockNow, lockStatus, unlock } from '../../../lib/store/lock';
import { addNote, listNotes, searchNotes } from '../../../lib/store/notes';
import { loadBundle } from '../../../lib/store/bundle';
import { openDatabase } from '../../../lib/store/db';
import { freshDb, storeComplete } from '../store/helpers';
import { FAST, rawRows, rawText } from './helpers';

const PASS = 'correct horse battery';

describe('encryption at rest', () => {
  it('with the lock on, IndexedDB holds no member name, note text or word index; the repositories still read it all', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    await addNote(db, b.case.id, 'Spoke with Rivera about the tachycardia referral');
    expect(await rawText(db)).toContain('Rivera');

    await enableLock(db, PASS, FAST);
    const raw = await rawRows(db);
    const text = JSON.stringify(raw);
    for (const secret of ['Rivera', 'Jordan', 'tachycardia', b.case.member.memberId]) expect(text).not.toContain(secret);
    expect(raw.cases![0]).toMatchObject({ id: b.case.id, status: b.case.status, updatedAt: b.case.updatedAt });
    // The search index is empty and the words travel inside the ciphertext.
    expect(raw.notes![0]!.recent).toEqual([]);
    expect(raw.notes![0]).not.toHaveProperty('words');

    const [summary] = await listCases(db, { search: 'rivera' });
    expect(summary?.memberName).toBe('Jordan Rivera');
    expect((await searchNotes(db, 'tachy refer')).map((h) => h.caseTitle)).toEqual([b.case.title]);
    expect(await loadBundle(db, b.case.id)).toEqual(b);
  });

  it('edits made while unlocked are stored sealed and read back', async () => {
    const db = freshDb();
    await enableLock(db, PASS, FAST);
    const c = await createCase(db, { title: 'Avery Quinn - PT' });
    const saved = await saveCaseOrThrow(db, { ...c, title: 'Avery Quinn - PT (urgent)' }, c.revision);
    await addNote(db, c.id, 'Faxed the letter');
    expect(await rawText(db)).not.toMatch(/Avery|Faxed/);
    expect(await getCase(db, c.id)).toEqual(saved);
    expect((await listNotes(db, c.id)).map((n) => n.text)).toEqual(['Faxed the letter']);
  });

  it('a page without the key cannot read or write case data until the right passphrase unlocks it', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    await enableLock(db, PASS, FAST);
    const before = await rawText(db);

    // Another page (the background) opening the same database.
    const other = openDatabase(db.name);
    // Opening the database is enough to know writes must be sealed.
    await expect(createCase(other, { title: 'Plain text' })).rejects.toBeInstanceOf(LockedError);
    await expect(other.cases.get(b.case.id)).rejects.toBeInstanceOf(LockedError);
    expect(await lockStatus(other)).toBe('locked');
    await expect(unlock(other, 'wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await lockStatus(other)).toBe('locked');
    expect(await rawText(db)).toBe(before);

    await unlock(other, PASS);
    expect(await lockStatus(other)).toBe('unlocked');
    expect((await getCase(other, b.case.id))?.member.lastName).toBe('Rivera');
    lockNow(other);
    await expect(listCases(other)).rejects.toBeInstanceOf(LockedError);
    other.close();
  });

  it('a wrong passphrase turns nothing off and changes nothing', async () => {
    const db = freshDb();
    await storeComplete(db);
    await enableLock(db, PASS, FAST);
    const before = await rawText(db);
    await expect(disableLock(db, 'not it at all')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(changePassphrase(db, 'not it at all', 'new passphrase', FAST)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await rawText(db)).toBe(before);
    expect(await lockStatus(db)).toBe('unlocked');
  });

  it('changing the passphrase reseals everything: the old one no longer unlocks, the new one does', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    await enableLock(db, PASS, FAST);
    const sealedBefore = (await rawRows(db)).cases![0]!.__enc;
    await changePassphrase(db, PASS, 'a brand new passphrase', FAST);
    expect((await rawRows(db)).cases![0]!.__enc).not.toBe(sealedBefore);
    lockNow(db);
    await expect(unlock(db, PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock(db, 'a brand new passphrase');
    // A page still holding the old key (it unlocked before the change elsewhere) is locked again.
    const stale = openDatabase(db.name);
    await unlock(stale, 'a brand new passphrase');
    await changePassphrase(db, 'a brand new passphrase', PASS, FAST);
    expect(await lockStatus(stale)).toBe('locked');
    stale.close();
    await changePassphrase(db, PASS, 'a brand new passphrase', FAST);
    lockNow(db);
    await unlock(db, 'a brand new passphrase');
    expect(await loadBundle(db, b.case.id)).toEqual(b);
  });

  it('turning the lock off restores plain rows and the note word index', async () => {
    const db = freshDb();
    const b = await storeComplete(db);
    const note = await addNote(db, b.case.id, 'Reference number 12345');
    const plain = await rawRows(db);
    await enableLock(db, PASS, FAST);
    await disableLock(db, PASS);
    expect(await lockStatus(db)).toBe('off');
    const after = await rawRows(db);
    expect(after.cases).toEqual(plain.cases);
    expect(after.notes).toEqual(plain.notes);
    expect(after.calls).toEqual(plain.calls);
    expect(after.meta).toEqual(plain.meta);
    expect(JSON.stringify(after)).not.toContain('__enc');
    expect((await searchNotes(db, 'refer')).map((h) => h.note.id)).toEqual([note.id]);
  });
});
