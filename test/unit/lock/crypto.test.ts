import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ITERATIONS,
  WrongPassphraseError,
  decryptJson,
  deriveKey,
  encryptJson,
  keyMatchesVerifier,
  makeVerifier,
  randomSalt,
} from '../../../lib/lock/crypto';
import { newPassphraseProblem, passphraseStrength } from '../../../lib/lock/passphrase';

describe('lock crypto', () => {
  it('uses at least 600,000 PBKDF2 iterations by default', () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('derives a key that cannot be exported', async () => {
    const key = await deriveKey('correct horse battery', randomSalt(), 1_000);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('round-trips JSON, with a fresh IV each time, and refuses the wrong key', async () => {
    const salt = randomSalt();
    const key = await deriveKey('correct horse battery', salt, 1_000);
    const value = { member: { firstName: 'Jordan', lastName: 'Rivera' }, codes: ['F84.0'] };
    const a = await encryptJson(key, value);
    const b = await encryptJson(key, value);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Rivera');
    expect(await decryptJson(key, a)).toEqual(value);
    const wrong = await deriveKey('correct horse batterY', salt, 1_000);
    await expect(decryptJson(wrong, a)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('checks a passphrase against the verifier without any case data', async () => {
    const salt = randomSalt();
    const verifier = await makeVerifier(await deriveKey('my pass phrase', salt, 1_000));
    expect(await keyMatchesVerifier(await deriveKey('my pass phrase', salt, 1_000), verifier)).toBe(true);
    expect(await keyMatchesVerifier(await deriveKey('my pass phrasE', salt, 1_000), verifier)).toBe(false);
    expect(await keyMatchesVerifier(await deriveKey('my pass phrase', randomSalt(), 1_000), verifier)).toBe(false);
  });

  it('asks for 8+ characters typed twice the same, and rates length above symbols', () => {
    expect(newPassphraseProblem('short', 'short')).toMatch(/at least 8/);
    expect(newPassphraseProblem('long enough', 'long enougH')).toMatch(/not the same/);
    expect(newPassphraseProblem('long enough', 'long enough')).toBeUndefined();
    expect(passphraseStrength('aaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('Tr0ub4d!')).toBe('fair');
    expect(passphraseStrength('maple river lantern seven')).toBe('strong');
  });
});
