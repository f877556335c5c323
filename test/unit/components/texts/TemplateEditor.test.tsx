// The user's own templates on the Texts screen: copy a built-in to "my template", edit it, see it
// rendered from the case, delete it and undo the delete.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextsScreen } from '../../../../components/texts/TextsScreen';
import type { ScaDatabase } from '../../../../lib/store/db';
import { listUserTemplates } from '../../../../lib/store/templates';
import { completeBundle, COMPLETE_CASE_ID } from '../../../fixtures/cases/complete';
import { freshDb, renderScreen } from '../app/workspace';

let db: ScaDatabase;
beforeEach(async () => {
  db = freshDb();
  const b = completeBundle();
  await db.cases.put(b.case);
  await db.attempts.bulkPut(b.attempts);
});
afterEach(() => {
  cleanup();
  db?.close();
});

const BUILT_IN = 'No in-network provider with the needed specialty';
const library = () => screen.getByRole('navigation', { name: 'Template library' });
const preview = () => screen.getByRole('region', { name: 'Preview' });

async function openTexts() {
  renderScreen(db, <TextsScreen caseId={COMPLETE_CASE_ID} today="2026-11-10" />, { activeCaseId: COMPLETE_CASE_ID, screen: 'texts' });
  await screen.findByRole('heading', { name: BUILT_IN });
}

async function copyToMine() {
  fireEvent.click(screen.getByRole('button', { name: 'Edit as my template' }));
  return screen.findByRole('region', { name: 'Edit my template' });
}

describe('Template editor', () => {
  it("copies a built-in to my template with its text, listed under the user's own templates", async () => {
    await openTexts();
    const builtInBody = preview().querySelector('pre')!.textContent!;
    const editor = await copyToMine();
    expect((within(editor).getByLabelText('Title') as HTMLInputElement).value).toBe(`${BUILT_IN} (my copy)`);
    const body = (within(editor).getByLabelText('Text') as HTMLTextAreaElement).value;
    // The copy holds the template's text with placeholders, not the rendered case.
    expect(body).toContain('{{memberName}}');
    expect(builtInBody).not.toContain('{{');
    const rows = await listUserTemplates(db);
    expect(rows.map((r) => r.title)).toEqual([`${BUILT_IN} (my copy)`]);
    expect(rows[0]!.basedOn).toBe('no-specialty');
    // The built-in stays in the library beside the copy.
    expect(within(library()).getByRole('button', { name: BUILT_IN })).toBeTruthy();
    await within(library()).findByRole('button', { name: `${BUILT_IN} (my copy)` });
  });

  it('saves an edited copy and renders it with the placeholders filled from the case', async () => {
    await openTexts();
    const editor = await copyToMine();
    fireEvent.input(within(editor).getByLabelText('Title'), { target: { value: 'Short note for UHC' } });
    const text = within(editor).getByLabelText('Text') as HTMLTextAreaElement;
    fireEvent.input(text, { target: { value: 'Please approve care for  (ID {{memberId}}).' } });
    // The picker puts a placeholder where the caret is.
    text.setSelectionRange(24, 24);
    fireEvent.click(text);
    fireEvent.change(within(editor).getByLabelText('Placeholder'), { target: { value: 'memberName' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Insert placeholder' }));
    expect(text.value).toBe('Please approve care for {{memberName}} (ID {{memberId}}).');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save template' }));

    await screen.findByRole('heading', { name: 'Short note for UHC' });
    expect(preview().querySelector('pre')!.textContent).toBe('Please approve care for Jordan Rivera (ID W123456789).');
    expect(within(library()).getByRole('button', { name: 'Short note for UHC' }).getAttribute('aria-current')).toBe('true');
    expect((await listUserTemplates(db))[0]!.body).toBe('Please approve care for {{memberName}} (ID {{memberId}}).');
  });

  it('flags a placeholder the product does not know, as the user types', async () => {
    await openTexts();
    const editor = await copyToMine();
    fireEvent.input(within(editor).getByLabelText('Text'), { target: { value: 'For {{patientNickname}}.' } });
    const problems = await within(editor).findByRole('list', { name: 'Problems in the text' });
    expect(problems.textContent).toContain('{{patientNickname}} is not a placeholder this product knows');
  });

  it('deletes my template and brings it back with Undo', async () => {
    await openTexts();
    const editor = await copyToMine();
    fireEvent.input(within(editor).getByLabelText('Title'), { target: { value: 'Mine to delete' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save template' }));
    await screen.findByRole('heading', { name: 'Mine to delete' });

    fireEvent.click(screen.getByRole('button', { name: 'Edit my template' }));
    fireEvent.click(within(await screen.findByRole('region', { name: 'Edit my template' })).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted "Mine to delete"');
    await waitFor(() => expect(within(library()).queryByRole('button', { name: 'Mine to delete' })).toBeNull());
    expect(await listUserTemplates(db)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await within(library()).findByRole('button', { name: 'Mine to delete' });
    expect((await listUserTemplates(db)).map((r) => r.title)).toEqual(['Mine to delete']);
  });
});
