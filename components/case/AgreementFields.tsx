// The agreement's terms once the plan approves: what a claim must match (authorization number,
// codes and units, rate, dates).
import { editorLabel } from '../../lib/case/fields';
import { Button } from '../ui/Button';
import { CaseDate, CaseNumber, CaseText, CaseTextArea } from './CaseFields';
import { useCaseForm, useCaseSelector } from './CaseFormContext';

const MAX_CODES = 30;

export function AgreementFields() {
  const form = useCaseForm();
  const count = useCaseSelector((d) => d.agreement.approvedCodes.length);
  const add = () =>
    form.update((c) => ({ ...c, agreement: { ...c.agreement, approvedCodes: [...c.agreement.approvedCodes, { code: '' }] } }));
  const remove = (i: number) =>
    form.update((c) => ({ ...c, agreement: { ...c.agreement, approvedCodes: c.agreement.approvedCodes.filter((_, j) => j !== i) } }));
  return (
    <fieldset>
      <legend>Agreement terms</legend>
      <div class="grid-2">
        <CaseText path="agreement.authorizationNumber" />
        <CaseText path="agreement.rate" hint="e.g. 100% of billed charges" />
        <CaseDate path="agreement.startDate" />
        <CaseDate path="agreement.endDate" />
      </div>
      <ol class="row-list" aria-label={editorLabel('agreement.approvedCodes')}>
        {Array.from({ length: count }, (_, i) => (
          <li key={i} class="row-item">
            <div class="grid-2">
              <CaseText path={`agreement.approvedCodes.${i}.code`} />
              <CaseNumber path={`agreement.approvedCodes.${i}.units`} />
            </div>
            <Button size="sm" variant="ghost" onClick={() => remove(i)}>
              Remove approved code {i + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button size="sm" onClick={add} disabled={count >= MAX_CODES}>
        Add approved code
      </Button>
      <CaseTextArea path="agreement.scopeNote" rows={2} hint="What is covered on a partial approval; facility and professional fees" />
    </fieldset>
  );
}
