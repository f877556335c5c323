// Form fields bound to a case path: `<CaseText path="member.memberId" />`. These are thin bindings
// of the ui/ fields, kept together because each is three lines. Each control's label comes from the
// field registry (editorLabel) and its id from its path (caseFieldId), so the warning list can lead to it.
import { editorLabel, type EditorPath } from '../../lib/case/fields';
import type { FieldMeta } from '../ui/FieldShell';
import { DateField } from '../ui/DateField';
import { NumberField } from '../ui/NumberField';
import { Select, type Option } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { useCaseField } from './CaseFormContext';
import { caseFieldId } from './casePath';

type Bound = Omit<FieldMeta, 'warning' | 'label'> & { path: EditorPath };

export function CaseText({ path, type, maxLength, ...meta }: Bound & { type?: 'text' | 'email' | 'tel'; maxLength?: number }) {
  const f = useCaseField<string>(path);
  return (
    <TextField
      id={caseFieldId(path)}
      label={editorLabel(path)}
      {...meta}
      type={type}
      maxLength={maxLength}
      value={f.value ?? ''}
      onValue={f.onValue}
      warning={f.warning}
    />
  );
}

export function CaseDate({ path, ...meta }: Bound) {
  const f = useCaseField<string>(path);
  return (
    <DateField id={caseFieldId(path)} label={editorLabel(path)} {...meta} value={f.value ?? ''} onValue={f.onValue} warning={f.warning} />
  );
}

export function CaseNumber({ path, min = 0, max = 100_000, ...meta }: Bound & { min?: number; max?: number }) {
  const f = useCaseField<number | undefined>(path);
  return (
    <NumberField
      id={caseFieldId(path)}
      label={editorLabel(path)}
      {...meta}
      min={min}
      max={max}
      step={1}
      value={f.value}
      // The schema wants whole units in range; a typed fraction or overflow is corrected rather than failing the save.
      onValue={(v) => f.onValue(v === undefined ? undefined : Math.min(max, Math.max(min, Math.round(v))))}
      warning={f.warning}
    />
  );
}

export function CaseSelect<V extends string>({
  path,
  options,
  placeholder,
  ...meta
}: Bound & { options: Option<V>[]; placeholder?: string }) {
  const f = useCaseField<V>(path);
  return (
    <Select
      id={caseFieldId(path)}
      label={editorLabel(path)}
      {...meta}
      options={options}
      placeholder={placeholder}
      value={f.value}
      onValue={f.onValue}
      warning={f.warning}
    />
  );
}

export function CaseTextArea({ path, rows, maxChars, ...meta }: Bound & { rows?: number; maxChars?: number }) {
  const f = useCaseField<string>(path);
  return (
    <TextArea
      id={caseFieldId(path)}
      label={editorLabel(path)}
      {...meta}
      rows={rows}
      maxChars={maxChars}
      value={f.value ?? ''}
      onValue={f.onValue}
      warning={f.warning}
    />
  );
}

export function CaseCheckbox({ path }: { path: EditorPath }) {
  const f = useCaseField<boolean>(path);
  return (
    <label class="choice">
      <input type="checkbox" checked={Boolean(f.value)} onChange={(e) => f.onValue(e.currentTarget.checked)} />
      <span>{editorLabel(path)}</span>
    </label>
  );
}
