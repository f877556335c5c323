// Where the request stands: status (each change is kept with the date it took effect, which starts
// and stops the plan's clocks), the request's own facts, and the numbers the plan gave.
import { editorLabel } from '../../lib/case/fields';
import { PRIORITY_LABELS, REQUEST_TIMING_LABELS, REQUEST_TYPE_LABELS, STATUS_LABELS } from '../../lib/case/labels';
import type { CaseStatus } from '../../lib/case/schema';
import { localToday } from '../../lib/case/validate';
import { Disclosure } from '../ui/Disclosure';
import { Select, optionsFrom } from '../ui/Select';
import { AgreementFields } from './AgreementFields';
import { CaseDate, CaseSelect, CaseText } from './CaseFields';
import { useCaseForm, useCaseSelector, useWarningCount } from './CaseFormContext';
import { ReferenceNumberList } from './ReferenceNumberList';
import { StatusHistory } from './StatusHistory';
import { warningSummary } from './warningSummary';

export function StatusSection() {
  const form = useCaseForm();
  const status = useCaseSelector((d) => d.status);
  const historyLength = useCaseSelector((d) => d.statusHistory.length);
  const lastIsCurrent = useCaseSelector((d) => d.statusHistory.at(-1)?.status === d.status);
  const warnings = useWarningCount(['request', 'agreement', 'followUp']);

  const changeStatus = (next: CaseStatus) => {
    if (next === form.draft().status) return;
    const at = new Date();
    form.update((c) => ({
      ...c,
      status: next,
      statusHistory: [...c.statusHistory, { status: next, date: localToday(at), at: at.toISOString(), note: '' }],
    }));
  };

  return (
    <Disclosure title="Status" defaultOpen summaryExtra={[STATUS_LABELS[status], warningSummary(warnings)].filter(Boolean).join(' · ')}>
      <div class="grid-2">
        <Select
          label={editorLabel('status')}
          value={status}
          onValue={changeStatus}
          options={optionsFrom(STATUS_LABELS)}
          hint="A change is recorded with its date"
        />
        {historyLength > 0 && lastIsCurrent && (
          <CaseDate path={`statusHistory.${historyLength - 1}.date`} hint="e.g. the date on the plan's letter" />
        )}
      </div>
      <StatusHistory />
      <CaseDate path="followUp.nextDue" hint="The case list sorts by this date" />
      <fieldset>
        <legend>Request</legend>
        <div class="grid-2">
          <CaseSelect path="request.type" options={optionsFrom(REQUEST_TYPE_LABELS)} />
          <CaseSelect path="request.priority" options={optionsFrom(PRIORITY_LABELS)} />
          <CaseDate path="request.submittedDate" hint="Starts the plan's decision clock" />
          <CaseDate path="request.infoRequestedDate" hint="Starts the 45 days to send it and pauses the plan's decision clock" />
          <CaseDate path="request.infoSentDate" hint="Restarts the plan's decision clock" />
          <CaseSelect
            path="request.timing"
            options={optionsFrom(REQUEST_TIMING_LABELS)}
            hint="After the service: 60 days to decide an appeal"
          />
          <CaseText path="request.priorAuthNumber" />
        </div>
        <ReferenceNumberList />
      </fieldset>
      <AgreementFields />
    </Disclosure>
  );
}
