// Typing into one field re-renders that field, not the whole editor: a keystroke's cost must not
// grow with the size of the form.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { CaseScreen } from '../../../../components/case/CaseScreen';
import { createCase } from '../../../../lib/store/cases';
import type { ScaDatabase } from '../../../../lib/store/db';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
afterEach(() => {
  cleanup();
  db?.close();
});

it('a keystroke re-renders only a few components of the case editor', async () => {
  db = freshDb();
  const c = await createCase(db);
  renderScreen(db, <CaseScreen caseId={c.id} />);
  const input = await screen.findByLabelText('Member first name');
  const total = document.querySelectorAll('input, select, textarea').length;
  fireEvent.input(input, { target: { value: 'J' } });
  await new Promise((r) => setTimeout(r, 20));

  let rendered = 0;
  const previous = options.diffed;
  options.diffed = (vnode) => {
    if (typeof vnode.type === 'function') rendered++;
    previous?.(vnode);
  };
  try {
    fireEvent.input(input, { target: { value: 'Jo' } });
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    options.diffed = previous;
  }
  expect((input as HTMLInputElement).value).toBe('Jo');
  expect(total).toBeGreaterThan(60);
  // The field itself and the few summaries that read the whole draft, not every control.
  expect(rendered).toBeLessThan(12);
});
