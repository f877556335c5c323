// A saved fill correction can be taken back: the Fill screen lists the corrections of the form on
// the page, and Forget deletes one from the database so the next plan fills that field again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { DbContext } from '../../../../components/app/DbContext';
import { SavedCorrections } from '../../../../components/fill/SavedCorrections';
import { fieldSignature, formSignature, type FieldRule } from '../../../../lib/fill/corrections';
import type { FramePlan } from '../../../../lib/fill/session';
import { openDatabase, type ScaDatabase } from '../../../../lib/store/db';
import { listFieldRules, saveFieldRule } from '../../../../lib/store/fieldRules';
import { classified, field } from '../../fill/plan/fieldBuilder';

const PORTAL = 'availity';
const memberId = field({ label: 'Member ID' });
const notes = field({ label: 'Office notes' });
const otherForm = [field({ label: 'Claim number' }), field({ label: 'Date of service' })];
const plans: FramePlan[] = [
  {
    frameId: 0,
    path: '/',
    title: 'Request',
    classifications: [classified('member.memberId', memberId), classified(undefined, notes)],
    plan: { actions: [], unfilled: [], recollectAfter: false },
    undoable: false,
  },
];

function rule(id: string, fields: typeof otherForm, target: (typeof otherForm)[number], key: FieldRule['key']): FieldRule {
  return {
    id,
    portalId: PORTAL,
    formSignature: formSignature(fields),
    fieldSignature: fieldSignature(target),
    key,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}

let db: ScaDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`saved-corrections-${process.pid}-${++n}`);
  const form = plans[0]!.classifications.map((c) => c.field);
  await saveFieldRule(db, rule('r-never', form, notes, 'never'));
  await saveFieldRule(db, rule('r-key', form, memberId, 'member.groupNumber'));
  await saveFieldRule(db, rule('r-other', otherForm, otherForm[0]!, 'never'));
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderList(onForgotten = vi.fn()) {
  return listFieldRules(db, PORTAL).then((rules) =>
    render(
      <DbContext.Provider value={db}>
        <SavedCorrections rules={rules} plans={plans} onForgotten={onForgotten} />
      </DbContext.Provider>,
    ),
  );
}

describe('SavedCorrections', () => {
  it("lists the corrections of this page's form, not other forms'", async () => {
    await renderList();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringMatching(/^Member ID: filled as .*group/i), expect.stringMatching(/^Office notes: never filled/)]);
  });

  it('Forget deletes the correction from the database and asks for the rules again', async () => {
    const onForgotten = vi.fn();
    await renderList(onForgotten);
    const button = screen.getByRole('button', { name: 'Forget the correction of "Office notes"' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    await waitFor(() => expect(onForgotten).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect((await listFieldRules(db, PORTAL)).map((r) => r.id).sort()).toEqual(['r-key', 'r-other']);
  });

  it('shows nothing when the form on the page has no corrections', async () => {
    await db.fieldRules.clear();
    const { container } = await renderList();
    expect(container.textContent).toBe('');
  });
});
