import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CallsScreen } from '../../../../components/calls/CallsScreen';
import { addBusinessDays } from '../../../../lib/clocks/businessDays';
import { localDateOf } from '../../../../lib/dates/calendarDate';
import { createCase, getCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { listRecords } from '../../../../lib/store/records';
import { freshDb, renderCaseScreen as renderScreen } from './screenHarness';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Calls screen', () => {
  it('starts a call at once, saves the fields, ends it into the log and moves the follow-up', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA', status: 'pending', followUp: { intervalBusinessDays: 3 } });
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => void sent.push(m));
    renderScreen(db, <CallsScreen caseId={kase.id} />);

    const start = await screen.findByRole('button', { name: 'Start call' });
    expect(screen.getAllByRole('button')[0]).toBe(start);
    fireEvent.click(start);

    // Stored before anything is typed: a crash now still leaves the call.
    await waitFor(async () => expect(await listRecords(db, 'calls', kase.id)).toHaveLength(1));
    const [stored] = await listRecords(db, 'calls', kase.id);
    expect(stored!.endedAt).toBeUndefined();
    expect(await screen.findByRole('timer', { name: 'Call time' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/^\d\d:\d\d$/);
    // The script beside the fields is for the stage the case is in (pending: follow up).
    const script = screen.getByRole('complementary', { name: /^Call script: Follow up/ });
    expect(within(script).getByRole('list', { name: 'Questions to ask' }).children.length).toBeGreaterThan(0);
    expect(within(script).getByText('Call reference number')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Who was called'), { target: { value: 'utilization-management' } });
    type('Phone number', '800-555-0100');
    type('Representative name', 'Tasha');
    type('Reference / call number', 'CALL-778812');
    type('What was said', 'Request is in clinical review; records received.');
    type('Outcome', 'Pending clinical review');
    type('Next step', 'Call back Friday');

    // Autosaved while the call is still open.
    await waitFor(async () => expect((await listRecords(db, 'calls', kase.id))[0]!.representative).toBe('Tasha'));

    fireEvent.click(screen.getByRole('button', { name: 'End call' }));
    const log = await screen.findByRole('list', { name: 'Calls, newest first' });
    const entry = within(log).getAllByRole('listitem')[0]!;
    expect(entry.textContent).toContain('Utilization management');
    expect(entry.textContent).toContain('Rep: Tasha');
    expect(entry.textContent).toContain('CALL-778812');
    expect(entry.textContent).toContain('Request is in clinical review; records received.');
    expect(screen.queryByRole('timer')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start call' })));

    const [ended] = await listRecords(db, 'calls', kase.id);
    expect(ended).toMatchObject({
      party: 'utilization-management',
      phoneNumber: '800-555-0100',
      referenceNumber: 'CALL-778812',
      outcome: 'Pending clinical review',
      nextStep: 'Call back Friday',
    });
    expect(ended!.endedAt).toBeDefined();

    await waitFor(async () => {
      const after = await getCase(db, kase.id);
      expect(after!.followUp.nextDue).toBe(addBusinessDays(localDateOf(ended!.startedAt), 3));
      expect(after!.request.referenceNumbers.map((r) => r.value)).toEqual(['CALL-778812']);
    });
    await waitFor(() => expect(sent).toContainEqual({ type: 'follow-ups-changed' }));
  });

  it('keeps the follow-up of a case that is not waiting for a decision', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Draft case', status: 'draft' });
    renderScreen(db, <CallsScreen caseId={kase.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start call' }));
    fireEvent.click(await screen.findByRole('button', { name: 'End call' }));
    await screen.findByText(/under 1 min/);
    await screen.findByText('Call saved.');
    expect((await getCase(db, kase.id))!.followUp.nextDue).toBe('');
  });

  it('saves typed text when the view closes before the autosave delay', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA', status: 'pending' });
    const view = renderScreen(db, <CallsScreen caseId={kase.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start call' }));
    await screen.findByLabelText('What was said');
    type('What was said', 'Rep said to fax records');
    view.unmount();
    await waitFor(async () => expect((await listRecords(db, 'calls', kase.id))[0]!.summary).toBe('Rep said to fax records'));
  });

  it('reopens call mode for a call left open (browser closed mid-call) and copies its reference number from the log', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA', status: 'pending' });
    const { putRecord } = await import('../../../../lib/store/records');
    await putRecord(db, 'calls', {
      id: 'c-old',
      caseId: kase.id,
      startedAt: '2026-11-02T15:00:00.000Z',
      endedAt: '2026-11-02T15:23:00.000Z',
      referenceNumber: 'REF-1',
      representative: 'Ann',
    });
    await putRecord(db, 'calls', { id: 'c-open', caseId: kase.id, startedAt: new Date().toISOString(), representative: 'Bo' });
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderScreen(db, <CallsScreen caseId={kase.id} />);

    expect(((await screen.findByLabelText('Representative name')) as HTMLInputElement).value).toBe('Bo');
    const log = screen.getByRole('list', { name: 'Calls, newest first' });
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    expect(log.textContent).toContain('23 min');
    fireEvent.click(within(log).getByRole('button', { name: 'Copy reference number REF-1' }));
    await screen.findByText('Copied');
    expect(writeText).toHaveBeenCalledWith('REF-1');
  });
});
