// Procedure lines (CPT/HCPCS) with modifier, units and frequency, as the plan will authorize them.
import { editorLabel } from '../../lib/case/fields';
import { Button } from '../ui/Button';
import { CaseNumber, CaseText } from './CaseFields';
import { useCaseForm, useCaseSelector } from './CaseFormContext';

const MAX_LINES = 30;

export function ProcedureList() {
  const form = useCaseForm();
  // Only the number of rows matters here; each row's fields subscribe to their own values.
  const count = useCaseSelector((d) => d.service.procedures.length);
  const rows = Array.from({ length: count });
  const add = () =>
    form.update((c) => ({
      ...c,
      service: { ...c.service, procedures: [...c.service.procedures, { code: '', modifier: '', description: '', frequency: '' }] },
    }));
  const remove = (i: number) =>
    form.update((c) => ({ ...c, service: { ...c.service, procedures: c.service.procedures.filter((_, j) => j !== i) } }));
  return (
    <fieldset>
      <legend>{editorLabel('service.procedures')}</legend>
      <ol class="row-list">
        {rows.map((_, i) => (
          <li key={i} class="row-item">
            <div class="grid-3">
              <CaseText path={`service.procedures.${i}.code`} />
              <CaseText path={`service.procedures.${i}.modifier`} />
              <CaseNumber path={`service.procedures.${i}.units`} max={100_000} />
            </div>
            <div class="grid-2">
              <CaseText path={`service.procedures.${i}.frequency`} hint="e.g. 20 hours per week" />
              <CaseText path={`service.procedures.${i}.description`} />
            </div>
            <Button size="sm" variant="ghost" onClick={() => remove(i)}>
              Remove procedure line {i + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button size="sm" onClick={add} disabled={rows.length >= MAX_LINES}>
        Add procedure line
      </Button>
    </fieldset>
  );
}
