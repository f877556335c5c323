// A whole or decimal number; an empty box means "not known" (undefined), not zero.
import { FieldShell, type FieldMeta } from './FieldShell';

export type NumberFieldProps = FieldMeta & {
  value: number | undefined;
  onValue: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
};

export function NumberField({ value, onValue, min, max, step, ...meta }: NumberFieldProps) {
  return (
    <FieldShell {...meta}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode={step && step < 1 ? 'decimal' : 'numeric'}
          value={value ?? ''}
          min={min}
          max={max}
          step={step}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => {
            const raw = e.currentTarget.value.trim();
            const n = raw === '' ? undefined : Number(raw);
            onValue(n === undefined || Number.isNaN(n) ? undefined : n);
          }}
        />
      )}
    </FieldShell>
  );
}
