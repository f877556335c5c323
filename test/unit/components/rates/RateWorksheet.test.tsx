// The provider's rate worksheet as a user works it: enter a code's usual fee and the plan's offer,
// counter-offer, agree, copy the agreed rate into the agreement terms; mark the plan's position.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateWorksheet } from '../../../../components/rates/RateWorksheet';
import { TextsScreen } from '../../../../components/texts/TextsScreen';
import { createCase, getCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

const stored = async (id: string) => (await getCase(db, id))!;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

async function openWorksheet(onShowAcknowledgement?: () => void) {
  db = freshDb();
  const c = await createCase(db, { title: 'Rivera ABA', role: 'provider' });
  renderScreen(db, <RateWorksheet caseId={c.id} onShowAcknowledgement={onShowAcknowledgement} />, { activeCaseId: c.id, screen: 'texts' });
  await screen.findByRole('button', { name: 'Add code' });
  return c.id;
}

async function addCode(code: string, usualFee: string, planOffer: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Add code' }));
  // A new line is named by its position until it has a code.
  const line = (await screen.findAllByRole('group', { name: /^Code \d+$/u })).pop()!;
  type(within(line).getByLabelText('Procedure code'), code);
  const named = await screen.findByRole('group', { name: `Code ${code}` });
  type(within(named).getByLabelText('Usual fee per unit ($)'), usualFee);
  type(within(named).getByLabelText('Plan offer per unit ($)'), planOffer);
  return named;
}

describe('Rate worksheet', () => {
  it('shows the gap between usual fee and offer, keeps a counter-offer, and marks the code agreed', async () => {
    const id = await openWorksheet();
    const line = await addCode('97153', '32', '22');
    await within(line).findByText('Negotiating · offer is $10.00 (31.3%) below the usual fee');

    fireEvent.click(within(line).getByRole('button', { name: 'Add counter-offer' }));
    type(await within(line).findByLabelText('Counter-offer 1 date'), '2026-11-05');
    type(within(line).getByLabelText('Amount ($)'), '30');
    expect((within(line).getByLabelText('By') as HTMLSelectElement).value).toBe('provider');

    // Nothing agreed yet: the agreement cannot be filled from the worksheet.
    expect((screen.getByRole('button', { name: 'Fill agreement terms' }) as HTMLButtonElement).disabled).toBe(true);
    type(within(line).getByLabelText('Agreed rate per unit ($)'), '30');
    await within(line).findByText(/^Agreed · offer is \$10\.00/u);

    await waitFor(
      async () => {
        const [saved] = (await stored(id)).rates.lines;
        expect(saved).toMatchObject({ code: '97153', usualFee: 32, planOffer: 22, agreedRate: 30 });
        expect(saved!.counterOffers).toEqual([{ date: '2026-11-05', by: 'provider', amount: 30, note: '' }]);
      },
      { timeout: 20_000 },
    );
  });

  it('fills the agreement rate from the agreed rates of every code', async () => {
    const id = await openWorksheet();
    const first = await addCode('97153', '32', '22');
    type(within(first).getByLabelText('Agreed rate per unit ($)'), '30');
    const second = await addCode('97155', '50', '40');
    type(within(second).getByLabelText('Agreed rate per unit ($)'), '45.5');
    const fill = screen.getByRole('button', { name: 'Fill agreement terms' }) as HTMLButtonElement;
    await waitFor(() => expect(fill.disabled).toBe(false));
    fireEvent.click(fill);
    await screen.findByText('Agreement rate: 97153: $30.00 per unit; 97155: $45.50 per unit');
    expect(screen.getByText('Agreement rate filled from the agreed rates')).toBeTruthy();
    await waitFor(async () => expect((await stored(id)).agreement.rate).toBe('97153: $30.00 per unit; 97155: $45.50 per unit'), {
      timeout: 20_000,
    });
  });

  it('marks a plan that pays its highest in-network rate as not negotiating', async () => {
    const id = await openWorksheet();
    const line = await addCode('97153', '32', '22');
    await within(line).findByText(/^Negotiating/u);
    fireEvent.click(screen.getByLabelText('Pays its highest in-network rate, not negotiable'));
    await within(line).findByText(/^Plan will not negotiate · offer is \$10\.00/u);
    await waitFor(async () => expect((await stored(id)).rates.payerNonNegotiable).toBe(true), { timeout: 20_000 });
    // An agreed rate still wins over the plan's position.
    type(within(line).getByLabelText('Agreed rate per unit ($)'), '22');
    await within(line).findByText(/^Agreed · /u);
  });

  it('offers the patient acknowledgement only when the patient will owe more', async () => {
    const show = vi.fn();
    const id = await openWorksheet(show);
    expect(screen.queryByRole('button', { name: 'Patient acknowledgement' })).toBeNull();
    fireEvent.click(screen.getByLabelText('The patient will owe more than in-network cost sharing'));
    fireEvent.click(await screen.findByRole('button', { name: 'Patient acknowledgement' }));
    expect(show).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await stored(id)).rates.patientOwesMore).toBe(true), { timeout: 20_000 });
    fireEvent.click(screen.getByLabelText('The patient will owe more than in-network cost sharing'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Patient acknowledgement' })).toBeNull());
  });

  it('on the Texts screen, the acknowledgement button opens the patient acknowledgement text', async () => {
    db = freshDb();
    const c = await createCase(db, { title: 'Rivera ABA', role: 'provider' });
    renderScreen(db, <TextsScreen caseId={c.id} today="2026-11-10" />, { activeCaseId: c.id, screen: 'texts' });
    fireEvent.click(await screen.findByLabelText('The patient will owe more than in-network cost sharing'));
    fireEvent.click(await screen.findByRole('button', { name: 'Patient acknowledgement' }));
    await screen.findByRole('heading', { name: 'Patient acknowledgement of amounts owed' });
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toContain('Acknowledgement of financial responsibility');
  });
});
