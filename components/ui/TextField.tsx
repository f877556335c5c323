import type { Ref } from 'preact';
import { FieldShell, type FieldMeta } from './FieldShell';

export type TextFieldProps = FieldMeta & {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'search' | 'email' | 'tel' | 'password';
  placeholder?: string;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  maxLength?: number;
  onKeyDown?: (e: KeyboardEvent) => void;
};

export function TextField({
  value,
  onValue,
  type = 'text',
  placeholder,
  autoComplete = 'off',
  inputRef,
  onKeyDown,
  maxLength,
  ...meta
}: TextFieldProps) {
  return (
    <FieldShell {...meta}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          ref={inputRef}
          // Preact's input types are a union keyed on type; one literal keeps the checker happy.
          type={type as 'text'}
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          autoComplete={autoComplete}
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      )}
    </FieldShell>
  );
}
