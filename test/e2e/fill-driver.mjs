// Drives a fill the way a user does: the side panel page (as a tab acting on the portal tab) loads
// the example case, opens Fill and clicks the "Fill N fields" button; then reads what the portal
// page's own state holds. Shared by the e2e tests and `npm run eval:fill`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PORTALS_DIR } from './portal-server.mjs';
import { BUILT_IN_HOSTS_PATTERN } from './portal-hosts.mjs';

/** Every fixture page with an .expected.json beside it: { host, path, expected }. */
export function fixturePagesWithExpectations(root = PORTALS_DIR) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.expected.json')) {
        const rel = relative(root, full).split('/');
        const host = rel[0];
        // Pages of non-portal hosts (an ad frame) are only ever embedded: checked through their host page.
        if (!BUILT_IN_HOSTS_PATTERN.test(host)) continue;
        const path = `/${rel
          .slice(1)
          .join('/')
          .replace(/\.expected\.json$/, '.html')}`;
        found.push({ host, path, expected: JSON.parse(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(root);
  return found;
}

/**
 * Opens the side panel page for the portal page's tab, with the example case loaded and active.
 * `tabId` is for tabs the extension cannot see the address of (a site not yet added as a portal).
 */
export async function openPanelWithExampleCase(session, portalPage, { tabId } = {}) {
  tabId ??= await session.tabIdOf(portalPage);
  if (tabId === undefined) throw new Error(`No tab id for ${portalPage.url()}`);
  const panel = await session.openSidePanelPage({ tabId: String(tabId) });
  await panel.getByRole('tab', { name: 'Cases', exact: true }).click();
  const loaded = panel.getByRole('list', { name: 'Cases' }).getByRole('button', { name: 'Jordan Rivera - ABA - Aetna', exact: true });
  if (await loaded.count()) await loaded.click();
  else await panel.getByRole('button', { name: 'Load example case' }).first().click();
  // The case is active once its editor shows.
  await panel.getByRole('heading', { name: 'Case details' }).waitFor();
  return panel;
}

const STEADY_MS = 800;

/** Clicks the panel's Fill button once it offers fields; returns the button's name (null when nothing to fill). */
export async function clickFill(panel, { timeout = 10_000 } = {}) {
  await panel.getByRole('tab', { name: 'Fill', exact: true }).click();
  const button = panel.getByRole('button', { name: /^Fill \d+/ });
  await button.waitFor({ timeout });
  const deadline = Date.now() + timeout;
  const settleBy = Date.now() + Math.min(2_000, timeout / 2);
  // Wait until the offer is steady for a moment: after a wizard's Next, frames load and report
  // their fields over a few hundred milliseconds and the count climbs as they do.
  let lastName = '';
  let steadySince = Date.now();
  while (Date.now() < deadline) {
    const name = (await button.textContent())?.trim() ?? '';
    if (name !== lastName) {
      lastName = name;
      steadySince = Date.now();
    }
    if (Date.now() - steadySince < STEADY_MS) {
      await panel.waitForTimeout(100);
      continue;
    }
    if (/^Fill [1-9]/.test(name) && (await button.isEnabled())) {
      const report = panel.locator('[data-fill-run]');
      const previousRun = (await report.count()) ? Number(await report.getAttribute('data-fill-run')) : 0;
      await button.click();
      await panel.locator(`[data-fill-run="${previousRun + 1}"]`).waitFor({ timeout });
      return name;
    }
    // "Fill 0" may be a plan a step behind (a wizard's new fields are being read): give it time.
    if (/^Fill 0 /.test(name) && Date.now() > settleBy && !(await panel.getByText('Reading the form…').count())) return null;
    await panel.waitForTimeout(100);
  }
  return null;
}

/**
 * The page's app state: window.__appState of the top document, plus that of any same-origin frame
 * that keeps its own store (frames that share the top store add nothing). Keys address the app's
 * model, not the DOM, so fields inside frames and shadow roots are scored like any other.
 */
export async function readAppState(page) {
  const state = await page.evaluate(() => JSON.parse(JSON.stringify(window.__appState ?? {})));
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const own = await frame
      .evaluate(() => {
        try {
          if (!window.__appState || window.__appState === window.top.__appState) return null;
        } catch {
          return null; // another origin: not the portal's form
        }
        return JSON.parse(JSON.stringify(window.__appState));
      })
      .catch(() => null);
    for (const [k, v] of Object.entries(own ?? {})) if (!(k in state)) state[k] = v;
  }
  return state;
}

const empty = (v) => v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
const norm = (v) => (Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : String(v ?? '').trim());

/** Scores a page's state against its expectations. */
export function scorePage(expected, initial, state) {
  const score = { correct: 0, wrong: 0, missed: 0, untouchedOk: 0, untouchedTotal: 0, extra: 0, details: [] };
  for (const [key, want] of Object.entries(expected.fields ?? {})) {
    const got = state[key];
    if (norm(got) === norm(want)) score.correct++;
    else if (empty(got)) {
      score.missed++;
      score.details.push(`missed ${key} (want ${JSON.stringify(want)})`);
    } else {
      score.wrong++;
      score.details.push(`wrong ${key}: ${JSON.stringify(got)} (want ${JSON.stringify(want)})`);
    }
  }
  for (const key of expected.untouched ?? []) {
    score.untouchedTotal++;
    if (norm(state[key]) === norm(initial[key])) score.untouchedOk++;
    else score.details.push(`touched ${key}: ${JSON.stringify(state[key])}`);
  }
  const known = new Set([...Object.keys(expected.fields ?? {}), ...(expected.untouched ?? [])]);
  for (const key of Object.keys(state)) {
    // "__" keys are the page's own bookkeeping (wizard step, row count), not fields.
    if (!key.startsWith('__') && !known.has(key) && norm(state[key]) !== norm(initial[key])) {
      score.extra++;
      score.details.push(`filled a field not expected: ${key} = ${JSON.stringify(state[key])}`);
    }
  }
  if (state.__submitted) score.details.push('THE PAGE WAS SUBMITTED');
  return score;
}

/** Runs one fixture page's steps (fill, click Next, fill ...) and scores it. */
export async function evaluatePage(session, { host, path, expected }) {
  const page = await session.context.newPage();
  await page.goto(session.server.url(host, path));
  await page.waitForLoadState('load');
  const initial = await readAppState(page);
  const panel = await openPanelWithExampleCase(session, page);
  const steps = expected.steps ?? [{ fill: true }];
  const fills = [];
  for (const step of steps) {
    if (step.fill) fills.push(await clickFill(panel));
    if (step.click) {
      await page.bringToFront();
      await page.locator(step.click).click();
      await page.waitForTimeout(400);
    }
  }
  const state = await readAppState(page);
  await panel.close();
  await page.close();
  return { host, path, fills, score: scorePage(expected, initial, state) };
}
