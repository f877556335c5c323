import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistScreen } from '../../../../components/checklist/ChecklistScreen';
import { createCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { listRecords } from '../../../../lib/store/records';
import { freshDb, renderCaseScreen } from '../calls/screenHarness';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

async function marketplaceAbaCase() {
  db = freshDb();
  return createCase(db, {
    title: 'Rivera ABA',
    plan: { lineOfBusiness: 'marketplace' },
    service: { diagnoses: [{ code: 'F84.0', description: 'Autism' }] },
  });
}

function logSection() {
  return screen.getByRole('heading', { name: 'Network evidence log' }).closest('section')!;
}

async function addContact(fields: { name: string; wait?: string; miles?: string }) {
  fireEvent.click(within(logSection()).getByRole('button', { name: 'Add contact' }));
  const form = within(logSection()).getByRole('form', { name: 'Add an in-network contact' });
  fireEvent.input(within(form).getByLabelText('Provider or practice'), { target: { value: fields.name } });
  fireEvent.change(within(form).getByLabelText('Outcome'), { target: { value: 'waitlist' } });
  if (fields.wait) fireEvent.input(within(form).getByLabelText('Wait offered (business days)'), { target: { value: fields.wait } });
  if (fields.miles) fireEvent.input(within(form).getByLabelText('Distance (miles)'), { target: { value: fields.miles } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
  return waitFor(() => within(logSection()).getByText(fields.name));
}

describe('Network evidence log', () => {
  it('flags a contact whose wait breaches the plan standard, naming the standard, and not one within it', async () => {
    const kase = await marketplaceAbaCase();
    renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    await screen.findByRole('heading', { name: 'Network evidence log' });

    await addContact({ name: 'Austin Autism Center', wait: '90' });
    await addContact({ name: 'Hill Country ABA', wait: '5' });

    const slow = within(logSection()).getByText('Austin Autism Center').closest('li')!;
    const flags = within(slow).getByRole('list', { name: 'Standards exceeded by Austin Autism Center' });
    expect(flags.textContent).toContain('Exceeds standard');
    expect(flags.textContent).toContain('10 business days for behavioral health care');
    expect(flags.textContent).toContain('45 CFR 156.230');
    const quick = within(logSection()).getByText('Hill Country ABA').closest('li')!;
    expect(within(quick).queryByText(/Exceeds standard/)).toBeNull();

    const stored = await listRecords(db, 'attempts', kase.id);
    expect(stored.map((a) => [a.providerName, a.waitDays, a.outcome])).toEqual(
      expect.arrayContaining([
        ['Austin Autism Center', 90, 'waitlist'],
        ['Hill Country ABA', 5, 'waitlist'],
      ]),
    );
  });

  it('edits and deletes a contact, and copies the exhibit', async () => {
    const kase = await marketplaceAbaCase();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderCaseScreen(db, <ChecklistScreen caseId={kase.id} />);
    await screen.findByRole('heading', { name: 'Network evidence log' });
    await addContact({ name: 'Austin Autism Center', wait: '4' });

    fireEvent.click(within(logSection()).getByRole('button', { name: 'Edit contact Austin Autism Center' }));
    const form = within(logSection()).getByRole('form', { name: 'Edit contact: Austin Autism Center' });
    fireEvent.input(within(form).getByLabelText('Wait offered (business days)'), { target: { value: '' } });
    fireEvent.input(within(form).getByLabelText('Distance (miles)'), { target: { value: '42.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect((await listRecords(db, 'attempts', kase.id))[0]).toMatchObject({ distanceMiles: 42.5 }));
    expect((await listRecords(db, 'attempts', kase.id))[0]!.waitDays).toBeUndefined();

    fireEvent.click(within(logSection()).getByRole('button', { name: 'Copy exhibit' }));
    await screen.findByText('Copied');
    expect(writeText.mock.calls[0]![0]).toContain('In-network providers contacted');
    expect(writeText.mock.calls[0]![0]).toContain('Austin Autism Center');

    fireEvent.click(within(logSection()).getByRole('button', { name: 'Delete contact Austin Autism Center' }));
    await waitFor(async () => expect(await listRecords(db, 'attempts', kase.id)).toHaveLength(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listRecords(db, 'attempts', kase.id)).toHaveLength(1));
  });
});
