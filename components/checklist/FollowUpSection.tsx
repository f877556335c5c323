// Follow-up calls while a request is pending: the next due date and the interval between calls in
// business days. A new interval re-dates the next call from the last contact.
import { useEffect, useState } from 'preact/hooks';
import type { CaseBundle } from '../../lib/case/schema';
import { followUpAfterLastContact, followUpDueDate, formatUsDate, isFollowUpPending } from '../../lib/clocks';
import { storageErrorMessage } from '../../lib/store/errors';
import { updateCase } from '../../lib/store/cases';
import { useDb } from '../app/DbContext';
import { notifyFollowUpsChanged } from '../calls/notifyFollowUpsChanged';
import { NumberField } from '../ui/NumberField';
import { useToast } from '../ui/Toast';

const MIN_INTERVAL = 1;
const MAX_INTERVAL = 60;

export function FollowUpSection({ bundle }: { bundle: CaseBundle }) {
  const db = useDb();
  const toast = useToast();
  const kase = bundle.case;
  const stored = kase.followUp.intervalBusinessDays;
  const [interval, setIntervalDays] = useState<number | undefined>(stored);
  useEffect(() => setIntervalDays(stored), [stored]);
  const pending = isFollowUpPending(kase);
  const due = followUpDueDate(kase, bundle.calls);
  const valid = interval !== undefined && Number.isInteger(interval) && interval >= MIN_INTERVAL && interval <= MAX_INTERVAL;

  const saveInterval = async (days: number) => {
    try {
      await updateCase(db, kase.id, (c) => {
        const nextDue = (isFollowUpPending(c) && followUpAfterLastContact(c, bundle.calls, days)) || c.followUp.nextDue;
        return { ...c, followUp: { ...c.followUp, intervalBusinessDays: days, nextDue } };
      });
      void notifyFollowUpsChanged();
    } catch (err) {
      toast({ message: storageErrorMessage(err, 'save the follow-up interval') });
    }
  };

  return (
    <section class="checklist-section" aria-labelledby="follow-up-heading">
      <h3 id="follow-up-heading">Follow-up calls</h3>
      <p>
        {pending ? (
          due ? (
            <>
              Next follow-up call due <strong>{formatUsDate(due)}</strong>.
            </>
          ) : (
            'Next follow-up: log a call or the submission date to start the clock.'
          )
        ) : (
          'No follow-up is scheduled: the case has no request waiting for a decision.'
        )}
      </p>
      <NumberField
        label="Call the plan every (business days)"
        value={interval}
        min={MIN_INTERVAL}
        max={MAX_INTERVAL}
        step={1}
        warning={valid ? undefined : `Enter a whole number from ${MIN_INTERVAL} to ${MAX_INTERVAL}.`}
        onValue={(v) => {
          setIntervalDays(v);
          if (v !== undefined && Number.isInteger(v) && v >= MIN_INTERVAL && v <= MAX_INTERVAL && v !== stored) void saveInterval(v);
        }}
      />
    </section>
  );
}
