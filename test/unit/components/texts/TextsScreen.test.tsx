import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { openDatabase, type ScaDatabase } from '../../../../lib/store/db';
import { DbContext } from '../../../../components/app/DbContext';
import { NavigationContext } from '../../../../components/app/Navigation';
import { ToastProvider } from '../../../../components/ui';
import { TextsScreen } from '../../../../components/texts/TextsScreen';
import { renderTemplate } from '../../../../lib/justify/render';
import { builtInTemplate } from '../../../../lib/justify/templates';
import { completeBundle, COMPLETE_CASE_ID } from '../../../fixtures/cases/complete';

const TODAY = '2026-11-10';
let db: ScaDatabase;
let n = 0;
const openCase = vi.fn();

beforeEach(async () => {
  n += 1;
  db = openDatabase(`texts-screen-${n}`);
  const b = completeBundle();
  await db.cases.put(b.case);
  await db.attempts.bulkPut(b.attempts);
  await db.calls.bulkPut(b.calls);
  await db.usage.bulkPut(b.usage);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderScreen() {
  return render(
    <DbContext.Provider value={db}>
      <NavigationContext.Provider value={{ activeCaseId: COMPLETE_CASE_ID, screen: 'texts', openCase, showScreen: () => {} }}>
        <ToastProvider>
          <TextsScreen caseId={COMPLETE_CASE_ID} today={TODAY} />
        </ToastProvider>
      </NavigationContext.Provider>
    </DbContext.Provider>,
  );
}

describe('Texts screen', () => {
  it('Copy puts the rendered text on the clipboard and says Copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderScreen();
    const expected = renderTemplate(builtInTemplate('no-specialty')!, 'provider', completeBundle(), TODAY).text;
    await screen.findByRole('heading', { name: 'No in-network provider with the needed specialty' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expected));
    expect((await screen.findAllByText('Copied')).length).toBeGreaterThan(0);
  });

  it('copies the text cut at a sentence when a limit is set', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderScreen();
    await screen.findByRole('heading', { name: 'No in-network provider with the needed specialty' });
    fireEvent.input(screen.getByLabelText('Character limit of the portal box'), { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const copied = writeText.mock.calls[0]![0] as string;
    expect(copied.length).toBeLessThanOrEqual(1000);
    expect(copied).toMatch(/\.$/u);
    expect((await screen.findAllByText(/Cut at a sentence to fit 1,000 characters/u)).length).toBeGreaterThan(0);
  });

  it('switching voice and template shows the patient text; missing facts send the user to the case', async () => {
    const b = completeBundle();
    await db.attempts.clear();
    await db.cases.put({ ...b.case, member: { ...b.case.member, dob: '' } });
    renderScreen();
    await screen.findByRole('heading', { name: 'No in-network provider with the needed specialty' });
    fireEvent.click(screen.getByLabelText('Patient / family'));
    await screen.findByText(/I am the parent of Jordan Rivera/u);
    expect(screen.getByText('member date of birth')).toBeTruthy();
    expect(screen.getByText('in-network providers contacted')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fill in member date of birth in the case' }));
    expect(openCase).toHaveBeenCalledWith(COMPLETE_CASE_ID, 'case');
  });
});
