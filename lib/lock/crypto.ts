// The passphrase lock's cryptography, all WebCrypto: PBKDF2-SHA256 turns the passphrase into a
// non-extractable AES-GCM 256 key; each record is sealed with its own random 96-bit IV.

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; tests pass fewer for speed, never the UI. */
export const DEFAULT_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** Sealed with the key to check a passphrase without touching any case data. */
const VERIFIER_PLAINTEXT = 'sca-assistant-lock-verifier-v1';

/** A wrong passphrase (or damaged ciphertext): AES-GCM's tag check failed, nothing was decrypted. */
export class WrongPassphraseError extends Error {
  constructor(message = 'That passphrase is not the right one. Nothing was changed; try again.') {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function randomSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
}

/** The AES-GCM key for a passphrase and a base64 salt; non-extractable, so it never leaves WebCrypto. */
export async function deriveKey(passphrase: string, salt: string, iterations = DEFAULT_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Text sealed with a fresh IV, both base64. */
export async function sealText(key: CryptoKey, text: string): Promise<{ iv: string; data: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)));
  return { iv: toBase64(iv), data: toBase64(sealed) };
}

/** Opens sealed text; throws WrongPassphraseError when the key does not fit or the text was altered. */
export async function openText(key: CryptoKey, iv: string, data: string): Promise<string> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data));
  } catch {
    throw new WrongPassphraseError();
  }
  return new TextDecoder().decode(plain);
}

/** One-string form for stored records: "<iv>.<ciphertext and tag>", base64. */
export async function encryptText(key: CryptoKey, text: string): Promise<string> {
  const { iv, data } = await sealText(key, text);
  return `${iv}.${data}`;
}

export async function decryptText(key: CryptoKey, payload: string): Promise<string> {
  const dot = payload.indexOf('.');
  if (dot < 0) throw new WrongPassphraseError();
  return openText(key, payload.slice(0, dot), payload.slice(dot + 1));
}

export async function encryptJson(key: CryptoKey, value: unknown): Promise<string> {
  return encryptText(key, JSON.stringify(value));
}

export async function decryptJson<T = unknown>(key: CryptoKey, payload: string): Promise<T> {
  return JSON.parse(await decryptText(key, payload)) as T;
}

/** The verifier stored beside the salt: a known constant sealed with the key. */
export function makeVerifier(key: CryptoKey): Promise<string> {
  return encryptText(key, VERIFIER_PLAINTEXT);
}

/** Whether the key opens the verifier (the passphrase is right). */
export async function keyMatchesVerifier(key: CryptoKey, verifier: string): Promise<boolean> {
  try {
    return (await decryptText(key, verifier)) === VERIFIER_PLAINTEXT;
  } catch {
    return false;
  }
}
