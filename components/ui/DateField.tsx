// A calendar date as YYYY-MM-DD (the schema's isoDate), through the browser's native date input.
import { FieldShell, type FieldMeta } from './FieldShell';

export type DateFieldProps = FieldMeta & { value: string; onValue: (value: string) => void; min?: string; max?: string };

export function DateField({ value, onValue, min, max, ...meta }: DateFieldProps) {
  return (
    <FieldShell {...meta}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="date"
          value={value}
          min={min}
          max={max}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
