import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCase } from '../../../../lib/store/cases';
import { setActiveCaseId } from '../../../../lib/store/activeCase';
import type { ScaDatabase } from '../../../../lib/store/db';
import { renderApp } from './renderApp';
import { WINDOW_ID, freshDb } from './workspace';

vi.mock('../../../../components/fill/FillScreen', () => ({ FillScreen: () => null }));
vi.mock('../../../../components/calls/CallsScreen', () => ({ CallsScreen: () => null }));
vi.mock('../../../../components/checklist/ChecklistScreen', () => ({ ChecklistScreen: () => null }));

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

describe('Workspace shell', () => {
  it("reopens the window's remembered case, and Alt+digit switches screens", async () => {
    db = freshDb();
    const c = await createCase(db, { title: 'Remembered case' });
    await setActiveCaseId(db, WINDOW_ID, c.id);
    renderApp(db);
    expect(await screen.findByDisplayValue('Remembered case')).toBeTruthy();
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'Case' }).id);
    fireEvent.keyDown(document, { key: '7', code: 'Digit7', altKey: true });
    await screen.findByLabelText('New note');
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document, { key: '1', code: 'Digit1', altKey: true });
    await waitFor(() => expect(screen.getByLabelText('Search cases')).toBeTruthy());
  });

  it('keeps the screen the user picked while the remembered case was still being looked up, with that case', async () => {
    db = freshDb();
    const c = await createCase(db, { title: 'Remembered case' });
    await setActiveCaseId(db, WINDOW_ID, c.id);
    renderApp(db);
    // The user clicks Cases as soon as the tabs show, before the lookup answers.
    fireEvent.click(await screen.findByRole('tab', { name: 'Cases' }));
    await screen.findByRole('button', { name: 'Remembered case' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('tab', { name: 'Cases' }).getAttribute('aria-selected')).toBe('true');
    // The header still holds the window's case, ready for the other screens.
    expect(await screen.findByDisplayValue('Remembered case')).toBeTruthy();
  });

  it('a case screen picked before the lookup answers shows the remembered case, not "No case selected"', async () => {
    db = freshDb();
    const c = await createCase(db, { title: 'Remembered case' });
    await setActiveCaseId(db, WINDOW_ID, c.id);
    renderApp(db);
    // Notes at once, as a user on the phone would.
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    await screen.findByLabelText('New note');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByText('No case selected')).toBeNull();
    expect(screen.getByDisplayValue('Remembered case')).toBeTruthy();
  });
});
