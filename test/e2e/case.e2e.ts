// A case typed into the side panel survives closing the browser; a backup exported, the case
// deleted and the file imported gives back exactly what was there; a broken file changes nothing.
// Everything goes through the UI, the side panel page opened as a tab.
import { readFile } from 'node:fs/promises';
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

const TYPED = {
  'Member first name': 'Dana',
  'Member last name': 'Whitfield',
  'Member ID': 'AET778812345',
  'Group number': 'GRP-0042',
  Payer: 'Aetna',
  'Plan name': 'Open Access Select',
} as const;
const DOB = '2016-03-09';
const TITLE = 'Dana Whitfield - Aetna';
const NOTES = ['Called Aetna provider services, no in-network BCBA within 30 miles.', 'Asked Dr. Lee for the letter of medical necessity.'];

const tab = (panel: Page, name: string) => panel.getByRole('tab', { name, exact: true }).click();
const saveState = (panel: Page) => panel.locator('.editor-head').getByRole('status');
const caseRow = (panel: Page) => panel.getByRole('list', { name: 'Cases' }).getByRole('button', { name: TITLE, exact: true });

/** Clicks "Export all" and returns the downloaded file's text. */
async function exportAll(panel: Page): Promise<string> {
  await tab(panel, 'Cases');
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export all' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  return readFile((await download.path())!, 'utf8');
}

/** The file text with its export time blanked: everything else must match byte for byte. */
const withoutExportTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

async function chooseFile(panel: Page, name: string, text: string) {
  await panel.getByLabel('Import backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

it('keeps a case typed in the editor and its notes across a browser restart', async () => {
  const panel = await s.openSidePanelPage();
  await tab(panel, 'Cases');
  await panel.getByRole('button', { name: 'New case' }).click();
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  for (const [label, value] of Object.entries(TYPED)) await panel.getByLabel(label, { exact: true }).fill(value);
  await panel.getByLabel('Date of birth', { exact: true }).fill(DOB);
  // The indicator leaves "Saved" on the first keystroke (the save waits for typing to pause)...
  expect(await saveState(panel).textContent()).not.toBe('Saved');
  // ...and comes back to it once the save went through.
  await expect.poll(() => saveState(panel).textContent(), { timeout: 10_000 }).toBe('Saved');

  await tab(panel, 'Notes');
  for (const note of NOTES) {
    await panel.getByLabel('New note', { exact: true }).fill(note);
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.getByRole('list', { name: 'Notes on this case' }).getByText(note, { exact: true }).waitFor();
  }

  await s.relaunch();
  const again = await s.openSidePanelPage();
  // Picked in the header's case switcher: the panel may reopen the window's last case on its own
  // a moment after loading, which would pull a click on the list away.
  await again.getByLabel('Active case', { exact: true }).selectOption({ label: TITLE });
  await again.getByRole('heading', { name: 'Case details' }).waitFor();
  for (const [label, value] of Object.entries(TYPED))
    await expect.poll(() => again.getByLabel(label, { exact: true }).inputValue()).toBe(value);
  expect(await again.getByLabel('Date of birth', { exact: true }).inputValue()).toBe(DOB);

  await tab(again, 'Notes');
  const notes = again.getByRole('list', { name: 'Notes on this case' }).getByRole('listitem');
  await expect.poll(() => notes.count()).toBe(2);
  // Newest first.
  expect(await notes.locator('.note-text').allTextContents()).toEqual([...NOTES].reverse());
  await tab(again, 'Cases');
  await caseRow(again).waitFor();
  await again.close();
});

it('exports, deletes, imports the file and exports again: the two files are identical but for the export time', async () => {
  const panel = await s.openSidePanelPage();
  const before = await exportAll(panel);
  const parsed = JSON.parse(before);
  expect(parsed.cases).toHaveLength(1);
  expect(parsed.cases[0].case.member).toMatchObject({ firstName: 'Dana', lastName: 'Whitfield', memberId: 'AET778812345' });
  expect(parsed.cases[0].notes.map((n: { text: string }) => n.text)).toEqual(NOTES);

  // Wiped through the UI, as a user would: the row's Delete removes the case with its notes.
  await caseRow(panel).locator('xpath=ancestor::li[1]').getByRole('button', { name: 'Delete' }).click();
  await panel.getByRole('heading', { name: 'No cases yet' }).waitFor();
  expect(JSON.parse(await exportAll(panel)).cases).toEqual([]);

  await chooseFile(panel, 'sca-backup.json', before);
  const preview = panel.getByRole('group', { name: 'Import sca-backup.json?' });
  await preview
    .getByRole('list', { name: 'What the import will do' })
    .getByText(/new, will be added; 2 notes added/)
    .waitFor();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await panel.getByRole('status').getByText('Import finished: 1 case from the file merged.').waitFor();
  await caseRow(panel).waitFor();

  const after = await exportAll(panel);
  expect(after).not.toBe(before);
  expect(withoutExportTime(after)).toBe(withoutExportTime(before));
  await panel.close();
});

it('refuses a truncated file and a JSON file of the wrong shape with a clear message, and changes nothing', async () => {
  const panel = await s.openSidePanelPage();
  const before = await exportAll(panel);
  const alert = panel.getByRole('alert');

  await chooseFile(panel, 'cut-short.json', before.slice(0, Math.floor(before.length / 2)));
  await alert.getByText(/not valid JSON \(it may be cut short/).waitFor();
  await alert.getByText('Nothing was changed.').waitFor();
  expect(await panel.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  await alert.getByRole('button', { name: 'OK' }).click();
  await alert.waitFor({ state: 'detached' });

  // Right format marker, but the cases are not a list: named as a damaged backup, not a crash.
  const wrongShape = JSON.stringify({ ...JSON.parse(before), cases: { first: 'Dana' } });
  await chooseFile(panel, 'wrong-shape.json', wrongShape);
  await alert.waitFor();
  const message = (await alert.locator('p').first().textContent()) ?? '';
  expect(message.length).toBeGreaterThan(20);
  expect(message).toMatch(/^The backup is damaged at cases\b/);
  expect(message).not.toMatch(/undefined|\[object|ZodError|invalid_type/);
  await alert.getByText('Nothing was changed.').waitFor();
  expect(await panel.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  await alert.getByRole('button', { name: 'OK' }).click();

  // Not JSON of ours at all.
  await chooseFile(panel, 'other.json', JSON.stringify({ hello: 'world' }));
  await alert.getByText(/not an SCA Assistant backup/).waitFor();
  await alert.getByRole('button', { name: 'OK' }).click();

  expect(withoutExportTime(await exportAll(panel))).toBe(withoutExportTime(before));
  await panel.close();
});
