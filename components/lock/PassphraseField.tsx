// A passphrase input: hidden characters, no autocomplete suggestions, label and hint read with it.
import type { Ref } from 'preact';
import type { FieldMeta } from '../ui/FieldShell';
import { TextField } from '../ui/TextField';

export type PassphraseFieldProps = FieldMeta & {
  value: string;
  onValue: (value: string) => void;
  /** "current-password" to unlock, "new-password" when setting one (lets a password manager help). */
  autoComplete?: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
};

export function PassphraseField({ autoComplete = 'current-password', ...rest }: PassphraseFieldProps) {
  return <TextField {...rest} type="password" autoComplete={autoComplete} />;
}
