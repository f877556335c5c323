// Search across every case's notes by word prefix ("auth ref" finds "authorization reference");
// a result opens that case's notes with the note highlighted.
import { useState } from 'preact/hooks';
import { searchNotes } from '../../lib/store/notes';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { caseDisplayTitle } from '../cases/caseDisplayTitle';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import { TextField } from '../ui/TextField';
import { formatTimestamp } from './formatTimestamp';

const EXCERPT = 140;

export function NoteSearch({ onOpen }: { onOpen: (caseId: string, noteId: string) => void }) {
  const db = useDb();
  const [query, setQuery] = useState('');
  const results = useLiveQueryState(async () => {
    if (!query.trim()) return [];
    // The hits carry what their cases go by: reading every case on each keystroke cost more than the search.
    const hits = await searchNotes(db, query);
    return hits.map((h) => ({
      ...h,
      caseTitle: caseDisplayTitle({ title: h.caseTitle, memberName: h.caseMemberName, payer: h.casePayer }),
    }));
  }, [db, query]);
  const hits = results.value ?? [];

  return (
    <div role="search" class="note-search">
      <TextField type="search" label="Search all notes" value={query} onValue={setQuery} placeholder="Words or word beginnings, any case" />
      {results.error ? (
        <p role="alert" class="banner banner-error">
          {storageErrorMessage(results.error, 'search the notes')}
        </p>
      ) : null}
      {query.trim() && results.loaded && (
        <p role="status" class="field-hint">
          {hits.length === 0 ? 'No notes match.' : hits.length === 1 ? '1 note found' : `${hits.length} notes found`}
        </p>
      )}
      {hits.length > 0 && (
        <ul class="row-list" aria-label="Note search results">
          {hits.map((h) => (
            <li key={h.note.id}>
              <button type="button" class="btn btn-ghost search-result" onClick={() => onOpen(h.caseId, h.note.id)}>
                <strong>{h.caseTitle}</strong> <span class="note-meta">{formatTimestamp(h.note.createdAt)}</span>
                <br />
                <span>{h.note.text.length > EXCERPT ? `${h.note.text.slice(0, EXCERPT)}…` : h.note.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
