import { ChoiceGroup, type ChoiceGroupMeta } from './ChoiceGroup';
import type { Option } from './Select';

export type CheckboxGroupProps<V extends string> = ChoiceGroupMeta & {
  options: Option<V>[];
  values: readonly V[];
  onValues: (values: V[]) => void;
};

export function CheckboxGroup<V extends string>({ options, values, onValues, ...meta }: CheckboxGroupProps<V>) {
  const toggle = (v: V, on: boolean) => {
    // Keep the options' order so saved arrays do not depend on click order.
    onValues(options.map((o) => o.value).filter((o) => (o === v ? on : values.includes(o))));
  };
  return (
    <ChoiceGroup {...meta}>
      {(name) =>
        options.map((o) => (
          <label class="choice" key={o.value}>
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={values.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />
            <span>{o.label}</span>
          </label>
        ))
      }
    </ChoiceGroup>
  );
}
