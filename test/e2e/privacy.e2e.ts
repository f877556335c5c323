// Privacy in real Chromium over one full session (load the example case, fill three portal pages,
// copy a justification, export everything): the extension makes no network request, no case data
// reaches console output, storage.local or a portal page's DOM beyond the filled fields; frames of
// other origins and sandboxed frames are never filled; forged messages change nothing.
// Service worker network events are off by default in Playwright: ask for them before launching.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './browser.mjs';
import { clickFill, evaluatePage, fixturePagesWithExpectations, openPanelWithExampleCase, readAppState } from './fill-driver.mjs';
import { completeBundle } from '../fixtures/cases/complete';

/** What the fixture pages keep on window: their form state and how many input events they saw. */
type FixtureWindow = { __appState: Record<string, unknown>; __appEvents: number };

interface SeenRequest {
  url: string;
  /** The document that made the request ('' for the service worker). */
  by: string;
}

let s: ExtensionSession;
const requests: SeenRequest[] = [];
const consoleLines: string[] = [];
const pageErrors: string[] = [];

/** Values of the example case that must never leave the places the user put them. */
const SECRETS = (() => {
  const c = completeBundle().case;
  const values = [
    `${c.member.firstName} ${c.member.lastName}`,
    c.member.lastName,
    c.member.memberId,
    c.member.dob,
    c.member.groupNumber,
    c.member.phone,
    c.subscriber?.subscriberId,
    c.subscriber?.dob,
    ...Object.values(c.providers).map((p) => (p as { npi?: string } | undefined)?.npi),
  ];
  return values.filter((v): v is string => typeof v === 'string' && v.length >= 5);
})();
const leaked = (text: string) => SECRETS.filter((v) => text.includes(v));

beforeAll(async () => {
  s = await launchExtension();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  s.context.on('request', (r) => {
    let by = '';
    if (!r.serviceWorker()) {
      try {
        by = r.frame().url();
      } catch {
        // A frame's own navigation can be reported before the frame exists.
      }
      // A frame loading its first document (a tab the test opened, an iframe) has no URL of its own yet.
      if (r.isNavigationRequest() && (by === '' || by === 'about:blank')) by = '(navigation)';
      else if (!by) by = '(unknown)';
    }
    requests.push({ url: r.url(), by });
  });
  const watch = (page: Page) => {
    page.on('console', (m) => consoleLines.push(m.text()));
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  };
  s.context.pages().forEach(watch);
  s.context.on('page', watch);
  s.worker.on('console', (m) => consoleLines.push(m.text()));
});
afterAll(async () => {
  await s?.close();
});

const fixtures = fixturePagesWithExpectations();
const fixture = (host: string, path: string) => fixtures.find((f) => f.host === host && f.path === path)!;

/** Everything in a document except form control values: elements with their attributes, text. */
async function domShape(page: Page) {
  return page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((el) => {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
    walk(document);
    return {
      count: all.length,
      attributes: all.map((el) => `${el.tagName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`),
      attributeNames: all.flatMap((el) => el.getAttributeNames()),
      attributeValues: all.flatMap((el) => [...el.attributes].map((a) => a.value)),
      head: document.head.innerHTML,
      shadowRoots: all.filter((el) => el.shadowRoot).length,
      text: document.body.innerText,
    };
  });
}

/** Traces of the extension in a page: its name in attributes, injected styles, scripts or frames. */
function tracesOfUs(before: Awaited<ReturnType<typeof domShape>>, after: Awaited<ReturnType<typeof domShape>>): string[] {
  const old = new Set(before.attributes);
  const added = after.attributes.filter((a) => !old.has(a));
  return [
    ...after.attributeNames.filter((n) => /sca/i.test(n)),
    ...after.attributeValues.filter((v) => /\bsca[-_]|sca-?assistant/i.test(v)),
    ...added.filter((a) => /^(STYLE|SCRIPT|LINK|IFRAME|TEMPLATE|DIALOG) /.test(a) || / style=/.test(a)),
    ...(after.head === before.head ? [] : ['head changed']),
    ...(after.shadowRoots === before.shadowRoots ? [] : ['shadow root added']),
  ];
}

