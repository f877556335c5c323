// Launches Debian Chromium with the built extension through playwright-core, a throwaway profile
// and HOME, and host-resolver rules that send portal host names to the local fixture server.
// Shared by the e2e tests, the demo, the fill evaluation and the benchmarks.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startPortalServer } from './portal-server.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const OUT_DIR = resolve(ROOT, process.env.SCA_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Hosts that are not portals but must reach the fixture server too. */
export const EXTRA_HOSTS = ['example.org', '*.example.org', '*.mycareplan.example'];

/** Builds the Chrome extension unless a build is there (SCA_REBUILD=1 forces one). */
export function ensureBuilt() {
  if (process.env.SCA_REBUILD === '1' || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Host patterns of the built manifest ("*://*.availity.com/*" -> "*.availity.com"). */
export function portalHostPatterns() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const hosts = new Set();
  for (const p of manifest.host_permissions ?? []) {
    const m = /^\*:\/\/([^/]+)\/\*$/.exec(p);
    if (m) hosts.add(m[1]);
  }
  return [...hosts];
}

export function hostResolverRules(hosts) {
  return hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
}

/**
 * Starts the fixture server (unless given one) and Chromium with the extension.
 * Returns handles plus relaunch(), which closes the browser and opens it again on the same profile.
 */
export async function launchExtension({ server, userDataDir, headless = true, args = [], viewport = { width: 1280, height: 800 } } = {}) {
  ensureBuilt();
  const ownServer = !server;
  server ??= await startPortalServer();
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'sca-profile-'));
  const home = join(profile, '..', `${profile.split('/').pop()}-home`);
  mkdirSync(home, { recursive: true });
  const rules = hostResolverRules([...portalHostPatterns(), ...EXTRA_HOSTS]);

  async function open() {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless,
      viewport,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--host-resolver-rules=${rules}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        ...args,
      ],
    });
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(worker.url()).host;
    return { context, worker, extensionId };
  }

  const session = { server, profile, ...(await open()) };
  session.sidePanelUrl = (params = {}) => {
    const q = new URLSearchParams(params).toString();
    return `chrome-extension://${session.extensionId}/sidepanel.html${q ? `?${q}` : ''}`;
  };
  /** The side panel page opened as an ordinary tab (optionally acting on portal tab N). */
  session.openSidePanelPage = async (params = {}) => {
    const page = await session.context.newPage();
    await page.goto(session.sidePanelUrl(params));
    return page;
  };
  /** The frames each tab's content scripts reported, as the background keeps them: { tabId: frames }. */
  session.frameRecords = () =>
    session.worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.fromEntries(
        Object.entries(all)
          .filter(([k]) => k.startsWith('frames:'))
          .map(([k, v]) => [k.slice('frames:'.length), v]),
      );
    });
  /** The id the extension's tabs API gives a page (for sidepanel.html?tabId=N). */
  session.tabIdOf = async (page) => {
    const url = page.url();
    return session.worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
  };
  session.relaunch = async () => {
    await session.context.close();
    Object.assign(session, await open());
    return session;
  };
  /**
   * Records host permissions as the user's own grant and restarts the browser. Chrome's permission
   * prompt is browser UI Playwright cannot answer (microsoft/playwright#32755), so the test stands in
   * for the user's "Allow" the way Chrome stores it: in the profile's granted and runtime-granted
   * permissions. For hosts stored there, Chrome resolves permissions.request without a prompt (as for
   * a user who re-adds a site they removed) and the grant is active only after that request.
   */
  session.grantHostsAsUser = async (patterns) => {
    await session.context.close();
    const file = join(profile, 'Default', 'Preferences');
    const prefs = JSON.parse(readFileSync(file, 'utf8'));
    const settings = prefs.extensions.settings[session.extensionId];
    for (const key of ['granted_permissions', 'runtime_granted_permissions']) {
      settings[key] ??= { api: [], explicit_host: [], manifest_permissions: [], scriptable_host: [] };
      settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...patterns])];
    }
    writeFileSync(file, JSON.stringify(prefs));
    Object.assign(session, await open());
    return session;
  };
  /**
   * After a test stops the service worker its handle is dead; this wakes the worker (a message from
   * an extension page starts it) and points session.worker at the live one.
   */
  session.refreshWorker = async () => {
    const alive = (w) => w.evaluate(() => true).catch(() => false);
    const page = await session.openSidePanelPage();
    try {
      for (let i = 0; i < 100; i++) {
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
        const workers = session.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`));
        for (const w of workers.reverse()) {
          if (await alive(w)) {
            session.worker = w;
            return w;
          }
        }
        await page.waitForTimeout(100);
      }
      throw new Error('the service worker did not start again');
    } finally {
      await page.close();
    }
  };
  /** The id of the focused window's active tab: works for pages the extension has no access to. */
  session.activeTabId = async (page) => {
    await page.bringToFront();
    return session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  };
  session.close = async () => {
    await session.context.close().catch(() => {});
    if (ownServer) await server.close();
    if (!userDataDir) {
      rmSync(profile, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  };
  return session;
}
