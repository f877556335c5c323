// "Log session": date, code and units used, added to the case's usage log.
import { useState } from 'preact/hooks';
import { newId } from '../../lib/case/schema';
import { isCalendarDate } from '../../lib/clocks';
import { storageErrorMessage } from '../../lib/store/errors';
import { putRecord } from '../../lib/store/records';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';
import { DateField } from '../ui/DateField';
import { NumberField } from '../ui/NumberField';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/Toast';

export function LogSessionForm({ caseId, codes, today }: { caseId: string; codes: readonly string[]; today: string }) {
  const db = useDb();
  const toast = useToast();
  const [date, setDate] = useState(today);
  const [code, setCode] = useState(codes[0] ?? '');
  const [units, setUnits] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const chosenCode = codes.length > 0 && !codes.includes(code) ? codes[0]! : code;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!isCalendarDate(date)) return setProblem('Enter the date of the session.');
    if (!chosenCode.trim()) return setProblem('Enter the code the session was billed under.');
    if (units === undefined || !Number.isInteger(units) || units < 1)
      return setProblem('Enter the units used, a whole number of 1 or more.');
    try {
      await putRecord(db, 'usage', { id: newId(), caseId, date, code: chosenCode.trim(), units });
      setProblem(undefined);
      setUnits(undefined);
      toast({ message: `Logged ${units} unit${units === 1 ? '' : 's'} of ${chosenCode.trim()}.` });
    } catch (err) {
      setProblem(err instanceof Error && err.message.startsWith('The usage') ? err.message : storageErrorMessage(err, 'log the session'));
    }
  };

  return (
    <form class="log-session" onSubmit={submit} aria-labelledby="log-session-heading" noValidate>
      <h4 id="log-session-heading">Log session</h4>
      <div class="grid-3">
        <DateField label="Session date" value={date} onValue={setDate} />
        {codes.length > 0 ? (
          <Select label="Code" value={chosenCode} onValue={setCode} options={codes.map((c) => ({ value: c, label: c }))} />
        ) : (
          <TextField label="Code" value={code} onValue={setCode} />
        )}
        <NumberField label="Units" value={units} onValue={setUnits} min={1} step={1} />
      </div>
      {problem && (
        <p class="field-warning" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit">Log session</Button>
    </form>
  );
}