it('fills the Cigna and Optum forms (a full session, part 1)', async () => {
  for (const [host, path] of [
    ['cignaforhcp.cigna.com', '/forms/network-exception.html'],
    ['provider.optum.com', '/aba/request.html'],
  ] as const) {
    const result = await evaluatePage(s, fixture(host, path));
    expect(result.score.correct).toBeGreaterThan(0);
  }
});

it('leaves nothing of its own in the UHC page: after "Hide marks on page" only the filled values differ', async () => {
  const portal = await s.context.newPage();
  await portal.goto(s.server.url('www.uhcprovider.com', '/prior-auth/new.html'));
  const before = await domShape(portal);
  const panel = await openPanelWithExampleCase(s, portal);
  expect(await clickFill(panel)).not.toBeNull();
  expect((await readAppState(portal))['member.id']).toBe(completeBundle().case.member.memberId);
  const hide = panel.getByRole('button', { name: 'Hide marks on page' });
  await hide.click();
  await panel.getByRole('button', { name: 'Show on page' }).waitFor();

  // The page's own widgets render the chosen options (react-select): that is the page, not us.
  const after = await domShape(portal);
  expect(tracesOfUs(before, after)).toEqual([]);
  // Case values show only inside the filled controls, never as page text.
  expect(leaked(after.text)).toEqual(leaked(before.text));
  await panel.close();
  await portal.close();
});

let framesPortal: Page;
let framesPanel: Page;
const sandboxedFrame = () => framesPortal.frames().find((f) => f.url().endsWith('/sandboxed-form.html'))!;
const adFrame = () => framesPortal.frames().find((f) => f.url().includes('www.example.org'))!;

it("fills a portal page but neither its sandboxed same-host frame nor another site's frame, and says so", async () => {
  framesPortal = await s.context.newPage();
  await framesPortal.goto(s.server.url('apps.availity.com', '/authorizations/sandboxed.html'));
  await framesPortal.waitForLoadState('load');
  const sandboxBefore = await sandboxedFrame().evaluate(() => JSON.stringify((window as unknown as FixtureWindow).__appState));
  const adBefore = await adFrame().evaluate(() => JSON.stringify((window as unknown as FixtureWindow).__appState));
  const shapeBefore = await domShape(framesPortal);
  framesPanel = await openPanelWithExampleCase(s, framesPortal);
  await framesPanel.getByRole('tab', { name: 'Fill', exact: true }).click();
  await framesPanel.getByText(/1 embedded frame from other sites left alone/).waitFor({ timeout: 10_000 });
  // What the panel offers before the fill: the page's fields, not the sandboxed frame's.
  await framesPanel.locator('table tbody tr').first().waitFor();
  const offered = (
    await framesPanel.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[0]?.textContent))
  ).join('\n');
  expect(await clickFill(framesPanel)).not.toBeNull();

  expect((await readAppState(framesPortal)).memberId).toBe(completeBundle().case.member.memberId);
  // A plain form: after "Hide marks on page" the DOM is exactly as before (values are properties).
  await framesPanel.getByRole('button', { name: 'Hide marks on page' }).click();
  await framesPanel.getByRole('button', { name: 'Show on page' }).waitFor();
  const after = await domShape(framesPortal);
  expect(after.attributes).toEqual(shapeBefore.attributes);
  expect(after.count).toBe(shapeBefore.count);
  expect(after.text).toBe(shapeBefore.text);
  expect(await sandboxedFrame().evaluate(() => JSON.stringify((window as unknown as FixtureWindow).__appState))).toBe(sandboxBefore);
  expect(await sandboxedFrame().evaluate(() => (window as unknown as FixtureWindow).__appEvents)).toBe(0);
  expect(await adFrame().evaluate(() => JSON.stringify((window as unknown as FixtureWindow).__appState))).toBe(adBefore);
  expect(await adFrame().evaluate(() => (window as unknown as FixtureWindow).__appEvents)).toBe(0);
  // The sandboxed frame's fields were not in what the panel offered either.
  expect(offered).toContain('Member ID');
  expect(offered).not.toMatch(/Subscriber ID|Patient first name|Rendering provider NPI/);
});

