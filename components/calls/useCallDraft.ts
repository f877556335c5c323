// The open call's fields as typed: each change is saved shortly after the last keystroke, and any
// pending change is saved at once when the view closes or the page is hidden (side panel closed).
// Writes replace the stored call only while it exists, so a late save never brings back a call
// deleted meanwhile (the call is stored before it is ever edited: at "Start call").
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Call } from '../../lib/case/schema';
import { storageErrorMessage } from '../../lib/store/errors';
import { updateRecord } from '../../lib/store/records';
import { useDb } from '../app/DbContext';
import { useDebouncedCallback } from '../hooks/useDebouncedCallback';

export const CALL_SAVE_DELAY_MS = 400;

type EditableField = Exclude<keyof Call, 'id' | 'caseId' | 'startedAt' | 'endedAt'>;

export interface CallDraft {
  call: Call;
  /** A message when the last save failed. */
  error: string | undefined;
  set<K extends EditableField>(field: K, value: Call[K]): void;
  /** Saves the call with its end time; resolves to the stored call. */
  end(now?: Date): Promise<Call | undefined>;
  /** Saves any pending change now; resolves to false (with `error` set) when the save failed. */
  saveNow(): Promise<boolean>;
}

function saveErrorMessage(err: unknown): string {
  // putRecord's own validation messages already say what to fix.
  if (err instanceof Error && err.message.startsWith('The call was not saved')) return err.message;
  return storageErrorMessage(err, 'save the call');
}

export function useCallDraft(initial: Call): CallDraft {
  const db = useDb();
  const [call, setCall] = useState(initial);
  const latest = useRef(initial);
  const [error, setError] = useState<string | undefined>(undefined);

  const save = useCallback(async () => {
    try {
      await updateRecord(db, 'calls', latest.current);
      setError(undefined);
      return true;
    } catch (err) {
      setError(saveErrorMessage(err));
      return false;
    }
  }, [db]);
  const debouncedSave = useDebouncedCallback(save, CALL_SAVE_DELAY_MS);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') debouncedSave.flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', debouncedSave.flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', debouncedSave.flush);
    };
  }, [debouncedSave]);

  const set = useCallback(
    <K extends EditableField>(field: K, value: Call[K]) => {
      latest.current = { ...latest.current, [field]: value };
      setCall(latest.current);
      debouncedSave();
    },
    [debouncedSave],
  );

  const end = useCallback(
    async (now = new Date()) => {
      debouncedSave.cancel();
      const ended: Call = { ...latest.current, endedAt: now.toISOString() };
      try {
        const stored = await updateRecord(db, 'calls', ended);
        latest.current = stored;
        setCall(stored);
        setError(undefined);
        return stored;
      } catch (err) {
        setError(saveErrorMessage(err));
        return undefined;
      }
    },
    [db, debouncedSave],
  );

  // Retries after a failed save too, so closing an editor never hides unsaved text.
  const saveNow = useCallback(async () => {
    if (!debouncedSave.pending() && error === undefined) return true;
    debouncedSave.cancel();
    return save();
  }, [debouncedSave, save, error]);

  return { call, error, set, end, saveNow };
}
