// Encrypted backup files: the backup's JSON text sealed with a key derived from the passphrase
// (PBKDF2 parameters in the file), so the file opens in any browser with the passphrase alone.
import { z } from '../zod';
import { deriveKey, keyMatchesVerifier, makeVerifier, openText, sealText, WrongPassphraseError } from './crypto';

export const ENCRYPTED_BACKUP_FORMAT = 'sca-assistant-backup-encrypted';
export const ENCRYPTED_BACKUP_VERSION = 1;
/** Refuse files asking for absurd work (a hostile file could freeze the page) or too little. */
const MAX_ITERATIONS = 10_000_000;

/** Standard base64 (what btoa writes); anything else is a damaged file, said in words, not atob's. */
const base64 = z
  .string()
  .min(4)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/u)
  .refine((s) => s.length % 4 === 0);

const EnvelopeSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS),
    salt: base64,
  }),
  iv: base64,
  data: base64,
  /**
   * The lock's verifier sealed with the same key (files from 2026-12 on): it tells a wrong passphrase
   * from a file changed since it was made, which AES-GCM alone cannot. Older files have none.
   */
  check: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}\.[A-Za-z0-9+/]+={0,2}$/u)
    .optional(),
});

/** The right passphrase, but the sealed data does not open: the file was changed or cut short. */
export class DamagedBackupError extends Error {
  constructor() {
    super(
      'This encrypted backup is damaged: the passphrase is right, but the data in the file was changed or cut short since it was made.',
    );
    this.name = 'DamagedBackupError';
  }
}

const WRONG_OR_DAMAGED =
  'That passphrase does not open this backup, or the file was changed since it was made (a file this old cannot tell which). Nothing was imported.';

const FIELD_NAMES: Record<string, string> = {
  salt: 'its key salt',
  iv: 'its IV',
  data: 'its sealed data',
  check: 'its passphrase check',
  iterations: 'its key iterations',
};
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
    check: await makeVerifier(with_.key),
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
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.at(-1);
    const name = typeof field === 'string' ? FIELD_NAMES[field] : undefined;
    throw new Error(
      name
        ? `This encrypted backup is damaged: ${name} is not valid. Nothing was imported.`
        : 'This encrypted backup is damaged or was made by a newer version of SCA Assistant.',
    );
  }
  const { kdf, iv, data, check } = parsed.data;
  const key = await deriveKey(passphrase, kdf.salt, kdf.iterations);
  if (check !== undefined && !(await keyMatchesVerifier(key, check))) throw new WrongPassphraseError();
  try {
    return await openText(key, iv, data);
  } catch (error) {
    // With a check that opened, the key is right: the data is what changed.
    if (!(error instanceof WrongPassphraseError)) throw error;
    // A file from before the check cannot tell a wrong passphrase from altered data: say both.
    throw check !== undefined ? new DamagedBackupError() : new WrongPassphraseError(WRONG_OR_DAMAGED);
  }
}
