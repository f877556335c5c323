import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallsScreen } from '../../../../components/calls/CallsScreen';
import { formatCallStart } from '../../../../components/calls/callTime';
import { createCase, getCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { listRecords, putRecord } from '../../../../lib/store/records';
import { freshDb, renderCaseScreen } from './screenHarness';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

const EARLIER = { startedAt: '2026-11-02T15:00:00.000Z', endedAt: '2026-11-02T15:23:00.000Z' };
const LATER = { startedAt: '2026-11-20T19:05:00.000Z', endedAt: '2026-11-20T19:12:00.000Z' };

async function caseWithCalls() {
  db = freshDb();
  const kase = await createCase(db, {
    title: 'Rivera ABA',
    status: 'pending',
    followUp: { intervalBusinessDays: 3, nextDue: '2026-11-25' },
  });
  const older = await putRecord(db, 'calls', {
    id: 'c-1',
    caseId: kase.id,
    ...EARLIER,
    party: 'utilization-management',
    representative: 'Ann',
    referenceNumber: 'REF-1',
    summary: 'Records received.',
    outcome: 'Pending',
    nextStep: 'Call Friday',
  });
  const newer = await putRecord(db, 'calls', {
    id: 'c-2',
    caseId: kase.id,
    ...LATER,
    representative: 'Marisol',
    referenceNumber: 'UM-551O07',
  });
  renderCaseScreen(db, <CallsScreen caseId={kase.id} />);
  const log = await screen.findByRole('list', { name: 'Calls, newest first' });
  return { kase, older, newer, log };
}

const editButton = (startedAt: string) => screen.getByRole('button', { name: `Edit call of ${formatCallStart(startedAt)}` });
const deleteButton = (startedAt: string) => screen.getByRole('button', { name: `Delete call of ${formatCallStart(startedAt)}` });
const editor = (startedAt: string) => screen.getByRole('group', { name: `Editing call of ${formatCallStart(startedAt)}` });
const field = (scope: HTMLElement, label: string) => within(scope).getByLabelText(label) as HTMLInputElement;

describe('Call log: correcting and removing logged calls', () => {
  it('edits a reference number in place, saved as typed, and Done returns focus to that Edit button', async () => {
    const { kase, newer, log } = await caseWithCalls();
    fireEvent.click(editButton(LATER.startedAt));
    const form = editor(LATER.startedAt);
    // The same fields as call mode, holding what was logged; focus on the first one.
    expect(field(form, 'Representative name').value).toBe('Marisol');
    expect(field(form, 'Reference / call number').value).toBe('UM-551O07');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Who was called')));

    fireEvent.input(field(form, 'Reference / call number'), { target: { value: 'UM-551907' } });
    // Saved as typed, before Done: times and other fields as logged.
    await waitFor(async () => expect((await listRecords(db, 'calls', kase.id))[0]).toEqual({ ...newer, referenceNumber: 'UM-551907' }));

    fireEvent.click(within(form).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Editing call of / })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(editButton(LATER.startedAt)));
    const entry = within(log).getAllByRole('listitem')[0]!;
    expect(entry.textContent).toContain('UM-551907');
    expect(entry.textContent).not.toContain('UM-551O07');
    expect(within(entry).getByRole('button', { name: 'Copy reference number UM-551907' })).toBeTruthy();
  });

  it('a corrected reference number is corrected on the case too, where the call had put it', async () => {
    db = freshDb();
    const kase = await createCase(db, {
      title: 'Rivera ABA',
      request: { referenceNumbers: [{ label: 'Call reference #', value: 'UM-551O07', capturedAt: LATER.endedAt, source: 'call' }] },
    });
    await putRecord(db, 'calls', { id: 'c-2', caseId: kase.id, ...LATER, referenceNumber: 'UM-551O07' });
    renderCaseScreen(db, <CallsScreen caseId={kase.id} />);
    await screen.findByRole('list', { name: 'Calls, newest first' });
    fireEvent.click(editButton(LATER.startedAt));
    const form = editor(LATER.startedAt);
    fireEvent.input(field(form, 'Reference / call number'), { target: { value: 'UM-551907' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await getCase(db, kase.id))?.request.referenceNumbers.map((r) => r.value)).toEqual(['UM-551907']));
  });

  it('shows the fax number for records taken down on the call', async () => {
    const { log } = await caseWithCalls();
    fireEvent.click(editButton(EARLIER.startedAt));
    fireEvent.input(field(editor(EARLIER.startedAt), 'Fax number for records'), { target: { value: '(800) 555-0199' } });
    fireEvent.click(within(editor(EARLIER.startedAt)).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(log).getAllByRole('listitem')[1]!.textContent).toContain('Fax for records: (800) 555-0199'));
  });

  it('keeps one entry in edit at a time; Escape closes it with the change kept', async () => {
    const { kase, older } = await caseWithCalls();
    fireEvent.click(editButton(LATER.startedAt));
    expect(editor(LATER.startedAt)).toBeTruthy();
    fireEvent.click(editButton(EARLIER.startedAt));
    expect(screen.getAllByRole('group', { name: /^Editing call of / })).toHaveLength(1);
    const form = editor(EARLIER.startedAt);

    fireEvent.input(field(form, 'Outcome'), { target: { value: 'Approved for 6 months' } });
    fireEvent.keyDown(field(form, 'Outcome'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Editing call of / })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(editButton(EARLIER.startedAt)));
    await screen.findByText('Approved for 6 months');
    const stored = (await listRecords(db, 'calls', kase.id)).find((c) => c.id === older.id);
    expect(stored).toEqual({ ...older, outcome: 'Approved for 6 months' });
  });

  it('deletes a call and Undo puts back the identical record; the follow-up date stays', async () => {
    const { kase, older, newer, log } = await caseWithCalls();
    fireEvent.click(deleteButton(LATER.startedAt));
    const toast = screen.getByRole('status');
    await within(toast).findByText('Call deleted.');
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(1));
    expect(log.textContent).not.toContain('UM-551O07');
    expect(await listRecords(db, 'calls', kase.id)).toEqual([older]);
    // Focus moves on to the remaining entry instead of being lost with the button.
    await waitFor(() => expect(document.activeElement).toBe(editButton(EARLIER.startedAt)));

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listRecords(db, 'calls', kase.id)).toEqual([newer, older]));
    await waitFor(() => expect(within(log).getAllByRole('listitem')[0]!.textContent).toContain('UM-551O07'));
    expect((await getCase(db, kase.id))!.followUp.nextDue).toBe('2026-11-25');
  });

  it('deleting a call takes its reference number off the case; Undo puts it back in its place', async () => {
    db = freshDb();
    const typed = { label: 'Auth #', value: 'A-77', capturedAt: EARLIER.startedAt, source: 'Availity' };
    const fromCall = { label: 'Call reference #', value: 'UM-551O07', capturedAt: LATER.endedAt, source: 'call' };
    const kase = await createCase(db, { title: 'Rivera ABA', request: { referenceNumbers: [fromCall, typed] } });
    await putRecord(db, 'calls', { id: 'c-2', caseId: kase.id, ...LATER, referenceNumber: 'UM-551O07' });
    renderCaseScreen(db, <CallsScreen caseId={kase.id} />);
    await screen.findByRole('list', { name: 'Calls, newest first' });
    const values = async () => (await getCase(db, kase.id))!.request.referenceNumbers.map((r) => r.value);

    fireEvent.click(deleteButton(LATER.startedAt));
    const toast = screen.getByRole('status');
    await within(toast).findByText('Call deleted. Its reference number UM-551O07 was taken off the case too.');
    expect(await values()).toEqual(['A-77']);
    expect(await listRecords(db, 'calls', kase.id)).toEqual([]);

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await values()).toEqual(['UM-551O07', 'A-77']));
    expect((await listRecords(db, 'calls', kase.id)).map((c) => c.id)).toEqual(['c-2']);
  });

  it('deletes without undo: the call is gone from the log and the database', async () => {
    const { kase } = await caseWithCalls();
    fireEvent.click(deleteButton(LATER.startedAt));
    await screen.findByText('Call deleted.');
    fireEvent.click(await screen.findByRole('button', { name: `Delete call of ${formatCallStart(EARLIER.startedAt)}` }));
    await screen.findByText('No calls logged yet.');
    expect(await listRecords(db, 'calls', kase.id)).toEqual([]);
    expect((await getCase(db, kase.id))!.followUp.nextDue).toBe('2026-11-25');
  });

  it('does not list the call in progress, so it cannot be edited or deleted from the log', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA', status: 'pending' });
    await putRecord(db, 'calls', { id: 'c-open', caseId: kase.id, startedAt: new Date().toISOString() });
    renderCaseScreen(db, <CallsScreen caseId={kase.id} />);
    await screen.findByRole('button', { name: 'End call' });
    expect(screen.getByText('No calls logged yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^(Edit|Delete) call of / })).toBeNull();
  });

  it('says why a correction was not stored and keeps the editor with the typed text', async () => {
    const { log } = await caseWithCalls();
    fireEvent.click(editButton(LATER.startedAt));
    const form = editor(LATER.startedAt);
    db.close();
    fireEvent.input(field(form, 'Reference / call number'), { target: { value: 'UM-551907' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Done' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/^Could not save the call: the case database was closed/);
    expect(editor(LATER.startedAt)).toBe(form);
    expect(field(form, 'Reference / call number').value).toBe('UM-551907');
    expect(log.isConnected).toBe(true);
  });

  it('says why a delete failed and keeps the call listed', async () => {
    const { log } = await caseWithCalls();
    db.close();
    fireEvent.click(deleteButton(LATER.startedAt));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not delete the call: the case database was closed/);
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText('Call deleted.')).toBeNull();
  });
});