it('answers a forged request for a refused frame with an error and does nothing', async () => {
  const tabId = (await s.tabIdOf(framesPortal))!;
  const allowed: number[] = await framesPanel.evaluate(
    async (t) =>
      ((await chrome.runtime.sendMessage({ type: 'tab-status', tabId: t })) as { frames: { frameId: number }[] }).frames.map(
        (f) => f.frameId,
      ),
    tabId,
  );
  expect(allowed).toEqual([0]);
  // Frame ids are small integers in Chrome: every id of this tab other than the allowed one is refused.
  await sandboxedFrame().locator('#subscriberId').focus();
  const answers: { ok?: boolean; error?: string }[] = await framesPanel.evaluate(async (t) => {
    const out = [];
    for (let frameId = 1; frameId <= 8; frameId++) {
      for (const request of [{ op: 'collect' }, { op: 'insert-text', text: 'FORGED' }]) {
        out.push(await chrome.runtime.sendMessage({ type: 'frame-request', tabId: t, frameId, request }));
      }
    }
    return out;
  }, tabId);
  expect(answers.every((a) => a?.ok === false && /not part of the portal/.test(a.error ?? ''))).toBe(true);
  expect((await sandboxedFrame().evaluate(() => (window as unknown as FixtureWindow).__appState)).subscriberId).toBe('');
  expect(await adFrame().evaluate(() => (window as unknown as FixtureWindow).__appEvents)).toBe(0);
});

it('ignores messages of the wrong shape from an extension page and page-only messages from a content script', async () => {
  const tabId = (await s.tabIdOf(framesPortal))!;
  const framesBefore = (await s.frameRecords())[tabId];
  const stateBefore = await readAppState(framesPortal);
  const wrongShapes = [
    null,
    'frame-request',
    { type: 'frame-request', tabId: String(tabId), frameId: 0, request: { op: 'insert-text', text: 'FORGED' } },
    { type: 'frame-request', tabId, frameId: -1, request: { op: 'collect' } },
    { type: 'frame-hello', controls: 5 },
    { type: 'no-such-type', tabId },
  ];
  const answers: unknown[] = await framesPanel.evaluate(async (messages) => {
    const out = [];
    for (const m of messages)
      out.push(
        await chrome.runtime.sendMessage(m).then(
          (a: unknown) => a ?? 'no answer',
          (e: Error) => `no answer: ${e.message}`,
        ),
      );
    return out;
  }, wrongShapes);
  for (const a of answers) expect(String(a)).toMatch(/^no answer/);

  // A script in the portal page's isolated world (what a compromised content script could do):
  // page-only requests and malformed reports are dropped.
  await framesPortal.locator('#memberId').focus();
  const fromContent = await s.worker.evaluate(async (t) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: t, frameIds: [0] },
      func: async (tab: number) => {
        const out: string[] = [];
        const messages = [
          { type: 'frame-request', tabId: tab, frameId: 0, request: { op: 'insert-text', text: 'FORGED' } },
          { type: 'tab-status', tabId: tab },
          { type: 'frame-hello', controls: -3 },
          { type: 'frame-hello', controls: 'many' },
        ];
        for (const m of messages)
          out.push(
            await chrome.runtime.sendMessage(m).then(
              (a: unknown) => JSON.stringify(a ?? 'no answer'),
              () => 'no answer',
            ),
          );
        return out;
      },
      args: [t],
    });
    return result?.result as string[];
  }, tabId);
  expect(fromContent.every((a) => a.includes('no answer'))).toBe(true);
  expect(await readAppState(framesPortal)).toEqual(stateBefore);
  expect((await s.frameRecords())[tabId]).toEqual(framesBefore);
});

