// Justification texts in real Chromium, driven from the side panel page as a user would: Copy puts
// the rendered text on the clipboard; Insert puts it into the focused portal box within its
// maxlength (the page's own state holds it, cut at a boundary, and the panel says so); a letter
// opens as a printable page whose buttons do not print.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './browser.mjs';
import { openPanelWithExampleCase, readAppState } from './fill-driver.mjs';

const SHOTS = '/work/prompts/out/shots';
const PORTAL = ['www.uhcprovider.com', '/prior-auth/new.html'] as const;

let s: ExtensionSession;
let portal: Page;
let panel: Page;

beforeAll(async () => {
  s = await launchExtension({ viewport: { width: 520, height: 900 } });
  // CDP refuses a chrome-extension:// origin ("opaque origins"), so grant for every origin of this profile.
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  mkdirSync(SHOTS, { recursive: true });
  portal = await s.context.newPage();
  await portal.goto(s.server.url(...PORTAL));
  panel = await openPanelWithExampleCase(s, portal);
  await panel.getByRole('tab', { name: 'Texts', exact: true }).click();
});
afterAll(async () => {
  await s?.close();
});

const preview = () => panel.getByRole('region', { name: 'Preview' });
const previewText = async () => (await preview().locator('pre').textContent()) ?? '';

async function chooseTemplate(title: string) {
  await panel.getByRole('navigation', { name: 'Template library' }).getByRole('button', { name: title, exact: true }).click();
  await preview().getByRole('heading', { name: title }).waitFor();
}

it('copies the chosen justification: the clipboard holds exactly the text the preview shows', async () => {
  await chooseTemplate('In-network wait times too long');
  const shown = await previewText();
  expect(shown).toContain('Jordan Rivera');
  expect(shown).not.toMatch(/undefined|\{\{/u);
  await preview().getByRole('button', { name: 'Copy', exact: true }).click();
  await preview().getByRole('status').getByText('Copied').waitFor();
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  await panel.getByText('1 code', { exact: true }).waitFor();
  // From the top: the panel's header is sticky and would land mid-page in a scrolled full-page shot.
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.getByRole('button', { name: 'Dismiss message' }).click();
  await panel.screenshot({ path: join(SHOTS, 'texts-library.png'), fullPage: true });
});

it('inserts a justification into the focused portal box: cut at a boundary to its maxlength, and says so', async () => {
  await chooseTemplate('No in-network provider with the needed specialty');
  const full = await previewText();
  expect(await portal.locator('#notes').getAttribute('maxlength')).toBe('1000');
  // The test only makes sense when the text is longer than the box.
  expect(full.length).toBeGreaterThan(1000);

  await portal.locator('#notes').focus();
  await preview().getByRole('button', { name: 'Insert into page' }).click();
  const status = preview().getByRole('status');
  await expect
    .poll(() => status.textContent(), { timeout: 10_000 })
    .toMatch(/^Inserted into Clinical notes\. Cut at a (sentence|word) to fit 1,000 characters\.$/u);

  const inserted = String((await readAppState(portal))['clinical.notes'] ?? '');
  expect(inserted.length).toBeGreaterThan(500);
  expect(inserted.length).toBeLessThanOrEqual(1000);
  expect(full.startsWith(inserted)).toBe(true);
  // Not mid-word: it ends a sentence, or the full text goes on with a space or punctuation.
  expect(/[.!?]$/u.test(inserted) || /^[\s,;:–—-]/u.test(full.slice(inserted.length))).toBe(true);
  // The page's own counter saw the input event.
  expect(await portal.locator('#notes-count').textContent()).toBe(String(inserted.length));
  // The panel took the limit from the focused box.
  await expect.poll(() => panel.getByLabel('Character limit of the portal box').inputValue()).toBe('1000');
  await panel.getByText('From the focused portal box "Clinical notes".').waitFor();
});

it('opens a letter with letterhead and Re: block filled from the case; the print view hides the buttons', async () => {
  await chooseTemplate('Request letter for a single case agreement');
  const [letter] = await Promise.all([s.context.waitForEvent('page'), preview().getByRole('button', { name: 'Open as letter' }).click()]);
  await letter.waitForLoadState('load');
  expect(new URL(letter.url()).pathname).toBe('/letter.html');
  const head = letter.locator('.letterhead');
  await head.waitFor();
  expect(await head.textContent()).toContain('Bright Steps ABA Therapy');
  const re = (await letter.locator('.re').innerText()).split('\n');
  expect(re[0]).toMatch(/^Re: /u);
  expect(re).toContain('Member: Jordan Rivera');
  expect(re.some((l) => l.startsWith('Member ID: W123456789'))).toBe(true);
  const all = await letter.locator('main').innerText();
  expect(all).not.toMatch(/undefined|null|\[|\]|\{\{|\.\.\./u);
  expect(await letter.getByRole('note').count()).toBe(0);

  const print = letter.getByRole('button', { name: 'Print' });
  await expect.poll(() => print.isVisible()).toBe(true);
  await letter.emulateMedia({ media: 'print' });
  await expect.poll(() => print.isVisible()).toBe(false);
  expect(await letter.getByRole('button').filter({ visible: true }).count()).toBe(0);
  await letter.setViewportSize({ width: 816, height: 1056 });
  await letter.screenshot({ path: join(SHOTS, 'texts-letter-print.png'), fullPage: true });
  // A long unbroken value (a pasted URL, an ID without spaces) wraps inside the paper when printed.
  const overflowing = await letter.evaluate(() => {
    const paper = document.querySelector('.letter')!;
    const right = paper.getBoundingClientRect().right;
    const blocks = [...paper.querySelectorAll('.re div, .body, address')];
    // Measured on the added text alone: pre-wrap text lets spaces hang past the edge where it wraps.
    const probes = blocks.map((el) => el.appendChild(document.createElement('span')));
    for (const probe of probes) probe.textContent = 'W1234567890'.repeat(60);
    return probes
      .filter((probe) => [...probe.getClientRects()].some((box) => box.right > right + 1))
      .map((probe) => probe.parentElement!.className || probe.parentElement!.tagName);
  });
  expect(overflowing).toEqual([]);
  await letter.close();
});
