// What is being requested: where, for which diagnoses, which codes, for how long.
import { editorLabel } from '../../lib/case/fields';
import { PLACE_OF_SERVICE_LABELS, SERVICE_SETTING_LABELS } from '../../lib/case/labels';
import { Disclosure } from '../ui/Disclosure';
import { RadioGroup } from '../ui/RadioGroup';
import { optionsFrom } from '../ui/Select';
import { CaseDate, CaseNumber, CaseSelect } from './CaseFields';
import { useCaseField, useWarningCount } from './CaseFormContext';
import { DiagnosisList } from './DiagnosisList';
import { ProcedureList } from './ProcedureList';
import { warningSummary } from './warningSummary';

const PLACE_OPTIONS = Object.entries(PLACE_OF_SERVICE_LABELS).map(([value, label]) => ({ value, label: `${value} - ${label}` }));

export function ServiceSection() {
  const warnings = useWarningCount(['service']);
  const setting = useCaseField<'outpatient' | 'inpatient'>('service.setting');
  return (
    <Disclosure title="Service" summaryExtra={warningSummary(warnings)}>
      <div class="grid-2">
        <CaseSelect path="service.placeOfService" options={PLACE_OPTIONS} placeholder="Choose…" />
        <RadioGroup
          legend={editorLabel('service.setting')}
          options={optionsFrom(SERVICE_SETTING_LABELS)}
          value={setting.value}
          onValue={setting.onValue}
        />
      </div>
      <DiagnosisList />
      <ProcedureList />
      <div class="grid-3">
        <CaseDate path="service.startDate" />
        <CaseDate path="service.endDate" />
        <CaseNumber path="service.visits" max={100_000} />
      </div>
    </Disclosure>
  );
}
