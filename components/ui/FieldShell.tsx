// Label, hint and warning around one control; hands the control the ids it must reference so the
// hint and warning are read with it (aria-describedby). Warnings inform, they never block.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldMeta {
  label: string;
  hint?: string;
  warning?: string;
  /** Hide the label visually (still read by screen readers), for compact rows with a group legend. */
  hideLabel?: boolean;
  id?: string;
}

export interface ControlIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export function FieldShell(props: FieldMeta & { children: (ids: ControlIds) => ComponentChildren; extra?: ComponentChildren }) {
  const autoId = useId();
  const id = props.id ?? `f${autoId}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const warningId = props.warning ? `${id}-warning` : undefined;
  const describedBy = [hintId, warningId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.children({ id, describedBy, invalid: Boolean(props.warning) })}
      <FieldNotes hint={props.hint} hintId={hintId} warning={props.warning} warningId={warningId} />
      {props.extra}
    </div>
  );
}

/** A field's hint and validation warning, with the ids its control is described by. */
export function FieldNotes({ hint, hintId, warning, warningId }: { hint?: string; hintId?: string; warning?: string; warningId?: string }) {
  return (
    <>
      {hint && (
        <span id={hintId} class="field-hint">
          {hint}
        </span>
      )}
      {warning && (
        <span id={warningId} class="field-warning">
          {warning}
        </span>
      )}
    </>
  );
}
