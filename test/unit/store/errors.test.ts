import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageError, storageErrorMessage } from '../../../lib/store/errors';
import { requestPersistentStorage } from '../../../lib/store/persist';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageErrorMessage', () => {
  it('says the storage is full for a quota error, bare or wrapped by Dexie', () => {
    expect(storageErrorMessage(quota())).toMatch(/^Your browser's storage is full/);
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    expect(wrapped.name).toBe('AbortError');
    expect(storageErrorMessage(wrapped)).toMatch(/^Your browser's storage is full/);
    expect(storageErrorMessage({ name: 'UnknownError', inner: { name: 'QuotaExceededError' } })).toMatch(/storage is full/);
    expect(storageErrorMessage(new StorageError(quota(), 'save the case'))).toMatch(/storage is full/);
  });

  it('names the action and falls back to a generic sentence for unknown errors', () => {
    expect(storageErrorMessage(quota(), 'import the backup')).toMatch(/could not import the backup; nothing was changed/);
    expect(storageErrorMessage({ name: 'VersionError' }, 'open the cases')).toMatch(/newer version of SCA Assistant/);
    expect(storageErrorMessage(new Error('boom'))).toMatch(/storage reported an error \(Error\)/);
    expect(storageErrorMessage(undefined)).toMatch(/^Could not save your changes/);
    const loop: { name: string; cause?: unknown } = { name: 'Weird' };
    loop.cause = loop;
    expect(storageErrorMessage(loop)).toMatch(/\(Weird\)/);
  });
});

describe('requestPersistentStorage', () => {
  const storage = (persisted: boolean, grant: boolean | Error) => {
    const calls: string[] = [];
    const s = {
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => {
        calls.push('persist');
        if (grant instanceof Error) throw grant;
        return grant;
      },
    } as unknown as StorageManager;
    return { s, calls };
  };
  it('asks the browser once when not yet persisted and reports the answer', async () => {
    const a = storage(false, true);
    expect(await requestPersistentStorage(a.s)).toBe(true);
    expect(a.calls).toEqual(['persisted', 'persist']);
    const b = storage(true, false);
    expect(await requestPersistentStorage(b.s)).toBe(true);
    expect(b.calls).toEqual(['persisted']);
    expect(await requestPersistentStorage(storage(false, false).s)).toBe(false);
  });
  it('is false where the API is missing or refuses', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({} as StorageManager)).toBe(false);
    expect(await requestPersistentStorage(storage(false, new Error('private window')).s)).toBe(false);
  });
});
