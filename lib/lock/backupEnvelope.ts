// Encrypted backup files: the backup's JSON text sealed with a key derived from the passphrase
// (PBKDF2 parameters in the file), so the file opens in any browser with the passphrase alone.
import { z } from '../zod';
import { deriveKey, openText, sealText } from './crypto';

export const ENCRYPTED_BACKUP_FORMAT = 'sca-assistant-backup-encrypted';
export const ENCRYPTED_BACKUP_VERSION = 1;
/** Refuse files asking for absurd work (a hostile file could freeze the page) or too little. */
const MAX_ITERATIONS = 10_000_000;

const EnvelopeSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(1).max(MAX_ITERATIONS), salt: z.string().min(1) }),
  iv: z.string().min(1),
  data: z.string().min(1),
});
export type EncryptedBackup = z.infer<typeof EnvelopeSchema>;

/** The key and the parameters it came from (the lock's own key and salt, or fresh ones). */
export interface BackupKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
}

/** Backup text sealed into the encrypted file's text. */
export async function encryptBackupText(text: string, with_: BackupKey): Promise<string> {
  const { iv, data } = await sealText(with_.key, text);
  const envelope: EncryptedBackup = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: with_.iterations, salt: with_.salt },
    iv,
    data,
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

/** Whether the file text is an encrypted backup (cheap: looks at the format field only). */
export function isEncryptedBackup(text: string): boolean {
  try {
    const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === ENCRYPTED_BACKUP_FORMAT;
  } catch {
    return false;
  }
}

/** The backup's JSON text; throws WrongPassphraseError for a wrong passphrase, Error for a damaged file. */
export async function decryptBackupText(text: string, passphrase: string): Promise<string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('This encrypted backup is not valid JSON; the file may be cut short or damaged.');
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) throw new Error('This encrypted backup is damaged or was made by a newer version of SCA Assistant.');
  const { kdf, iv, data } = parsed.data;
  const key = await deriveKey(passphrase, kdf.salt, kdf.iterations);
  return openText(key, iv, data);
}
