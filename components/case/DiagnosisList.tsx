// ICD-10 diagnoses, primary first, as editable rows (plans accept up to 12).
import { editorLabel } from '../../lib/case/fields';
import { Button } from '../ui/Button';
import { CaseText } from './CaseFields';
import { useCaseForm, useCaseSelector } from './CaseFormContext';

const MAX_DIAGNOSES = 12;

export function DiagnosisList() {
  const form = useCaseForm();
  // Only the number of rows matters here; each row's fields subscribe to their own values.
  const count = useCaseSelector((d) => d.service.diagnoses.length);
  const rows = Array.from({ length: count });
  const add = () =>
    form.update((c) => ({ ...c, service: { ...c.service, diagnoses: [...c.service.diagnoses, { code: '', description: '' }] } }));
  const remove = (i: number) =>
    form.update((c) => ({ ...c, service: { ...c.service, diagnoses: c.service.diagnoses.filter((_, j) => j !== i) } }));
  return (
    <fieldset>
      <legend>{editorLabel('service.diagnoses')}</legend>
      <ol class="row-list">
        {rows.map((_, i) => (
          <li key={i} class="row-item">
            <div class="grid-2">
              <CaseText path={`service.diagnoses.${i}.code`} hint={i === 0 ? 'Primary diagnosis' : undefined} />
              <CaseText path={`service.diagnoses.${i}.description`} />
            </div>
            <Button size="sm" variant="ghost" onClick={() => remove(i)}>
              Remove diagnosis {i + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button size="sm" onClick={add} disabled={rows.length >= MAX_DIAGNOSES}>
        Add diagnosis
      </Button>
    </fieldset>
  );
}
