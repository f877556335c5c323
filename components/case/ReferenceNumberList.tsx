// Reference numbers the plan gave (portal confirmations, call references), each with a copy button
// for reading back on a call. A number is added whole (label + value), since an empty one is not a number.
import { useState } from 'preact/hooks';
import { editorLabel } from '../../lib/case/fields';
import { Button } from '../ui/Button';
import { CopyButton } from '../ui/CopyButton';
import { TextField } from '../ui/TextField';
import { useCaseForm, useCaseSelector } from './CaseFormContext';

export function ReferenceNumberList() {
  const form = useCaseForm();
  const refs = useCaseSelector((d) => d.request.referenceNumbers);
  const [label, setLabel] = useState('');
  const [value, setValue] = useState('');

  const add = () => {
    if (!value.trim()) return;
    const entry = {
      label: label.trim() || 'Reference #',
      value: value.trim(),
      capturedAt: new Date().toISOString(),
      source: 'entered by hand',
    };
    form.update((c) => ({ ...c, request: { ...c.request, referenceNumbers: [...c.request.referenceNumbers, entry] } }));
    setLabel('');
    setValue('');
  };
  const remove = (i: number) =>
    form.update((c) => ({ ...c, request: { ...c.request, referenceNumbers: c.request.referenceNumbers.filter((_, j) => j !== i) } }));

  return (
    <fieldset>
      <legend>{editorLabel('request.referenceNumbers')}</legend>
      {refs.length > 0 && (
        <ul class="row-list" aria-label="Reference numbers">
          {refs.map((r, i) => (
            <li key={`${r.capturedAt}-${i}`} class="ref-row">
              <span>
                <span class="field-hint">{r.label || 'Reference #'}</span> <strong class="mono">{r.value}</strong>
                {r.source && <span class="field-hint"> · {r.source}</span>}
              </span>
              <span class="btn-row">
                <CopyButton value={r.value} label={`Copy ${r.label || 'reference number'} ${r.value}`} />
                <Button size="sm" variant="ghost" onClick={() => remove(i)} aria-label={`Remove reference number ${r.value}`}>
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="grid-2">
        <TextField label="Reference label" value={label} onValue={setLabel} placeholder="e.g. Call reference" />
        <TextField
          label="Reference number"
          value={value}
          onValue={setValue}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      </div>
      <Button size="sm" onClick={add} disabled={!value.trim()}>
        Add reference number
      </Button>
    </fieldset>
  );
}
