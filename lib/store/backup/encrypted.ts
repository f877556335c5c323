// Reading a backup file that may be encrypted (made while the passphrase lock was on).
import { decryptBackupText, isEncryptedBackup } from '../../lock/backupEnvelope';
import { WrongPassphraseError } from '../../lock/crypto';
import { parseBackup, type ParseBackupResult } from './format';

/** `needsPassphrase`: the file is encrypted and no passphrase, or a wrong one, was given. */
export type ReadBackupResult = ParseBackupResult | { ok: false; error: string; needsPassphrase: true };

/** Parses a backup file's text, opening an encrypted one with `passphrase`. Never throws. */
export async function readBackupFile(text: string, passphrase?: string): Promise<ReadBackupResult> {
  if (!isEncryptedBackup(text)) return parseBackup(text);
  if (!passphrase)
    return { ok: false, needsPassphrase: true, error: 'This backup is encrypted. Enter the passphrase that was set when it was made.' };
  try {
    return parseBackup(await decryptBackupText(text, passphrase));
  } catch (err) {
    if (err instanceof WrongPassphraseError) {
      const plain = err.message === new WrongPassphraseError().message;
      return {
        ok: false,
        needsPassphrase: true,
        error: plain ? 'That passphrase does not open this backup. Nothing was imported; check it and try again.' : err.message,
      };
    }
    return { ok: false, error: err instanceof Error ? err.message : 'The encrypted backup could not be read.' };
  }
}
