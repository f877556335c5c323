// Insert into page from the Texts screen: the limit comes from the focused portal box (its
// maxlength), the text is cut to it at a boundary before it is sent, and the user is told.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextsScreen } from '../../../../components/texts/TextsScreen';
import { focusedFieldInfo, insertIntoFocusedField } from '../../../../lib/fill/portalClient';
import type { ScaDatabase } from '../../../../lib/store/db';
import { completeBundle, COMPLETE_CASE_ID } from '../../../fixtures/cases/complete';
import { freshDb, renderScreen } from '../app/workspace';

// The portal tab is out of reach in happy-dom: its two calls answer as the content script would.
vi.mock('../../../../lib/fill/portalClient', () => ({
  focusedFieldInfo: vi.fn(),
  insertIntoFocusedField: vi.fn(async (_tab: number | null, text: string) => ({
    ok: true,
    inserted: text,
    cut: false,
    boundary: 'none',
    maxLength: 1000,
    fieldLabel: 'Clinical notes',
  })),
}));

let db: ScaDatabase;
beforeEach(async () => {
  db = freshDb();
  const b = completeBundle();
  await db.cases.put(b.case);
  await db.attempts.bulkPut(b.attempts);
  vi.mocked(focusedFieldInfo).mockReset();
  vi.mocked(insertIntoFocusedField).mockClear();
});
afterEach(() => {
  cleanup();
  db?.close();
});

async function openTexts() {
  renderScreen(db, <TextsScreen caseId={COMPLETE_CASE_ID} today="2026-11-10" />, { activeCaseId: COMPLETE_CASE_ID, screen: 'texts' });
  await screen.findByRole('heading', { name: 'No in-network provider with the needed specialty' });
  return screen.getByLabelText('Character limit of the portal box') as HTMLInputElement;
}

describe('Insert into page', () => {
  it('takes the limit from the focused box, cuts the text to it and says it was cut', async () => {
    vi.mocked(focusedFieldInfo).mockResolvedValue({ label: 'Clinical notes', maxLength: 1000 });
    const limit = await openTexts();
    const full = screen.getByRole('region', { name: 'Preview' }).querySelector('pre')!.textContent!;
    expect(full.length).toBeGreaterThan(1000);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await waitFor(() => expect(insertIntoFocusedField).toHaveBeenCalled());
    const sent = vi.mocked(insertIntoFocusedField).mock.calls[0]![1];
    expect(sent.length).toBeLessThanOrEqual(1000);
    expect(full.startsWith(sent)).toBe(true);
    expect(
      (await screen.findAllByText(/^Inserted into Clinical notes\. Cut at a (sentence|word) to fit 1,000 characters\.$/u)).length,
    ).toBeGreaterThan(0);
    expect(limit.value).toBe('1000');
    expect(screen.getByText('From the focused portal box "Clinical notes".')).toBeTruthy();
  });

  it("shows the focused box's limit when the panel gets focus, but keeps a limit the user typed", async () => {
    vi.mocked(focusedFieldInfo).mockResolvedValue({ label: 'Reason', maxLength: 250 });
    const limit = await openTexts();
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(limit.value).toBe('250'));
    fireEvent.input(limit, { target: { value: '600' } });
    window.dispatchEvent(new Event('focus'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await waitFor(() => expect(insertIntoFocusedField).toHaveBeenCalled());
    expect(vi.mocked(insertIntoFocusedField).mock.calls[0]![1].length).toBeLessThanOrEqual(600);
    expect(vi.mocked(insertIntoFocusedField).mock.calls[0]![1].length).toBeGreaterThan(250);
    expect(limit.value).toBe('600');
  });

  it('inserts the whole text when the focused box has no limit', async () => {
    vi.mocked(focusedFieldInfo).mockResolvedValue(undefined);
    const limit = await openTexts();
    const full = screen.getByRole('region', { name: 'Preview' }).querySelector('pre')!.textContent!;
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await waitFor(() => expect(insertIntoFocusedField).toHaveBeenCalledWith(null, full));
    expect((await screen.findAllByText('Inserted into Clinical notes.')).length).toBeGreaterThan(0);
    expect(limit.value).toBe('');
  });
});
