import { ChoiceGroup, type ChoiceGroupMeta } from './ChoiceGroup';
import type { Option } from './Select';

export type RadioGroupProps<V extends string> = ChoiceGroupMeta & {
  options: Option<V>[];
  value: V;
  onValue: (value: V) => void;
};

export function RadioGroup<V extends string>({ options, value, onValue, ...meta }: RadioGroupProps<V>) {
  return (
    <ChoiceGroup {...meta} role="radiogroup">
      {(name) =>
        options.map((o) => (
          <label class="choice" key={o.value}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onValue(o.value)} />
            <span>{o.label}</span>
          </label>
        ))
      }
    </ChoiceGroup>
  );
}
