// A logged call opened for correction in the call log: the same fields as call mode, saved as
// typed; the start and end times stay as logged. "Done" or Escape closes it once the last change
// is stored (a failed save keeps it open with the message, so nothing typed is lost), and carries a
// corrected reference number over to the case.
import type { Call } from '../../lib/case/schema';
import { storageErrorMessage } from '../../lib/store/errors';
import { updateCase } from '../../lib/store/cases';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toast';
import { CallFields } from './CallFields';
import { correctCallReference } from './callOnCase';
import { useCallDraft } from './useCallDraft';

export interface CallEditorProps {
  call: Call;
  /** How the entry's start reads in the log, to name what is being edited. */
  startLabel: string;
  onClose(): void;
}

export function CallEditor({ call: initial, startLabel, onClose }: CallEditorProps) {
  const { call, error, set, saveNow } = useCallDraft(initial);

  const db = useDb();
  const toast = useToast();
  const close = async () => {
    if (!(await saveNow())) return;
    onClose();
    // A corrected reference number is corrected where the call copied it: the case's reference numbers.
    if (call.referenceNumber.trim() === initial.referenceNumber.trim()) return;
    try {
      await updateCase(db, call.caseId, (c) => correctCallReference(c, initial.referenceNumber, call));
    } catch (err) {
      toast({ message: `The call was corrected, but not the case's reference numbers: ${storageErrorMessage(err, 'update the case')}` });
    }
  };

  return (
    <div
      class="call-edit"
      role="group"
      aria-label={`Editing call of ${startLabel}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        void close();
      }}
    >
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <CallFields call={call} set={set} />
      <div class="call-edit-actions">
        <Button variant="primary" onClick={close}>
          Done
        </Button>
        <span class="muted">Changes are saved as you type.</span>
      </div>
    </div>
  );
}
