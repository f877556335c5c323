// Follow-up reminders in real Chromium: a pending case whose follow-up call is due today puts "1"
// on the toolbar badge and raises one notification when the background's alarm fires (fired by the
// test, not waited for); the next alarm does not raise it again for the same due date, a new date
// does. A case that is not pending is never counted, whatever its follow-up date.
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

const tab = (panel: Page, name: string) => panel.getByRole('tab', { name, exact: true }).click();
const saveState = (panel: Page) => panel.locator('.editor-head').getByRole('status');

/** After typing: the indicator left "Saved" at the keystroke; wait until the save went through. */
async function saved(panel: Page) {
  expect(await saveState(panel).textContent()).not.toBe('Saved');
  await expect.poll(() => saveState(panel).textContent(), { timeout: 10_000 }).toBe('Saved');
}

/** The browser's local calendar date, `daysAgo` days back, as the date inputs take it. */
const localDate = (panel: Page, daysAgo = 0) =>
  panel.evaluate((back) => {
    const d = new Date();
    d.setDate(d.getDate() - back);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, daysAgo);

/** New case through the editor: member and payer, optionally a status, and the next follow-up date. */
async function createCase(
  panel: Page,
  { first, payer, status, followUp }: { first: string; payer: string; status?: string; followUp: string },
) {
  await tab(panel, 'Cases');
  await panel.getByRole('button', { name: 'New case' }).click();
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  await panel.getByLabel('Member first name', { exact: true }).fill(first);
  await panel.getByLabel('Member last name', { exact: true }).fill('Okafor');
  await panel.getByLabel('Payer', { exact: true }).fill(payer);
  if (status) await panel.getByLabel('Status', { exact: true }).selectOption({ label: status });
  await panel.getByLabel('Next follow-up', { exact: true }).fill(followUp);
  await saved(panel);
}

/** Ids of the cases in the extension's database, read from an extension page. */
async function caseIds(panel: Page): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('sca-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('cases').objectStore('cases').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

const badge = () => s.worker.evaluate(() => chrome.action.getBadgeText({}));
const notifications = (): Promise<string[]> => s.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const fireAlarm = () => s.worker.evaluate(() => chrome.alarms.create('follow-ups', { when: Date.now() }));

it('badges and notifies a pending case whose follow-up is due today, once per due date', async () => {
  const panel = await s.openSidePanelPage();
  expect(await badge()).toBe('');
  const today = await localDate(panel);
  // Not pending (a draft), though its date has passed: no follow-up is owed on it.
  await createCase(panel, { first: 'Ada', payer: 'Cigna', followUp: await localDate(panel, 5) });
  const [draftId] = await caseIds(panel);
  await createCase(panel, { first: 'Ben', payer: 'Aetna', status: 'Pending', followUp: today });
  const pendingId = (await caseIds(panel)).find((id) => id !== draftId)!;
  // The checklist tells the user the same date the reminder uses.
  await tab(panel, 'Checklist');
  await panel
    .getByRole('region', { name: 'Follow-up calls' })
    .getByText(/^Next follow-up call due/)
    .waitFor();

  await fireAlarm();
  await expect.poll(badge, { timeout: 10_000 }).toBe('1');
  await expect.poll(notifications, { timeout: 10_000 }).toEqual([`follow-up:${pendingId}`]);

  // The user dismisses it; the next check finds the same due date and leaves it dismissed.
  expect(await s.worker.evaluate((id) => chrome.notifications.clear(id), `follow-up:${pendingId}`)).toBe(true);
  expect(await notifications()).toEqual([]);
  // A mark on the badge that only a finished count replaces: proof the second check ran.
  await s.worker.evaluate(() => chrome.action.setBadgeText({ text: '?' }));
  await fireAlarm();
  await expect.poll(badge, { timeout: 10_000 }).toBe('1');
  // The notification would follow the badge within milliseconds; give it a moment to (wrongly) appear.
  await panel.waitForTimeout(500);
  expect(await notifications()).toEqual([]);

  // A new due date (moved back a day in the editor: now overdue) is a new reminder.
  await tab(panel, 'Case');
  await panel.getByLabel('Next follow-up', { exact: true }).fill(await localDate(panel, 1));
  await saved(panel);
  await fireAlarm();
  await expect.poll(notifications, { timeout: 10_000 }).toEqual([`follow-up:${pendingId}`]);
  expect(await badge()).toBe('1');
  await panel.close();
});
