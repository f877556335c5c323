import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CasesScreen } from '../../../../components/cases/CasesScreen';
import { FIRST_ROWS, firstCasesReadEarly, prefetchFirstCases } from '../../../../components/cases/firstRows';
import { createCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

const rowCount = () => within(screen.getByRole('list', { name: 'Cases' })).queryAllByRole('listitem').length;

async function seedDue(count: number) {
  db = freshDb();
  for (let i = 0; i < count; i++) {
    await createCase(db, { title: `Case ${i}`, followUp: { nextDue: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` } });
  }
}

describe('Cases screen first rows', () => {
  it('draws the rows read early in its first render, then the whole list', async () => {
    await seedDue(FIRST_ROWS + 5);
    prefetchFirstCases(db);
    await waitFor(() => expect(firstCasesReadEarly(db)).toBeDefined());
    renderScreen(db, <CasesScreen />);
    // No waiting: the first render already holds the most due cases.
    expect(rowCount()).toBe(FIRST_ROWS);
    expect(within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('listitem')[0]!.textContent).toContain('2026-12-01');
    await waitFor(() => expect(rowCount()).toBe(FIRST_ROWS + 5));
  });

  it('shows the export and import section once the list is drawn', async () => {
    await seedDue(2);
    renderScreen(db, <CasesScreen />);
    await waitFor(() => expect(rowCount()).toBe(2));
    expect(await screen.findByRole('button', { name: 'Export all' })).toBeTruthy();
  });
});
