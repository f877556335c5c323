// Multi-line text with a character counter: portal text boxes often cap length, so people see the
// count (and the limit, when one is given) while they type.
import type { TextareaHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import { FieldShell, type FieldMeta } from './FieldShell';

export type TextAreaProps = FieldMeta & {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  /** Soft limit shown in the counter; typing past it is allowed and flagged. */
  maxChars?: number;
  textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
};

export function TextArea({ value, onValue, rows = 4, maxChars, textareaProps, ...meta }: TextAreaProps) {
  const counterId = `c${useId()}`;
  const over = maxChars !== undefined && value.length > maxChars;
  const counterText = maxChars !== undefined ? `${value.length} / ${maxChars} characters` : `${value.length} characters`;
  return (
    <FieldShell
      {...meta}
      extra={
        <span id={counterId} class="field-counter" data-over={over ? 'true' : undefined}>
          {counterText}
        </span>
      }
    >
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-describedby={[describedBy, counterId].filter(Boolean).join(' ')}
          aria-invalid={invalid || over || undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
          {...textareaProps}
        />
      )}
    </FieldShell>
  );
}
