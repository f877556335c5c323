// The case's logged calls, newest first. One entry at a time opens for correction in place; a
// deleted call can be put back from the toast ("Undo"). Deleting takes the call's reference number
// off the case (Undo puts it back) and never moves the follow-up date.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Call } from '../../lib/case/schema';
import { deleteCall, restoreCall, type DeletedCall } from '../../lib/store/calls';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useToast } from '../ui/Toast';
import { CallLogEntry } from './CallLogEntry';
import { restoreCallReference, withdrawCallReference, type WithdrawnReference } from './callOnCase';
import { useCopyWithToast } from './useCopyWithToast';

/** putRecord's own messages ("The call was not saved: its case no longer exists ...") already say what happened. */
function writeErrorMessage(err: unknown, action: string): string {
  return err instanceof Error && err.message.startsWith('The call') ? err.message : storageErrorMessage(err, action);
}

export function CallLog({ calls }: { calls: readonly Call[] }) {
  const db = useDb();
  const toast = useToast();
  const copy = useCopyWithToast();
  const [editingId, setEditingId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  // The entry whose Edit button gets focus once it shows (after the editor closes, a delete or an undo).
  const focusEditOf = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = focusEditOf.current;
    const button = id ? editButtons.current.get(id) : undefined;
    if (!button) return;
    focusEditOf.current = undefined;
    button.focus();
  }, [calls, editingId]);

  const openEditor = (id: string) => {
    // The editor takes focus itself; a focus still owed to another entry would pull it away.
    focusEditOf.current = undefined;
    setEditingId(id);
  };

  const closeEditor = (id: string) => {
    focusEditOf.current = id;
    setEditingId(undefined);
  };

  const remove = async (call: Call) => {
    // Focus moves on to the next entry (or the one before) rather than being lost with the button.
    const at = calls.findIndex((c) => c.id === call.id);
    focusEditOf.current = (calls[at + 1] ?? calls[at - 1])?.id;
    try {
      const deleted = await deleteCall(db, call.id, withdrawCallReference);
      setError(undefined);
      if (!deleted) return;
      const message = deleted.withdrawn
        ? `Call deleted. Its reference number ${deleted.withdrawn.entry.value} was taken off the case too.`
        : 'Call deleted.';
      toast({ message, action: { label: 'Undo', onAction: () => restore(deleted) } });
    } catch (err) {
      focusEditOf.current = undefined;
      setError(writeErrorMessage(err, 'delete the call'));
    }
  };

  const restore = async (deleted: DeletedCall<WithdrawnReference>) => {
    focusEditOf.current = deleted.call.id;
    try {
      await restoreCall(db, deleted, restoreCallReference);
      setError(undefined);
    } catch (err) {
      focusEditOf.current = undefined;
      setError(writeErrorMessage(err, 'restore the call'));
    }
  };

  return (
    <>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {calls.length === 0 ? (
        <p class="muted">No calls logged yet.</p>
      ) : (
        <ol class="row-list call-log" aria-label="Calls, newest first">
          {calls.map((c) => (
            <CallLogEntry
              key={c.id}
              call={c}
              editing={editingId === c.id}
              editButtonRef={(el: HTMLButtonElement | null) => {
                if (el) editButtons.current.set(c.id, el);
                else editButtons.current.delete(c.id);
              }}
              onEdit={() => openEditor(c.id)}
              onCloseEditor={() => closeEditor(c.id)}
              onDelete={() => void remove(c)}
              onCopy={(text) => void copy(text)}
            />
          ))}
        </ol>
      )}
    </>
  );
}
