import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesScreen } from '../../../../components/notes/NotesScreen';
import { createCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { addNote, listNotes } from '../../../../lib/store/notes';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

const noteTexts = () =>
  within(screen.getByRole('list', { name: 'Notes on this case' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.note-text')?.textContent);

describe('Notes screen', () => {
  it('adds notes with the button and with Ctrl+Enter, newest first, with timestamps', async () => {
    db = freshDb();
    const c = await createCase(db, { title: 'Rivera ABA' });
    renderScreen(db, <NotesScreen caseId={c.id} />);
    const box = await screen.findByLabelText('New note');
    fireEvent.input(box, { target: { value: 'Called Aetna, rep Dana' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(noteTexts()).toEqual(['Called Aetna, rep Dana']));
    expect((box as HTMLTextAreaElement).value).toBe('');
    // Later note: stored timestamps must differ for "newest first" to be visible.
    await new Promise((r) => setTimeout(r, 5));
    fireEvent.input(box, { target: { value: 'Faxed letter of medical necessity' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(noteTexts()).toEqual(['Faxed letter of medical necessity', 'Called Aetna, rep Dana']));
    expect(document.querySelectorAll('.note time[datetime]')).toHaveLength(2);
  });

  it('edits a note, and deletes one with Undo', async () => {
    db = freshDb();
    const c = await createCase(db);
    await addNote(db, c.id, 'Auth pending');
    renderScreen(db, <NotesScreen caseId={c.id} />);
    const item = (await screen.findByText('Auth pending')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: /^Edit note/ }));
    fireEvent.input(within(item).getByLabelText('Edit note'), { target: { value: 'Auth approved, #A-77' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(noteTexts()).toEqual(['Auth approved, #A-77']));
    fireEvent.click(screen.getByRole('button', { name: /^Delete note/ }));
    await waitFor(() => expect(screen.queryByText('Auth approved, #A-77')).toBeNull());
    expect(await listNotes(db, c.id)).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(noteTexts()).toEqual(['Auth approved, #A-77']));
  });

  it('searches notes of all cases by word prefix and opens the matching case', async () => {
    db = freshDb();
    const here = await createCase(db, { title: 'Rivera ABA' });
    const other = await createCase(db, { title: 'Chen PT' });
    await addNote(db, other.id, 'Authorization reference 88-1 given by phone');
    await addNote(db, here.id, 'Unrelated');
    const { calls } = renderScreen(db, <NotesScreen caseId={here.id} />);
    fireEvent.input(await screen.findByLabelText('Search all notes'), { target: { value: 'auth ref' } });
    const results = await screen.findByRole('list', { name: 'Note search results' });
    const hit = within(results).getByRole('button');
    expect(hit.textContent).toContain('Chen PT');
    expect(hit.textContent).toContain('Authorization reference 88-1');
    fireEvent.click(hit);
    expect(calls.openCase).toEqual([[other.id, 'notes']]);
    fireEvent.input(screen.getByLabelText('Search all notes'), { target: { value: 'nothing-like-this' } });
    await screen.findByText('No notes match.');
  });
});
