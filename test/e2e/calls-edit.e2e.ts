// A mistyped reference number is corrected in the call log and the correction is what the side
// panel shows when it is opened again, on the case too; a call started by accident can be deleted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './browser.mjs';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension({ viewport: { width: 520, height: 900 } });
});
afterAll(async () => {
  await s?.close();
});

const EXAMPLE_TITLE = 'Jordan Rivera - ABA - Aetna';
const EXAMPLE_CALL_REF = 'REF-88412';
const TYPED_REF = 'UM-2026-55I907';
const CORRECT_REF = 'UM-2026-551907';

const tab = (panel: Page, name: string) => panel.getByRole('tab', { name, exact: true }).click();
const callLog = (panel: Page) => panel.getByRole('list', { name: 'Calls, newest first' });
const focusedName = (panel: Page) => panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

it('corrects a logged call, keeps the correction after reopening the panel, and deletes calls until the log is empty', async () => {
  const panel = await s.openSidePanelPage();
  await panel.emulateMedia({ colorScheme: 'light' });
  await tab(panel, 'Cases');
  await panel.getByRole('button', { name: 'Load example case' }).first().click();
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  await tab(panel, 'Calls');
  await callLog(panel).getByText(EXAMPLE_CALL_REF).waitFor();

  await panel.getByRole('button', { name: 'Start call' }).click();
  const callMode = panel.getByRole('region', { name: 'Call in progress' });
  await callMode.getByLabel('Representative name', { exact: true }).fill('Marisol T.');
  await callMode.getByLabel('Reference / call number', { exact: true }).fill(TYPED_REF);
  await callMode.getByRole('button', { name: 'End call' }).click();
  await callMode.waitFor({ state: 'detached' });
  const newest = callLog(panel).getByRole('listitem').first();
  await newest.getByText(TYPED_REF).waitFor();

  const edit = newest.getByRole('button', { name: /^Edit call of / });
  const editName = (await edit.getAttribute('aria-label'))!;
  await edit.click();
  const editor = panel.getByRole('group', { name: editName.replace(/^Edit call of/, 'Editing call of') });
  const ref = editor.getByLabel('Reference / call number', { exact: true });
  expect(await ref.inputValue()).toBe(TYPED_REF);
  await ref.fill(CORRECT_REF);
  await editor.getByRole('button', { name: 'Done' }).click();
  await editor.waitFor({ state: 'detached' });
  await expect.poll(() => focusedName(panel)).toBe(editName);
  await newest.getByText(CORRECT_REF, { exact: true }).waitFor();
  await panel.close();

  const again = await s.openSidePanelPage();
  await again.getByLabel('Active case', { exact: true }).selectOption({ label: EXAMPLE_TITLE });
  await again.getByRole('heading', { name: 'Case details' }).waitFor();
  // The case's reference numbers, where ending the call had copied the typo, hold the correction.
  const caseRefs = again.getByRole('list', { name: 'Reference numbers' });
  await caseRefs.getByText(CORRECT_REF, { exact: true }).waitFor();
  expect(await caseRefs.getByText(TYPED_REF).count()).toBe(0);
  await tab(again, 'Calls');
  const log = callLog(again);
  await log.getByText(CORRECT_REF, { exact: true }).waitFor();
  expect(await log.getByText(TYPED_REF).count()).toBe(0);

  // Delete both calls (the one logged here and the example's own) and the log says it is empty.
  for (const gone of [CORRECT_REF, EXAMPLE_CALL_REF]) {
    await log.getByRole('listitem').first().getByRole('button', { name: /^Delete call of / }).click();
    await again.getByRole('status').getByText('Call deleted.', { exact: true }).waitFor();
    await expect.poll(() => log.getByText(gone).count()).toBe(0);
  }
  await again.getByText('No calls logged yet.', { exact: true }).waitFor();
  await again.close();
});
