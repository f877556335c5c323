// The side panel, unlocked, while the passphrase is changed in the options page: it goes back to
// the unlock screen and says why, and the new passphrase opens the same cases.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/App';
import { UnlockScreen } from '../../../components/lock/UnlockScreen';
import { createCase } from '../../../lib/store/cases';
import { openDatabase } from '../../../lib/store/db';
import { changePassphrase, enableLock, unlock } from '../../../lib/store/lock';
import { freshDb } from '../store/helpers';
import { FAST, rawText } from './helpers';

vi.mock('../../../components/fill/FillScreen', () => ({ FillScreen: () => null }));
vi.mock('../../../components/calls/CallsScreen', () => ({ CallsScreen: () => null }));
vi.mock('../../../components/checklist/ChecklistScreen', () => ({ ChecklistScreen: () => null }));

const PASS = 'correct horse battery';
const NEW = 'new horse battery';
afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const CHANGED = /The passphrase was changed in another window. Unlock with the new passphrase./;

describe('passphrase changed in another window', () => {
  it('the open side panel shows the unlock screen saying so; the old passphrase is refused, the new one opens the cases', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Avery Quinn - PT' });
    await enableLock(db, PASS, FAST);
    const panel = openDatabase(db.name);
    await unlock(panel, PASS);
    render(<App db={panel} windowId={3} search="" />);
    expect(await screen.findByText(/Avery Quinn - PT/)).toBeTruthy();

    await changePassphrase(db, PASS, NEW, FAST);
    const resealed = await rawText(db);

    expect(await screen.findByRole('heading', { name: 'SCA Assistant is locked' })).toBeTruthy();
    expect(screen.getByText(CHANGED)).toBeTruthy();
    expect(screen.queryByText(/Avery Quinn/)).toBeNull();
    expect(screen.queryByText(/not the right one|not right/)).toBeNull();

    type('Passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not right/);

    type('Passphrase', NEW);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/Avery Quinn - PT/)).toBeTruthy();
    expect(await rawText(db)).toBe(resealed);
    panel.close();
  });

  it('the unlock screen shows no such message when the page was only locked', () => {
    render(<UnlockScreen onUnlock={async () => undefined} />);
    expect(screen.getByRole('heading', { name: 'SCA Assistant is locked' })).toBeTruthy();
    expect(screen.queryByText(CHANGED)).toBeNull();
  });
});
