import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseScreen } from '../../../../components/case/CaseScreen';
import { ChecklistScreen } from '../../../../components/checklist/ChecklistScreen';
import type { CaseInput } from '../../../../lib/case/schema';
import { localToday } from '../../../../lib/case/validate';
import { addCalendarDays, formatUsDate } from '../../../../lib/clocks';
import { createCase, getCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

/** The Case screen and, beside it, the Checklist screen that lists the deadlines. */
async function openCase(init: Partial<CaseInput>) {
  db = freshDb();
  const c = await createCase(db, { title: 'Rivera ABA', plan: { lineOfBusiness: 'self-funded-erisa' }, ...init });
  renderScreen(
    db,
    <>
      <CaseScreen caseId={c.id} />
      <ChecklistScreen caseId={c.id} />
    </>,
    { activeCaseId: c.id, screen: 'case' },
  );
  await screen.findByLabelText('Member first name');
  await screen.findByRole('heading', { name: 'Deadlines' });
  return c.id;
}

describe('Case screen: the clocks of the request', () => {
  it('a date the plan asked for more information shows "Send the missing information" 45 days later', async () => {
    const asked = addCalendarDays(localToday(), -5);
    const id = await openCase({ status: 'pending', request: { submittedDate: addCalendarDays(localToday(), -10) } });
    expect(screen.queryByTestId('deadline-due-missing-info-reply')).toBeNull();

    const date = screen.getByLabelText('Plan asked for more information on');
    expect(date.getAttribute('type')).toBe('date');
    expect(document.getElementById(date.getAttribute('aria-describedby')!)!.textContent).toMatch(/45 days/);
    fireEvent.input(date, { target: { value: asked } });
    fireEvent.focusOut(date);

    await waitFor(async () => expect((await getCase(db, id))!.request.infoRequestedDate).toBe(asked));
    const due = await screen.findByTestId('deadline-due-missing-info-reply');
    expect(due.textContent).toBe(formatUsDate(addCalendarDays(asked, 45)));
    const row = due.closest('li')!;
    expect(row.textContent).toContain('Send the missing information');
    expect(row.textContent).toContain('40 days left');
    expect(row.textContent).toContain(`Counted from: Plan asked for more information, ${formatUsDate(asked)}`);
  });

  it('the plan asking for information pauses an overdue decision; the sent date restarts it, later by the days paused', async () => {
    const submitted = addCalendarDays(localToday(), -20);
    const asked = addCalendarDays(localToday(), -12);
    const sent = addCalendarDays(localToday(), -2);
    const id = await openCase({ status: 'pending', request: { submittedDate: submitted } });
    const decision = () => screen.getByTestId('deadline-due-decision-standard').closest('li')!;
    const statusWord = () => decision().querySelector('.deadline-status')!.textContent;
    expect(statusWord()).toBe('Overdue');
    expect(decision().textContent).toContain('5 days overdue');
    expect(screen.getAllByText('Escalated to utilization or case management').length).toBeGreaterThan(0);

    const askedBox = screen.getByLabelText('Plan asked for more information on');
    fireEvent.input(askedBox, { target: { value: asked } });
    fireEvent.focusOut(askedBox);
    await waitFor(() => expect(statusWord()).toBe('Paused'));
    const paused = decision();
    expect(paused.getAttribute('data-status')).toBe('paused');
    expect(paused.textContent).toContain(`Paused since ${formatUsDate(asked)}: the plan is waiting for the information it asked for.`);
    // 7 of the 15 days were left when the plan asked, and its request is its one 15-day extension: 22 days.
    expect(paused.textContent).toContain(
      `Due no earlier than ${formatUsDate(addCalendarDays(localToday(), 22))} · 22 days left once the information is sent`,
    );
    expect(paused.textContent).not.toMatch(/overdue|due today/i);
    // No longer late, so the checklist stops asking to escalate.
    expect(screen.queryByText('Escalated to utilization or case management')).toBeNull();

    const sentBox = screen.getByLabelText('Information sent to the plan on');
    expect(sentBox.getAttribute('type')).toBe('date');
    fireEvent.input(sentBox, { target: { value: sent } });
    fireEvent.focusOut(sentBox);
    await waitFor(async () => expect((await getCase(db, id))!.request.infoSentDate).toBe(sent));
    await waitFor(() => expect(statusWord()).toBe('Upcoming'));
    const moved = decision();
    // Submitted 20 days ago: 15 days + 10 days stood still + the 15-day extension = 20 days from today.
    expect(screen.getByTestId('deadline-due-decision-standard').textContent).toBe(formatUsDate(addCalendarDays(localToday(), 20)));
    expect(moved.textContent).toContain('20 days left');
    expect(moved.textContent).toContain('so the due date moves 25 days later');
    expect(moved.textContent).not.toContain('Paused since');
    const reply = screen.getByTestId('deadline-due-missing-info-reply').closest('li')!;
    expect(reply.querySelector('.deadline-status')!.textContent).toBe('Done');
  });

  it('"After the service (retro)" turns the 30-day appeal decision into 60 days', async () => {
    const appealed = addCalendarDays(localToday(), -3);
    const id = await openCase({
      status: 'appeal',
      statusHistory: [{ status: 'appeal', date: appealed, at: new Date().toISOString(), note: '' }],
    });
    expect((await screen.findByTestId('deadline-due-appeal-decision')).textContent).toBe(formatUsDate(addCalendarDays(appealed, 30)));
    expect(screen.queryByTestId('deadline-due-appeal-decision-post-service')).toBeNull();

    const timing = screen.getByLabelText('Request timing') as HTMLSelectElement;
    expect(timing.value).toBe('pre-service');
    expect([...timing.options].map((o) => o.text)).toEqual(['Before the service', 'After the service (retro)']);
    fireEvent.change(timing, { target: { value: 'post-service' } });
    fireEvent.focusOut(timing);

    await waitFor(async () => expect((await getCase(db, id))!.request.timing).toBe('post-service'));
    const due = await screen.findByTestId('deadline-due-appeal-decision-post-service');
    expect(due.textContent).toBe(formatUsDate(addCalendarDays(appealed, 60)));
    expect(due.closest('li')!.textContent).toContain('57 days left');
    expect(screen.queryByTestId('deadline-due-appeal-decision')).toBeNull();
  });
});

describe('Checklist: "Open in the case" leads to the field', () => {
  it('opens the collapsed section and focuses the field the item is about', async () => {
    await openCase({ service: { diagnoses: [{ code: 'XYZ', description: 'Autism' }] } });
    const code = screen.getByLabelText('ICD-10 code 1') as HTMLInputElement;
    expect(code.closest('details')!.open).toBe(false);
    fireEvent.click(screen.getAllByRole('button', { name: 'Open in the case: Diagnosis recorded (ICD-10)' })[0]!);
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(code.closest('details')!.open).toBe(true);
  });
});
