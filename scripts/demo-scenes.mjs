// The scenes the headless demo photographs: the demo portal pages and the side panel at work on
// one of them. Strict: a missing page or control fails the demo rather than photographing an error.
import { join } from 'node:path';

export const PORTAL_PAGES = [
  ['availity-request', 'apps.availity.com', '/authorizations/request.html'],
  ['uhc-prior-auth', 'www.uhcprovider.com', '/prior-auth/new.html'],
  ['optum-aba', 'provider.optum.com', '/aba/request.html'],
  ['cigna-network-exception', 'cignaforhcp.cigna.com', '/forms/network-exception.html'],
  ['carelon-auth', 'www.carelonbehavioralhealth.com', '/providerconnect/auth.html'],
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
    const response = await portal.goto(session.server.url(host, path));
    if (!response?.ok()) throw new Error(`Demo page ${host}${path} answered ${response?.status()}`);
    await shot(portal, `portal-${name}`);
  }
  // The side panel works on the Cigna-style form (one page, every kind of field).
  await portal.goto(session.server.url('cignaforhcp.cigna.com', '/forms/network-exception.html'));
  const tabId = await session.tabIdOf(portal);
  if (tabId === undefined) throw new Error('The demo portal tab has no id');

  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(session.sidePanelUrl({ tabId: String(tabId) }));
  await panel.getByRole('button', { name: 'Load example case' }).first().waitFor();
  await shot(panel, 'sidepanel-empty');
  await panel.getByRole('button', { name: 'Load example case' }).first().click();
  await panel.getByRole('tab', { name: 'Case', exact: true }).waitFor();
  await panel.getByRole('tab', { name: 'Cases', exact: true }).click();
  await panel.waitForTimeout(300);
  await shot(panel, 'sidepanel-cases', { fullPage: true });

  const tab = async (name) => {
    await panel.getByRole('tab', { name, exact: true }).click();
    await panel.waitForTimeout(400);
  };
  await tab('Case');
  await shot(panel, 'sidepanel-case-editor', { fullPage: true });
  await tab('Checklist');
  await shot(panel, 'sidepanel-checklist', { fullPage: true });
  await tab('Calls');
  await panel.getByRole('button', { name: 'Start call' }).click();
  await panel.waitForTimeout(1200);
  await shot(panel, 'sidepanel-call-mode', { fullPage: true });
  await panel.getByRole('button', { name: 'End call' }).click();
  await tab('Texts');
  await shot(panel, 'sidepanel-texts', { fullPage: true });
  const letterOpened = session.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open as letter' }).click();
  const letter = await letterOpened;
  await letter.waitForLoadState('load');
  await letter.getByText('Sincerely,').waitFor();
  await letter.emulateMedia({ media: 'print' });
  await shot(letter, 'letter-print-view', { fullPage: true });
  await letter.close();
  await tab('Fill');
  await panel.getByRole('button', { name: /^Fill [1-9]\d* field/ }).waitFor({ timeout: 10_000 });
  await shot(panel, 'sidepanel-fill-preview', { fullPage: true });
  await panel.getByRole('button', { name: /^Fill [1-9]\d* field/ }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /Filled \d+ field/ })
    .waitFor();
  await shot(panel, 'sidepanel-fill-done', { fullPage: true });
  await portal.bringToFront();
  await shot(portal, 'portal-filled-and-marked', { fullPage: true });
  await tab('Notes');
  await shot(panel, 'sidepanel-notes');

  await panel.emulateMedia({ colorScheme: 'dark' });
  await tab('Case');
  await shot(panel, 'sidepanel-case-dark');
  await tab('Checklist');
  await shot(panel, 'sidepanel-checklist-dark');
  return written;
}
