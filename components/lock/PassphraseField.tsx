// A passphrase input: hidden characters, no autocomplete suggestions, label and hint read with it.
import type { Ref } from 'preact';
import { FieldShell, type FieldMeta } from '../ui/FieldShell';

export type PassphraseFieldProps = FieldMeta & {
  value: string;
  onValue: (value: string) => void;
  /** "current-password" to unlock, "new-password" when setting one (lets a password manager help). */
  autoComplete?: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
};

export function PassphraseField({ value, onValue, autoComplete = 'current-password', inputRef, ...meta }: PassphraseFieldProps) {
  return (
    <FieldShell {...meta}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          ref={inputRef}
          type="password"
          value={value}
          autoComplete={autoComplete}
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
