import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupPanel } from '../../../../components/backup/BackupPanel';
import { exportAll } from '../../../../lib/store/backup';
import { createCase, saveCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { addNote } from '../../../../lib/store/notes';
import { freshDb, renderScreen } from '../app/workspace';

const dbs: ScaDatabase[] = [];
afterEach(() => {
  cleanup();
  for (const d of dbs.splice(0)) d.close();
});
function db() {
  const d = freshDb();
  dbs.push(d);
  return d;
}

function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Import backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

async function snapshot(d: ScaDatabase) {
  return { cases: await d.cases.toArray(), notes: await d.notes.toArray() };
}

describe('Backup panel', () => {
  it('previews an import (new and newer cases), imports on "Import", and Cancel changes nothing', async () => {
    // The file: one case this browser lacks, and a newer version of one it has.
    const source = db();
    const shared = await createCase(source, { title: 'Shared case' });
    const fresh = await createCase(source, { title: 'Brand new case' });
    await addNote(source, fresh.id, 'From the other computer');
    const target = db();
    await target.cases.put(shared);
    await saveCase(source, { ...shared, title: 'Shared case (edited)' }, shared.revision, new Date(Date.now() + 60_000));
    const file = await exportAll(source);

    renderScreen(target, <BackupPanel />);
    const before = await snapshot(target);
    chooseFile(file);
    const preview = await screen.findByRole('list', { name: 'What the import will do' });
    expect(preview.textContent).toMatch(/Brand new case: new, will be added; 1 note added/);
    expect(preview.textContent).toMatch(/Shared case \(edited\): the file's version is newer/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('list', { name: 'What the import will do' })).toBeNull();
    expect(await snapshot(target)).toEqual(before);

    chooseFile(file);
    await screen.findByRole('list', { name: 'What the import will do' });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect((await target.cases.get(fresh.id))?.title).toBe('Brand new case'));
    expect((await target.cases.get(shared.id))?.title).toBe('Shared case (edited)');
    expect((await target.notes.where('caseId').equals(fresh.id).toArray()).map((n) => n.text)).toEqual(['From the other computer']);
  });

  it("shows the parser's error for a broken file in an alert and changes nothing", async () => {
    const target = db();
    await createCase(target, { title: 'Keep me' });
    renderScreen(target, <BackupPanel />);
    const before = await snapshot(target);
    chooseFile('{"format": "sca-assistant-backup", "version": 1, "cases": [', 'cut.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not valid JSON/);
    expect(within(alert).getByText('Nothing was changed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await snapshot(target)).toEqual(before);
  });

  it('"Export this case" is unavailable until a case is open', async () => {
    renderScreen(db(), <BackupPanel />);
    expect((screen.getByRole('button', { name: 'Export this case' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Export all' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