it("is unreachable from a portal page's own scripts (no externally_connectable)", async () => {
  const reachable = await framesPortal.evaluate(
    () => typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
  );
  expect(reachable).toBe('undefined');
  await framesPanel.close();
  await framesPortal.close();
});

it('copies a justification and exports all cases (a full session, part 2)', async () => {
  const portal = await s.context.newPage();
  await portal.goto(s.server.url('www.uhcprovider.com', '/prior-auth/new.html'));
  const panel = await openPanelWithExampleCase(s, portal);
  await panel.getByRole('tab', { name: 'Texts', exact: true }).click();
  const preview = panel.getByRole('region', { name: 'Preview' });
  await preview.getByRole('button', { name: 'Copy', exact: true }).click();
  await preview.getByRole('status').getByText('Copied').waitFor();
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toContain(completeBundle().case.member.lastName);

  await panel.getByRole('tab', { name: 'Cases', exact: true }).click();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export all' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  // Resource timings of the extension's own documents and worker: what they loaded, whoever started it.
  const origin = `chrome-extension://${s.extensionId}`;
  const timings: string[] = [
    ...(await panel.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
    ...(await s.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
  ];
  expect(timings.filter((u) => !u.startsWith(origin) && !u.startsWith(`blob:${origin}`))).toEqual([]);
  await panel.close();
  await portal.close();
});

it('made no network request of its own during the session', () => {
  const origin = `chrome-extension://${s.extensionId}`;
  const portalServer = (u: string) => {
    try {
      const url = new URL(u);
      return url.protocol === 'http:' && url.port === String(s.server.port) && url.hostname !== 'localhost';
    } catch {
      return false;
    }
  };
  const ours = (u: string) => u.startsWith(`${origin}/`) || u.startsWith(`blob:${origin}/`) || u.startsWith('data:');
  expect(requests.length).toBeGreaterThan(10);
  // Every request is the extension's own files or the fixture portal's pages and their assets ...
  expect(requests.filter((r) => !ours(r.url) && !portalServer(r.url))).toEqual([]);
  // ... and no extension document (or the worker) asked for anything outside the extension.
  expect(requests.filter((r) => (r.by === '' || r.by === '(unknown)' || r.by.startsWith(origin)) && !ours(r.url))).toEqual([]);
  // The portal pages asked only for their own hosts' files (an extension-made fetch would come from an extension document).
  expect(requests.filter((r) => portalServer(r.url) && !portalServer(r.by) && r.by !== '(navigation)')).toEqual([]);
});

it('kept case data out of console output, storage.local and storage.session', async () => {
  expect(consoleLines.flatMap(leaked)).toEqual([]);
  const local = JSON.stringify(await s.worker.evaluate(() => chrome.storage.local.get(null)));
  const session = JSON.stringify(await s.worker.evaluate(() => chrome.storage.session.get(null)));
  expect(leaked(local)).toEqual([]);
  expect(leaked(session)).toEqual([]);
  expect(pageErrors.filter((e) => e.startsWith('chrome-extension://'))).toEqual([]);
});

// Last: the attempts it makes are requests the browser reports, though refused before they leave.
it('refuses remote images, fetches and frames in its own pages (content security policy)', async () => {
  const panel = await s.openSidePanelPage();
  const remote = s.server.url('www.example.org', '/remote.png');
  const refused = await panel.evaluate(async (url) => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const img = new Image();
    img.src = url;
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    const fetched = await fetch(url).then(
      () => 'fetched',
      () => 'refused',
    );
    // Violation events are queued as tasks: let them arrive.
    for (let i = 0; i < 50 && seen.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    frame.remove();
    return { fetched, seen: [...new Set(seen)].sort() };
  }, remote);
  expect(refused).toEqual({ fetched: 'refused', seen: ['connect-src', 'frame-src', 'img-src'] });
  await panel.close();
});
