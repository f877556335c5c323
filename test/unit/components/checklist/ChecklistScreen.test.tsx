import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistScreen } from '../../../../components/checklist/ChecklistScreen';
import { localToday } from '../../../../lib/case/validate';
import { addCalendarDays } from '../../../../lib/clocks/businessDays';
import { formatUsDate } from '../../../../lib/dates/calendarDate';
import { createCase, getCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { listRecords } from '../../../../lib/store/records';
import { freshDb, renderCaseScreen } from '../calls/screenHarness';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

describe('Checklist screen', () => {
  it('saves a ticked manual item into the case and shows auto items with their reason', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA', status: 'draft' });
    renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    const box = (await screen.findByLabelText('Short support letter attached to the request')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await getCase(db, kase.id))!.checklistTicks['support-letter']).toBe(true));
    expect(box.checked).toBe(true);

    // Auto items are not checkboxes: they say whether the case data has it and why it matters.
    const stages = screen.getByRole('heading', { name: 'Stages' }).closest('section')!;
    const dx = within(stages).getByText('Diagnosis recorded (ICD-10)').closest('li')!;
    expect(dx.querySelector('input')).toBeNull();
    expect(dx.getAttribute('data-done')).toBe('false');
    expect(within(dx).getByText(/^Why:/)).toBeTruthy();
    const missing = screen.getByRole('heading', { name: "What's missing for the next step" }).closest('section')!;
    expect(within(missing).getByText('Diagnosis recorded (ICD-10)')).toBeTruthy();
  });

  it('opens the case from a missing item', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA' });
    const { opened } = renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    const missing = (await screen.findByRole('heading', { name: "What's missing for the next step" })).closest('section')!;
    fireEvent.click(within(missing).getByRole('button', { name: 'Open in the case: Diagnosis recorded (ICD-10)' }));
    expect(opened).toEqual([[kase.id, 'case']]);
  });

  it('shows a deadline with its rule and source; a date of my own replaces it until reset', async () => {
    db = freshDb();
    const submitted = addCalendarDays(localToday(), -2);
    const kase = await createCase(db, {
      title: 'Rivera ABA',
      status: 'requested',
      plan: { lineOfBusiness: 'self-funded-erisa' },
      request: { submittedDate: submitted, priority: 'standard' },
    });
    renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    const due = await screen.findByTestId('deadline-due-decision-standard');
    expect(due.textContent).toBe(formatUsDate(addCalendarDays(submitted, 15)));
    const row = due.closest('li')!;
    expect(row.textContent).toContain('13 days left');
    expect(row.textContent).toContain('Source: DOL claims procedure rule');

    fireEvent.input(within(row).getByLabelText('Set your own date for: Standard pre-service decision due'), {
      target: { value: '2030-01-15' },
    });
    await waitFor(() => expect(screen.getByTestId('deadline-due-decision-standard').textContent).toBe('01/15/2030'));
    expect((await getCase(db, kase.id))!.deadlineOverrides['decision-standard']).toBe('2030-01-15');

    fireEvent.click(screen.getByRole('button', { name: 'Reset Standard pre-service decision due to the computed date' }));
    await waitFor(() =>
      expect(screen.getByTestId('deadline-due-decision-standard').textContent).toBe(formatUsDate(addCalendarDays(submitted, 15))),
    );
    expect((await getCase(db, kase.id))!.deadlineOverrides).toEqual({});
  });

  it('changes the follow-up interval and re-dates the next call from the last contact', async () => {
    db = freshDb();
    const kase = await createCase(db, { title: 'Rivera ABA', status: 'pending', request: { submittedDate: '2026-11-02' } });
    renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    const interval = await screen.findByLabelText('Call the plan every (business days)');
    const section = interval.closest('section')!;
    // 2026-11-02 is a Monday: 3 business days -> Thursday 11/05; 5 -> Monday 11/09.
    expect(within(section).getByText('11/05/2026')).toBeTruthy();
    fireEvent.input(interval, { target: { value: '5' } });
    await waitFor(() => expect(within(section).getByText('11/09/2026')).toBeTruthy());
    const saved = (await getCase(db, kase.id))!;
    expect(saved.followUp).toMatchObject({ intervalBusinessDays: 5, nextDue: '2026-11-09' });
  });

  it('logs sessions against approved units and offers an extension request when few remain', async () => {
    db = freshDb();
    const kase = await createCase(db, {
      title: 'Rivera ABA',
      status: 'approved',
      agreement: {
        authorizationNumber: 'A-1',
        approvedCodes: [{ code: '97153', units: 40 }],
        startDate: '2026-01-01',
        endDate: '2099-12-31',
      },
    });
    const { opened } = renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    const units = (await screen.findByRole('heading', { name: 'Units used' })).closest('section')!;
    expect(within(units).queryByRole('button', { name: 'Request an extension' })).toBeNull();

    const log = async (n: string) => {
      fireEvent.input(within(units).getByLabelText('Units'), { target: { value: n } });
      fireEvent.click(within(units).getByRole('button', { name: 'Log session' }));
      await waitFor(() => expect((within(units).getByLabelText('Units') as HTMLInputElement).value).toBe(''));
    };
    await log('12');
    await log('12');
    await log('12');
    expect((await listRecords(db, 'usage', kase.id)).map((u) => u.units)).toEqual([12, 12, 12]);
    const row = within(units).getByRole('rowheader', { name: '97153' }).closest('tr')!;
    await waitFor(() => expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['40', '36', '4 (about 0 sessions)']));
    fireEvent.click(within(units).getByRole('button', { name: 'Request an extension' }));
    expect(opened).toEqual([[kase.id, 'texts']]);
  });
});
