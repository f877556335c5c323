// Shared frame of CheckboxGroup and RadioGroup: a fieldset whose legend names the group, with the
// hint and warning described on the fieldset itself.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { FieldNotes } from './FieldShell';

export interface ChoiceGroupMeta {
  legend: string;
  hint?: string;
  warning?: string;
}

export function ChoiceGroup(props: ChoiceGroupMeta & { children: (name: string) => ComponentChildren; role?: 'radiogroup' | 'group' }) {
  const id = `g${useId()}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const warningId = props.warning ? `${id}-warning` : undefined;
  return (
    <fieldset
      class="field"
      role={props.role}
      aria-labelledby={`${id}-legend`}
      aria-describedby={[hintId, warningId].filter(Boolean).join(' ') || undefined}
    >
      <legend id={`${id}-legend`}>{props.legend}</legend>
      {props.children(id)}
      <FieldNotes hint={props.hint} hintId={hintId} warning={props.warning} warningId={warningId} />
    </fieldset>
  );
}
