// The user's own date for one deadline (a plan letter gave another date): saved into
// case.deadlineOverrides under the rule id; "Reset" removes it so the computed date returns.
import type { Deadline } from '../../lib/clocks';
import { isCalendarDate } from '../../lib/clocks';
import { storageErrorMessage } from '../../lib/store/errors';
import { updateCase } from '../../lib/store/cases';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';
import { DateField } from '../ui/DateField';
import { useToast } from '../ui/Toast';

export function DeadlineOverride({ caseId, deadline }: { caseId: string; deadline: Deadline }) {
  const db = useDb();
  const toast = useToast();
  const save = async (date: string | undefined) => {
    try {
      await updateCase(db, caseId, (c) => {
        const overrides = { ...c.deadlineOverrides };
        if (date) overrides[deadline.id] = date;
        else delete overrides[deadline.id];
        return { ...c, deadlineOverrides: overrides };
      });
    } catch (err) {
      toast({ message: storageErrorMessage(err, 'save the date') });
    }
  };
  return (
    <div class="deadline-override">
      <DateField
        label={`Set your own date for: ${deadline.label}`}
        hint="From a plan letter or call, when it differs."
        value={deadline.overridden ? deadline.due : ''}
        onValue={(v) => {
          // Clearing the box goes back to the computed date, like "Reset".
          if (isCalendarDate(v)) void save(v);
          else if (v === '' && deadline.overridden) void save(undefined);
        }}
      />
      {deadline.overridden && (
        <Button size="sm" onClick={() => save(undefined)} aria-label={`Reset ${deadline.label} to the computed date`}>
          Reset to computed date
        </Button>
      )}
    </div>
  );
}
