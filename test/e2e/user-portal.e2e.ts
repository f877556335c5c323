// A portal the built-in list lacks: the user adds its site from the side panel, the browser's
// permission for that one host is asked, the detector reaches its pages and the form is filled;
// after a restart the portal is still there; removing it takes the permission and the detector away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './browser.mjs';
import { clickFill, openPanelWithExampleCase, readAppState, scorePage } from './fill-driver.mjs';
import { PORTALS_DIR } from './portal-server.mjs';

const HOST = 'provider.mycareplan.example';
const PATH = '/requests/out-of-network.html';
// What the panel asks for when the user types the host: the host and its subdomains, any scheme.
const ORIGINS = [`*://${HOST}/*`, `*://*.${HOST}/*`];
const expected = JSON.parse(readFileSync(join(PORTALS_DIR, HOST, PATH.replace(/\.html$/, '.expected.json')), 'utf8'));

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
  // Stands in for the user's click on Chrome's "Allow" (see grantHostsAsUser): until the panel's
  // request, the extension still has no access to the host.
  await s.grantHostsAsUser(ORIGINS);
});
afterAll(async () => {
  await s?.close();
});

const hasAccess = () => s.worker.evaluate((origins: string[]) => chrome.permissions.contains({ origins }), ORIGINS);
/** Frames of the tab that reported to the background: the detector ran there. */
const reportedFrames = async (tabId: number): Promise<number> => ((await s.frameRecords())[tabId] ?? []).length;

async function panelFor(portal: Page) {
  const tabId = await s.activeTabId(portal);
  if (tabId === undefined) throw new Error('no active tab');
  const panel = await openPanelWithExampleCase(s, portal, { tabId });
  await panel.getByRole('tab', { name: 'Fill', exact: true }).click();
  return { panel, tabId };
}

it('adds a site as a portal, fills its form, keeps it across a restart, and removing it takes the access away', async () => {
  expect(await hasAccess()).toBe(false);
  let portal = await s.context.newPage();
  await portal.goto(s.server.url(HOST, PATH));
  const initial = await readAppState(portal);
  let { panel, tabId } = await panelFor(portal);
  await panel.getByText('This tab is not an insurer portal').waitFor();
  expect(await reportedFrames(tabId)).toBe(0);

  // Add it: the request names only this host.
  await panel.getByLabel('Portal address').fill(HOST);
  await panel.getByLabel('Name (optional)').fill('MyCarePlan');
  await panel.getByRole('button', { name: 'Add portal' }).click();
  await panel.getByRole('status').filter({ hasText: 'MyCarePlan added' }).waitFor();
  expect(await panel.getByRole('list', { name: 'Portals you added' }).getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(/^MyCarePlan \(provider\.mycareplan\.example\)/),
  ]);
  expect(await hasAccess()).toBe(true);
  const granted: string[] = await s.worker.evaluate(async () => (await chrome.permissions.getAll()).origins);
  expect(granted.filter((o) => o.includes('mycareplan'))).toEqual(expect.arrayContaining(ORIGINS));
  expect(granted).not.toContain('*://*/*');

  // The open tab is reached at once, without a reload: the form is offered and filled.
  await panel.getByRole('heading', { name: 'Fill on MyCarePlan' }).waitFor();
  expect(await clickFill(panel)).not.toBeNull();
  const score = scorePage(expected, initial, await readAppState(portal));
  expect(score.details).toEqual([]);
  expect(score.correct).toBe(Object.keys(expected.fields).length);
  expect(await reportedFrames(tabId)).toBeGreaterThan(0);

  // A restart keeps the portal, and a fresh load of its page is detected.
  await s.relaunch();
  portal = await s.context.newPage();
  await portal.goto(s.server.url(HOST, PATH));
  ({ panel, tabId } = await panelFor(portal));
  await panel.getByRole('heading', { name: 'Fill on MyCarePlan' }).waitFor();
  await expect.poll(() => reportedFrames(tabId), { timeout: 10_000 }).toBeGreaterThan(0);

  // Remove it from its own page's Fill screen: the permission goes, and the page is no longer a portal.
  await panel.getByRole('button', { name: 'Remove MyCarePlan' }).click();
  await panel.getByRole('status').filter({ hasText: 'MyCarePlan removed, with its permission.' }).waitFor();
  expect(await hasAccess()).toBe(false);
  // Without access the browser no longer tells the extension about this tab's navigations: the
  // extension drops the tab's old report itself, and the reloaded page does not report again.
  await expect.poll(() => reportedFrames(tabId), { timeout: 10_000 }).toBe(0);
  await portal.reload();
  await panel.getByText('This tab is not an insurer portal').waitFor();
  expect(await panel.getByRole('list', { name: 'Portals you added' }).count()).toBe(0);
  await portal.waitForTimeout(1000);
  expect(await reportedFrames(tabId)).toBe(0);
});
