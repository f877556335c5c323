// Why the plan's network cannot serve the member: the reasons, in the plan's terms, and the
// clinical rationale. The log of in-network providers tried lives on its own screen.
import { editorLabel } from '../../lib/case/fields';
import { EXCEPTION_REASON_LABELS } from '../../lib/case/labels';
import type { ExceptionReason } from '../../lib/case/schema';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { Disclosure } from '../ui/Disclosure';
import { optionsFrom } from '../ui/Select';
import { CaseCheckbox, CaseDate, CaseText, CaseTextArea } from './CaseFields';
import { useCaseField } from './CaseFormContext';

export function NetworkGapSection() {
  const reasons = useCaseField<ExceptionReason[]>('exceptionReasons');
  const has = (r: ExceptionReason) => reasons.value.includes(r);
  return (
    <Disclosure
      title="Network gap"
      summaryExtra={reasons.value.length ? `${reasons.value.length} reason${reasons.value.length > 1 ? 's' : ''}` : undefined}
    >
      <CheckboxGroup
        legend={editorLabel('exceptionReasons')}
        hint="Why no in-network provider can do this"
        options={optionsFrom(EXCEPTION_REASON_LABELS)}
        values={reasons.value}
        onValues={reasons.onValue}
      />
      {has('other') && <CaseText path="exceptionReasonOther" />}
      {has('continuity-of-care') && (
        <fieldset>
          <legend>Continuity of care</legend>
          <CaseCheckbox path="continuity.activeTreatment" />
          <div class="grid-2">
            <CaseText path="continuity.priorInsurer" />
            <CaseText path="continuity.priorPolicy" />
            <CaseDate path="continuity.coverageStartDate" />
            <CaseDate path="continuity.providerTerminationDate" />
          </div>
        </fieldset>
      )}
      <CaseTextArea
        path="clinicalRationale"
        rows={6}
        hint="Why this provider or service is medically necessary; used in letters and portal text boxes"
      />
      {reasons.value.length === 0 && <p class="field-hint">Tick at least one reason: plans decide on them.</p>}
    </Disclosure>
  );
}
