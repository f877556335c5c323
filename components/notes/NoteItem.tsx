// One note in the log: its time, its text, and edit / delete (with undo).
import { useState } from 'preact/hooks';
import type { Note } from '../../lib/case/schema';
import { deleteNote, restoreNote, updateNote } from '../../lib/store/notes';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';
import { TextArea } from '../ui/TextArea';
import { useToast } from '../ui/Toast';
import { formatTimestamp } from './formatTimestamp';

export function NoteItem({ note, highlighted }: { note: Note; highlighted?: boolean }) {
  const db = useDb();
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const when = formatTimestamp(note.createdAt);

  const run = async (action: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      return true;
    } catch (err) {
      toast({ message: err instanceof Error && err.message.startsWith('The note') ? err.message : storageErrorMessage(err, action) });
      return false;
    }
  };

  const save = async () => {
    if (editing === null) return;
    if (await run('save the note', () => updateNote(db, note.id, editing))) setEditing(null);
  };

  const remove = () =>
    run('delete the note', async () => {
      const deleted = await deleteNote(db, note.id);
      if (deleted)
        toast({
          message: 'Note deleted',
          action: { label: 'Undo', onAction: () => void run('restore the note', () => restoreNote(db, deleted)) },
        });
    });

  return (
    <li class="note" id={`note-${note.id}`} data-highlighted={highlighted ? 'true' : undefined} aria-label={`Note of ${when}`}>
      <div class="note-meta">
        <time dateTime={note.createdAt}>{when}</time>
        {note.updatedAt !== note.createdAt && <span> · edited {formatTimestamp(note.updatedAt)}</span>}
      </div>
      {editing === null ? (
        <>
          <p class="note-text">{note.text}</p>
          <div class="btn-row">
            <Button size="sm" variant="ghost" onClick={() => setEditing(note.text)} aria-label={`Edit note of ${when}`}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" onClick={remove} aria-label={`Delete note of ${when}`}>
              Delete
            </Button>
          </div>
        </>
      ) : (
        <>
          <TextArea
            label="Edit note"
            value={editing}
            onValue={setEditing}
            textareaProps={{
              autoFocus: true,
              onKeyDown: (e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void save();
                } else if (e.key === 'Escape') setEditing(null);
              },
            }}
          />
          <div class="btn-row">
            <Button size="sm" variant="primary" onClick={save} disabled={!editing.trim()}>
              Save note
            </Button>
            <Button size="sm" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
