import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseScreen } from '../../../../components/case/CaseScreen';
import { createCase, getCase, saveCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

async function openEditor() {
  db = freshDb();
  const c = await createCase(db, { title: 'Rivera ABA' });
  renderScreen(db, <CaseScreen caseId={c.id} />, { activeCaseId: c.id, screen: 'case' });
  await screen.findByLabelText('Member first name');
  return c.id;
}

const stored = async (id: string) => (await getCase(db, id))!;

describe('Case editor', () => {
  it('autosaves a typed member name after a pause and shows "Saved"', async () => {
    const id = await openEditor();
    fireEvent.input(screen.getByLabelText('Member first name'), { target: { value: 'Jordan' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    // Not written on the keystroke itself: the save waits for a pause in typing.
    expect((await stored(id)).member.firstName).toBe('');
    await waitFor(async () => expect((await stored(id)).member.firstName).toBe('Jordan'), { timeout: 20_000 });
    await screen.findByText('Saved');
  });

  it('saves at once when the field loses focus', async () => {
    const id = await openEditor();
    const input = screen.getByLabelText('Member last name');
    // With timers stopped the typing pause never ends (however slow the machine): only the blur can save.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.input(input, { target: { value: 'Rivera' } });
      await new Promise((r) => setImmediate(r));
      expect((await stored(id)).member.lastName).toBe('');
      fireEvent.focusOut(input);
      while ((await stored(id)).member.lastName !== 'Rivera') await new Promise((r) => setImmediate(r));
    } finally {
      vi.useRealTimers();
    }
  });

  it('warns inline and in the summary about a bad NPI, and still saves it', async () => {
    const id = await openEditor();
    const requesting = screen.getByRole('group', { name: 'Requesting provider' });
    const npi = within(requesting).getByLabelText('NPI');
    fireEvent.input(npi, { target: { value: '1234567890' } });
    fireEvent.focusOut(npi);
    // The field's warning is tied to it (aria-describedby), next to it.
    await waitFor(() => expect(npi.getAttribute('aria-invalid')).toBe('true'));
    const warningId = npi
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((i) => i.endsWith('-warning'))!;
    expect(document.getElementById(warningId)!.textContent).toMatch(/NPI/i);
    expect(screen.getByText(/1 field to check/)).toBeTruthy();
    expect(screen.getByText('Requesting provider: NPI')).toBeTruthy();
    await waitFor(async () => expect((await stored(id)).providers.requesting.npi).toBe('1234567890'));
    // A valid NPI clears the warning.
    fireEvent.input(npi, { target: { value: '1245319599' } });
    await waitFor(() => expect(npi.getAttribute('aria-invalid')).toBeNull());
    expect(screen.queryByText(/field to check/)).toBeNull();
  });

  it('a warning in the summary leads to its field, opening the collapsed section it is in', async () => {
    db = freshDb();
    const c = await createCase(db, { title: 'Rivera ABA', service: { diagnoses: [{ code: 'XYZ', description: 'Autism' }] } });
    renderScreen(db, <CaseScreen caseId={c.id} />, { activeCaseId: c.id, screen: 'case' });
    const code = (await screen.findByLabelText('ICD-10 code 1')) as HTMLInputElement;
    const service = code.closest('details')!;
    expect(service.open).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: /^Go to .*: / }));
    expect(service.open).toBe(true);
    expect(document.activeElement).toBe(code);
  });

  it('records a status change with the date it took effect', async () => {
    const id = await openEditor();
    const status = screen.getByLabelText('Status');
    fireEvent.change(status, { target: { value: 'requested' } });
    const date = await screen.findByLabelText('Status took effect on');
    fireEvent.input(date, { target: { value: '2026-11-02' } });
    fireEvent.focusOut(date);
    await waitFor(async () => {
      const c = await stored(id);
      expect(c.status).toBe('requested');
      expect(c.statusHistory.map((e) => [e.status, e.date])).toEqual([['requested', '2026-11-02']]);
    });
  });

  it('adds a reference number that can be copied', async () => {
    const id = await openEditor();
    fireEvent.input(screen.getByLabelText('Reference label'), { target: { value: 'Call reference' } });
    fireEvent.input(screen.getByLabelText('Reference number'), { target: { value: 'REF-4471' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add reference number' }));
    expect(screen.getByRole('button', { name: 'Copy Call reference REF-4471' })).toBeTruthy();
    await waitFor(
      async () =>
        expect((await stored(id)).request.referenceNumbers.map((r) => [r.label, r.value])).toEqual([['Call reference', 'REF-4471']]),
      { timeout: 20_000 },
    );
  });

  it('on a change from another window, offers both versions and "Keep mine" overwrites', async () => {
    const id = await openEditor();
    // Another window saves first.
    const theirs = await stored(id);
    await saveCase(db, { ...theirs, title: 'Changed elsewhere' }, theirs.revision);
    const input = screen.getByLabelText('Member first name');
    fireEvent.input(input, { target: { value: 'Mine' } });
    fireEvent.focusOut(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This case was changed in another window');
    expect((await stored(id)).member.firstName).toBe('');
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep mine (overwrite)' }));
    await waitFor(async () => expect((await stored(id)).member.firstName).toBe('Mine'));
  });

  it('"Load their version" replaces the unsaved edits with the other window\'s case', async () => {
    const id = await openEditor();
    const theirs = await stored(id);
    await saveCase(db, { ...theirs, member: { ...theirs.member, firstName: 'Theirs' } }, theirs.revision);
    const input = screen.getByLabelText('Member first name') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'Mine' } });
    fireEvent.focusOut(input);
    fireEvent.click(await screen.findByRole('button', { name: 'Load their version' }));
    await waitFor(() => expect((screen.getByLabelText('Member first name') as HTMLInputElement).value).toBe('Theirs'));
    expect((await stored(id)).member.firstName).toBe('Theirs');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
