import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/App';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { createCase } from '../../../lib/store/cases';
import { openDatabase } from '../../../lib/store/db';
import { enableLock, lockStatus } from '../../../lib/store/lock';
import { freshDb } from '../store/helpers';
import { FAST, rawText } from './helpers';
import { BackupPanel } from '../../../components/backup/BackupPanel';
import { exportAll } from '../../../lib/store/backup';
import { listCases } from '../../../lib/store/cases';
import { renderScreen } from '../components/app/workspace';

vi.mock('../../../components/fill/FillScreen', () => ({ FillScreen: () => null }));
vi.mock('../../../components/calls/CallsScreen', () => ({ CallsScreen: () => null }));
vi.mock('../../../components/checklist/ChecklistScreen', () => ({ ChecklistScreen: () => null }));

const PASS = 'correct horse battery';
afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('side panel unlock', () => {
  it('shows the unlock screen; a wrong passphrase only says so; the right one opens the cases', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Avery Quinn - PT' });
    await enableLock(db, PASS, FAST);
    const before = await rawText(db);
    const panel = openDatabase(db.name);
    render(<App db={panel} windowId={3} search="" />);

    expect(await screen.findByRole('heading', { name: 'SCA Assistant is locked' })).toBeTruthy();
    expect(screen.queryByText(/Avery Quinn/)).toBeNull();
    expect(screen.getByText('Forgot passphrase?')).toBeTruthy();
    type('Passphrase', 'wrong passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not right. Nothing was changed/);
    expect(await rawText(db)).toBe(before);

    type('Passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/Avery Quinn - PT/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'SCA Assistant is locked' })).toBeNull();

    // "Lock" in the header locks at once, without waiting for the idle minutes.
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'SCA Assistant is locked' })).toBeTruthy();
    expect(screen.queryByText(/Avery Quinn/)).toBeNull();
    expect(await lockStatus(panel)).toBe('locked');
    panel.close();
  });

  it('with the lock off the workspace shows straight away', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Plain case' });
    render(<App db={db} windowId={3} search="" />);
    expect(await screen.findByText(/Plain case/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
  });
});

describe('options: passphrase lock', () => {
  it('turns the lock on with a passphrase typed twice, refuses a wrong one to turn it off, then turns it off', async () => {
    const db = freshDb();
    await createCase(db, { title: 'Avery Quinn - PT' });
    render(<OptionsPage db={db} lockOptions={FAST} />);
    await screen.findByRole('heading', { name: 'Passphrase lock' });

    type('New passphrase', 'short');
    expect(screen.getByText(/Too short/)).toBeTruthy();
    type('New passphrase', PASS);
    type('Type it again', PASS + 'x');
    expect(screen.getByText('The two passphrases are not the same.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Turn on the lock' }) as HTMLButtonElement).disabled).toBe(true);
    type('Type it again', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/The lock is on/);
    expect(await rawText(db)).not.toContain('Avery');

    type('Current passphrase', 'not the passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Turn off the lock' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not right. Nothing was changed/);
    expect(await rawText(db)).not.toContain('Avery');

    type('Current passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off the lock' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/The lock is off/);
    await waitFor(async () => expect(await lockStatus(db)).toBe('off'));
    expect(await rawText(db)).toContain('Avery');
  });
});

describe('importing an encrypted backup', () => {
  it('asks for the passphrase; a wrong one says so and imports nothing; the right one shows the preview', async () => {
    const source = freshDb();
    await createCase(source, { title: 'Avery Quinn - PT' });
    await enableLock(source, PASS, FAST);
    const text = await exportAll(source);
    const db = freshDb();
    renderScreen(db, <BackupPanel />);
    const input = document.getElementById('backup-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'locked.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);

    expect(await screen.findByText(/locked.json is encrypted/)).toBeTruthy();
    type('Backup passphrase', 'not the passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByText(/passphrase does not open this backup/)).toBeTruthy();
    expect(await listCases(db)).toEqual([]);

    type('Backup passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByText('Import locked.json?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect((await listCases(db)).map((c) => c.title)).toEqual(['Avery Quinn - PT']));
  });
});
