// What is being requested: where, for which diagnoses, which codes, for how long.
import { PLACE_OF_SERVICE_LABELS } from '../../lib/case/labels';
import { Disclosure } from '../ui/Disclosure';
import { RadioGroup } from '../ui/RadioGroup';
import { CaseDate, CaseNumber, CaseSelect } from './CaseFields';
import { useCaseField, useWarningCount } from './CaseFormContext';
import { DiagnosisList } from './DiagnosisList';
import { ProcedureList } from './ProcedureList';
import { warningSummary } from './warningSummary';

const PLACE_OPTIONS = Object.entries(PLACE_OF_SERVICE_LABELS).map(([value, label]) => ({ value, label: `${value} - ${label}` }));
const SETTING_OPTIONS = [
  { value: 'outpatient' as const, label: 'Outpatient' },
  { value: 'inpatient' as const, label: 'Inpatient' },
];

export function ServiceSection() {
  const warnings = useWarningCount(['service']);
  const setting = useCaseField<'outpatient' | 'inpatient'>('service.setting');
  return (
    <Disclosure title="Service" summaryExtra={warningSummary(warnings)}>
      <div class="grid-2">
        <CaseSelect path="service.placeOfService" label="Place of service" options={PLACE_OPTIONS} placeholder="Choose…" />
        <RadioGroup legend="Setting" options={SETTING_OPTIONS} value={setting.value} onValue={setting.onValue} />
      </div>
      <DiagnosisList />
      <ProcedureList />
      <div class="grid-3">
        <CaseDate path="service.startDate" label="Service start date" />
        <CaseDate path="service.endDate" label="Service end date" />
        <CaseNumber path="service.visits" label="Visits" max={100_000} />
      </div>
    </Disclosure>
  );
}
