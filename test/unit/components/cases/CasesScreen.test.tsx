import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCase, getCase } from '../../../../lib/store/cases';
import { addNote, listNotes } from '../../../../lib/store/notes';
import type { ScaDatabase } from '../../../../lib/store/db';
import { renderApp } from '../app/renderApp';
import { freshDb } from '../app/workspace';

// Other engineers' screens are out of scope here (and may be mid-change); the shell only needs a component.
vi.mock('../../../../components/fill/FillScreen', () => ({ FillScreen: () => null }));
vi.mock('../../../../components/calls/CallsScreen', () => ({ CallsScreen: () => null }));
vi.mock('../../../../components/checklist/ChecklistScreen', () => ({ ChecklistScreen: () => null }));

let db: ScaDatabase;
afterEach(async () => {
  cleanup();
  db?.close();
});

const rowTitles = () =>
  within(screen.getByRole('list', { name: 'Cases' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.case-row-open')!.textContent);

/** The list row whose open button says `title` (the header's case picker repeats titles). */
async function caseRow(title: string): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Cases' });
  return (await within(list).findByRole('button', { name: title })).closest('li')!;
}

async function seed() {
  db = freshDb();
  await createCase(db, { title: 'Rivera ABA', plan: { payer: 'Aetna' }, status: 'pending', followUp: { nextDue: '2020-01-05' } });
  await createCase(db, { title: 'Chen PT', plan: { payer: 'Cigna' }, status: 'denied' });
  await createCase(db, { title: 'Okafor OT', plan: { payer: 'Aetna' }, status: 'approved', followUp: { nextDue: '2099-03-01' } });
}

describe('Cases screen', () => {
  it('creates a case from the list, opens it, and lists it with the typed title', async () => {
    db = freshDb();
    renderApp(db);
    await screen.findByText('No cases yet');
    fireEvent.click(screen.getByRole('button', { name: 'New case' }));
    const title = await screen.findByLabelText('Case title');
    expect(screen.getByRole('tab', { name: 'Case' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.input(title, { target: { value: 'Lopez speech therapy' } });
    fireEvent.focusOut(title);
    await screen.findByText('Saved');
    fireEvent.click(screen.getByRole('tab', { name: 'Cases' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Lopez speech therapy']));
  });

  it('sorts by follow-up due with overdue first and highlighted, and filters by search and status', async () => {
    await seed();
    renderApp(db);
    await waitFor(() => expect(rowTitles()).toEqual(['Rivera ABA', 'Okafor OT', 'Chen PT']));
    const overdueRow = await caseRow('Rivera ABA');
    expect(overdueRow.getAttribute('data-overdue')).toBe('true');
    expect(within(overdueRow).getByText(/overdue since 2020-01-05/)).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Search cases'), { target: { value: 'aetna' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Rivera ABA', 'Okafor OT']));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'approved' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Okafor OT']));
    fireEvent.input(screen.getByLabelText('Search cases'), { target: { value: 'cigna' } });
    await screen.findByText('No matching cases');
  });

  it('deletes a case with its notes and Undo restores both', async () => {
    await seed();
    const chen = (await db.cases.toArray()).find((c) => c.title === 'Chen PT')!;
    await addNote(db, chen.id, 'Rep said resubmit with letter');
    renderApp(db);
    const row = await caseRow('Chen PT');
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Rivera ABA', 'Okafor OT']));
    expect(await getCase(db, chen.id)).toBeUndefined();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toContain('Chen PT'));
    expect((await listNotes(db, chen.id)).map((n) => n.text)).toEqual(['Rep said resubmit with letter']);
  });

  it('archives a case out of the list and shows it again with "Show archived"', async () => {
    await seed();
    renderApp(db);
    const row = await caseRow('Okafor OT');
    fireEvent.click(within(row).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(rowTitles()).not.toContain('Okafor OT'));
    fireEvent.click(screen.getByLabelText('Show archived'));
    const archived = await caseRow('Okafor OT');
    fireEvent.click(within(archived).getByRole('button', { name: 'Unarchive' }));
    await waitFor(async () => expect((await db.cases.toArray()).find((c) => c.title === 'Okafor OT')?.archived).toBe(false));
  });

  it('moves between rows with the arrow keys and opens the focused case with Enter', async () => {
    await seed();
    renderApp(db);
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    const openers = document.querySelectorAll<HTMLButtonElement>('.case-row-open');
    openers[0]!.focus();
    fireEvent.keyDown(openers[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(openers[1]);
    fireEvent.keyDown(openers[1]!, { key: 'End' });
    expect(document.activeElement).toBe(openers[2]);
    fireEvent.keyDown(openers[2]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(openers[1]);
    // Enter on a button activates it (the browser turns it into a click).
    fireEvent.click(openers[1]!);
    expect(await screen.findByDisplayValue('Okafor OT')).toBeTruthy();
  });
});
