// The scenes the headless demo photographs: the demo portal pages and the side panel at work.
import { join } from 'node:path';

const PORTAL_PAGES = [
  ['availity-request', 'apps.availity.com', '/authorizations/request.html'],
  ['uhc-prior-auth', 'www.uhcprovider.com', '/prior-auth/new.html'],
  ['optum-aba', 'provider.optum.com', '/aba/request.html'],
  ['cigna-network-exception', 'cignaforhcp.cigna.com', '/forms/network-exception.html'],
];

/** Runs the scenes and returns the files written. */
export async function demoScenes(session, dir) {
  const written = [];
  const shot = async (page, name, options = {}) => {
    const file = join(dir, `${String(written.length + 1).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, ...options });
    written.push(file);
  };

  const portal = await session.context.newPage();
  for (const [name, host, path] of PORTAL_PAGES) {
    await portal.goto(session.server.url(host, path));
    await shot(portal, `portal-${name}`);
  }
  await portal.goto(session.server.url(PORTAL_PAGES[0][1], PORTAL_PAGES[0][2]));
  const tabId = await session.tabIdOf(portal);

  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.goto(session.sidePanelUrl(tabId !== undefined ? { tabId: String(tabId) } : {}));
  await panel.waitForLoadState('networkidle');
  await shot(panel, 'sidepanel-start');

  const example = panel.getByRole('button', { name: 'Load example case' });
  if (await example.count()) {
    await example.first().click();
    await panel.waitForTimeout(300);
    await shot(panel, 'sidepanel-cases');
  }
  for (const screen of ['Case', 'Checklist', 'Calls', 'Texts', 'Fill', 'Notes']) {
    const tab = panel.getByRole('tab', { name: screen, exact: true });
    if (!(await tab.count())) continue;
    await tab.click();
    await panel.waitForTimeout(300);
    await shot(panel, `sidepanel-${screen.toLowerCase()}`);
  }
  await panel.emulateMedia({ colorScheme: 'dark' });
  await shot(panel, 'sidepanel-dark');
  return written;
}
