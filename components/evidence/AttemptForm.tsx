// Add or edit one in-network contact of the evidence log. Saved as a whole on "Save" (one record).
import { useState } from 'preact/hooks';
import { ATTEMPT_OUTCOME_LABELS } from '../../lib/case/labels';
import { newId, type NetworkAttempt } from '../../lib/case/schema';
import { storageErrorMessage } from '../../lib/store/errors';
import { putRecord } from '../../lib/store/records';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';
import { DateField } from '../ui/DateField';
import { NumberField } from '../ui/NumberField';
import { Select, optionsFrom } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';

const OUTCOME_OPTIONS = optionsFrom(ATTEMPT_OUTCOME_LABELS);

export interface AttemptFormProps {
  caseId: string;
  /** The entry to edit; a new one when omitted. */
  attempt?: NetworkAttempt;
  today: string;
  onDone(saved: NetworkAttempt | undefined): void;
}

export function AttemptForm({ caseId, attempt, today, onDone }: AttemptFormProps) {
  const db = useDb();
  const [draft, setDraft] = useState<NetworkAttempt>(
    () => attempt ?? { id: newId(), caseId, providerName: '', npi: '', phone: '', date: today, outcome: 'other', notes: '' },
  );
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const set = <K extends keyof NetworkAttempt>(key: K, value: NetworkAttempt[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const title = attempt ? `Edit contact${attempt.providerName ? `: ${attempt.providerName}` : ''}` : 'Add an in-network contact';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!draft.providerName.trim()) return setProblem('Enter the provider or practice contacted.');
    // An emptied number box means "none offered", which the record stores as a missing field.
    const record: NetworkAttempt = { ...draft };
    if (record.waitDays === undefined) delete record.waitDays;
    if (record.distanceMiles === undefined) delete record.distanceMiles;
    try {
      const saved = await putRecord(db, 'attempts', record);
      onDone(saved);
    } catch (err) {
      setProblem(
        err instanceof Error && err.message.startsWith('The network attempt') ? err.message : storageErrorMessage(err, 'save the contact'),
      );
    }
  };

  return (
    <form class="attempt-form" onSubmit={submit} aria-label={title} noValidate>
      <h4 class="attempt-form-title">{title}</h4>
      <TextField label="Provider or practice" value={draft.providerName} onValue={(v) => set('providerName', v)} />
      <div class="grid-2">
        <TextField label="NPI" value={draft.npi} onValue={(v) => set('npi', v)} />
        <TextField label="Phone" type="tel" value={draft.phone} onValue={(v) => set('phone', v)} />
      </div>
      <div class="grid-2">
        <DateField label="Date contacted" value={draft.date} onValue={(v) => set('date', v)} />
        <Select label="Outcome" value={draft.outcome} onValue={(v) => set('outcome', v)} options={OUTCOME_OPTIONS} />
      </div>
      <div class="grid-2">
        <NumberField
          label="Wait offered (business days)"
          hint="Empty when no appointment was offered."
          value={draft.waitDays}
          min={0}
          step={1}
          onValue={(v) => set('waitDays', v)}
        />
        <NumberField label="Distance (miles)" value={draft.distanceMiles} min={0} step={0.1} onValue={(v) => set('distanceMiles', v)} />
      </div>
      <TextArea label="Notes" rows={2} value={draft.notes} onValue={(v) => set('notes', v)} />
      {problem && (
        <p class="field-warning" role="alert">
          {problem}
        </p>
      )}
      <div class="btn-row">
        <Button type="submit" variant="primary">
          Save contact
        </Button>
        <Button onClick={() => onDone(undefined)}>Cancel</Button>
      </div>
    </form>
  );
}
