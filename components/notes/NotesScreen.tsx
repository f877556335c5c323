// Timestamped notes on the active case, newest first, and a search across every case's notes.
import { useEffect, useState } from 'preact/hooks';
import { addNote, listNotes } from '../../lib/store/notes';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import type { CaseScreenProps } from '../app/screenTypes';
import { Button } from '../ui/Button';
import { TextArea } from '../ui/TextArea';
import { useToast } from '../ui/Toast';
import { NoteItem } from './NoteItem';
import { NoteSearch } from './NoteSearch';

/** A note picked in the search, to highlight after the screen opens on its case. */
let pendingHighlight: string | undefined;

export function NotesScreen({ caseId }: CaseScreenProps) {
  const db = useDb();
  const nav = useNavigation();
  const toast = useToast();
  const [draft, setDraft] = useState('');
  const [highlight, setHighlight] = useState<string | undefined>(() => pendingHighlight);
  const notes = useLiveQueryState(() => listNotes(db, caseId), [db, caseId]);

  useEffect(() => {
    pendingHighlight = undefined;
  }, []);
  useEffect(() => {
    if (highlight && notes.loaded) document.getElementById(`note-${highlight}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [highlight, notes.loaded]);

  const add = async () => {
    const text = draft.trim();
    if (!text) return;
    try {
      await addNote(db, caseId, text);
      setDraft('');
    } catch (err) {
      toast({
        message: err instanceof Error && err.message.startsWith('The note') ? err.message : storageErrorMessage(err, 'add the note'),
      });
    }
  };

  const openResult = (resultCaseId: string, noteId: string) => {
    if (resultCaseId === caseId) {
      setHighlight(noteId);
      return;
    }
    pendingHighlight = noteId;
    nav.openCase(resultCaseId, 'notes');
  };

  const list = notes.value ?? [];
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <div>
        <TextArea
          label="New note"
          hint="Ctrl+Enter adds the note"
          value={draft}
          onValue={setDraft}
          rows={3}
          textareaProps={{
            onKeyDown: (e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void add();
              }
            },
          }}
        />
        <Button variant="primary" onClick={add} disabled={!draft.trim()}>
          Add note
        </Button>
      </div>
      {notes.error ? (
        <p role="alert" class="banner banner-error">
          {storageErrorMessage(notes.error, 'load the notes')}
        </p>
      ) : null}
      {notes.loaded && list.length === 0 ? (
        <p class="field-hint">No notes on this case yet.</p>
      ) : (
        <ol class="row-list note-list" aria-label="Notes on this case">
          {list.map((n) => (
            <NoteItem key={n.id} note={n} highlighted={n.id === highlight} />
          ))}
        </ol>
      )}
      <hr />
      <NoteSearch onOpen={openResult} />
    </section>
  );
}
