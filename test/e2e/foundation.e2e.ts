// The extension loads in real Chromium, its content script runs on portal hosts (reached through
// their real names) and nowhere else, and its pages load.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './browser.mjs';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

/** Tab ids whose frames reported to the background, read from the service worker's session storage. */
function reportingTabs(): Promise<Record<string, { frameId: number; origin: string }[]>> {
  return s.frameRecords();
}

it('runs the content script on a portal host and not on an unrelated host served by the same server', async () => {
  const portal = await s.context.newPage();
  await portal.goto(s.server.url('apps.availity.com', '/login.html'));
  const other = await s.context.newPage();
  await other.goto(s.server.url('www.example.org', '/index.html'));
  await expect.poll(async () => Object.keys(await reportingTabs()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Give the unrelated page the same time to (wrongly) report.
  await other.waitForTimeout(500);

  const portalTab = await s.tabIdOf(portal);
  const reported = await reportingTabs();
  expect(Object.keys(reported)).toEqual([String(portalTab)]);
  expect(reported[String(portalTab)]![0]).toMatchObject({ frameId: 0, origin: s.server.url('apps.availity.com', '').replace(/\/$/, '') });
  // Nothing of ours in the portal's DOM.
  expect(await portal.evaluate(() => document.documentElement.outerHTML.includes('sca-assistant'))).toBe(false);
});

it('opens the side panel on the case list, with every screen a tab, and the options page', async () => {
  const panel = await s.openSidePanelPage();
  expect(await panel.getByRole('heading', { level: 1 }).textContent()).toBe('SCA Assistant');
  expect(await panel.getByRole('tablist', { name: 'Screens' }).getByRole('tab').allTextContents()).toEqual([
    'Cases',
    'Case',
    'Calls',
    'Checklist',
    'Texts',
    'Fill',
    'Notes',
  ]);
  expect(await panel.getByRole('tab', { name: 'Cases' }).getAttribute('aria-selected')).toBe('true');
  // A new profile has no cases: the list says so and offers the example case.
  const empty = panel.locator('.empty-state', { has: panel.getByRole('heading', { name: 'No cases yet' }) });
  await empty.waitFor();
  expect(await empty.getByRole('button', { name: 'Load example case' }).isEnabled()).toBe(true);
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'SCA Assistant settings' }).waitFor();
});

it('keeps the manifest to the permissions the README lists', async () => {
  const manifest: { permissions?: string[]; host_permissions?: string[] } = await s.worker.evaluate(() => chrome.runtime.getManifest());
  expect([...(manifest.permissions ?? [])].sort()).toEqual([
    'alarms',
    'clipboardWrite',
    'notifications',
    'scripting',
    'sidePanel',
    'storage',
  ]);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  expect(manifest.host_permissions!.every((p: string) => /^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
});
