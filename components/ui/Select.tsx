import { FieldShell, type FieldMeta } from './FieldShell';

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Options from a label table such as STATUS_LABELS, in the table's order. */
export function optionsFrom<V extends string>(labels: Record<V, string>): Option<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

export type SelectProps<V extends string> = FieldMeta & {
  value: V;
  onValue: (value: V) => void;
  options: Option<V>[];
  /** Adds a first, empty choice with this text (for optional selections). */
  placeholder?: string;
};

export function Select<V extends string>({ value, onValue, options, placeholder, ...meta }: SelectProps<V>) {
  return (
    <FieldShell {...meta}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onValue(e.currentTarget.value as V)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
