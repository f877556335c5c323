// The case editor's state: a local draft typed into freely, saved SAVE_DELAY_MS after the last
// keystroke with the revision it was loaded at. Saves run one at a time, so the editor never
// conflicts with itself; a change from another window shows up as a conflict for the user to resolve.
// The draft lives in a ref with subscribers (see CaseFormContext) rather than in component state,
// so a keystroke re-renders the field typed into, not the whole form.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Case } from '../../lib/case/schema';
import { caseWarnings } from '../../lib/case/validate';
import { getCase, saveCase } from '../../lib/store/cases';
import { notifyFollowUpsChanged } from '../calls/notifyFollowUpsChanged';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useDebouncedCallback } from '../hooks/useDebouncedCallback';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import type { CaseForm } from './CaseFormContext';
import { setIn } from './casePath';

export const SAVE_DELAY_MS = 400;

export type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface CaseEditor {
  /** 'loading' until the stored case answered; 'missing' when it does not exist. */
  status: 'loading' | 'missing' | 'ready';
  /** The form fields bind to (stable for the editor's life). */
  form: CaseForm;
  saveState: SaveState;
  /** The stored case from another window, when it changed under our unsaved edits. */
  conflict: Case | undefined;
  keepMine(): void;
  reloadTheirs(): void;
  /** Saves pending edits now (on blur, page hide, before leaving). */
  flush(): void;
}

const PENDING: SaveState = { kind: 'pending' };
const SAVED: SaveState = { kind: 'saved' };
const SAVING: SaveState = { kind: 'saving' };

function warningMap(c: Case): Map<string, string> {
  const map = new Map<string, string>();
  for (const w of caseWarnings(c)) map.set(w.path, map.has(w.path) ? `${map.get(w.path)} ${w.message}` : w.message);
  return map;
}

export function useCaseEditor(caseId: string): CaseEditor {
  const db = useDb();
  const stored = useLiveQueryState(() => getCase(db, caseId), [db, caseId]);
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>(SAVED);
  const [conflict, setConflict] = useState<Case | undefined>(undefined);
  const draftRef = useRef<Case | undefined>(undefined);
  const warningsRef = useRef<{ of: Case | undefined; map: Map<string, string> }>({ of: undefined, map: new Map() });
  const listeners = useRef(new Set<() => void>());
  const baseRevision = useRef(0);
  const inFlight = useRef(false);
  const saveAgain = useRef(false);
  /** The case as last saved (or loaded), to notice status and follow-up changes. */
  const lastSaved = useRef<Case | undefined>(undefined);
  const conflictRef = useRef<Case | undefined>(undefined);

  const replaceDraft = useCallback((next: Case) => {
    draftRef.current = next;
    for (const listener of [...listeners.current]) listener();
  }, []);

  const save = useCallback(async () => {
    const current = draftRef.current;
    if (!current || conflictRef.current) return;
    if (inFlight.current) {
      saveAgain.current = true;
      return;
    }
    inFlight.current = true;
    setSaveState(SAVING);
    try {
      const before = lastSaved.current;
      const result = await saveCase(db, current, baseRevision.current);
      if (result.ok) {
        baseRevision.current = result.case.revision;
        lastSaved.current = result.case;
        // A new status or follow-up date changes what is due: refresh the toolbar badge now.
        if (before && (before.status !== result.case.status || before.followUp.nextDue !== result.case.followUp.nextDue))
          void notifyFollowUpsChanged();
        setSaveState(draftRef.current === current ? SAVED : PENDING);
      } else {
        conflictRef.current = result.conflict;
        setConflict(result.conflict);
        setSaveState(PENDING);
      }
    } catch (err) {
      // A rejected save (storage full, a value the schema refuses) keeps the draft; the next edit retries.
      setSaveState({
        kind: 'error',
        message:
          err instanceof Error && err.message.startsWith('The case was not saved')
            ? err.message
            : storageErrorMessage(err, 'save the case'),
      });
    } finally {
      inFlight.current = false;
    }
    if (saveAgain.current) {
      saveAgain.current = false;
      await save();
    }
  }, [db]);

  const debouncedSave = useDebouncedCallback(save, SAVE_DELAY_MS);

  // Adopt the stored case on first load, and later whenever it changes while we have nothing unsaved
  // (another window edited it, or an import replaced it).
  useEffect(() => {
    const s = stored.value;
    if (!stored.loaded || !s) return;
    const idle = !inFlight.current && !debouncedSave.pending() && !conflictRef.current;
    if (!draftRef.current || (idle && s.revision !== baseRevision.current)) {
      baseRevision.current = s.revision;
      lastSaved.current = s;
      replaceDraft(s);
      setLoaded(true);
    }
  }, [stored.value, stored.loaded, debouncedSave, replaceDraft]);

  const update = useCallback(
    (fn: (c: Case) => Case) => {
      const current = draftRef.current;
      if (!current) return;
      replaceDraft(fn(current));
      setSaveState((s) => (s.kind === 'pending' ? s : PENDING));
      debouncedSave();
    },
    [debouncedSave, replaceDraft],
  );

  const form = useMemo<CaseForm>(
    () => ({
      draft: () => draftRef.current!,
      warnings: () => {
        const d = draftRef.current;
        if (warningsRef.current.of !== d) warningsRef.current = { of: d, map: d ? warningMap(d) : new Map() };
        return warningsRef.current.map;
      },
      set: (path, value) => update((c) => setIn(c, path, value)),
      update,
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [update],
  );

  const keepMine = useCallback(() => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    baseRevision.current = theirs.revision;
    conflictRef.current = undefined;
    setConflict(undefined);
    void save();
  }, [save]);

  const reloadTheirs = useCallback(() => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    debouncedSave.cancel();
    baseRevision.current = theirs.revision;
    conflictRef.current = undefined;
    setConflict(undefined);
    replaceDraft(theirs);
    setSaveState(SAVED);
  }, [debouncedSave, replaceDraft]);

  const status = loaded ? 'ready' : stored.loaded && !stored.value ? 'missing' : 'loading';
  return { status, form, saveState, conflict, keepMine, reloadTheirs, flush: debouncedSave.flush };
}
