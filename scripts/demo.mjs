// The demo: the built extension in Chromium on the demo portal (fixture pages served locally under
// real portal host names). With a display it opens a window to try things by hand; with
// `--screenshots DIR` (or without a display) it runs headless and writes PNGs of the demo portal
// and the side panel so a person without a display can see the product.
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { launchExtension, ROOT } from '../test/e2e/browser.mjs';
import { demoScenes } from './demo-scenes.mjs';

const argv = process.argv.slice(2);
const shotsIndex = argv.indexOf('--screenshots');
let shotsDir = shotsIndex >= 0 ? argv[shotsIndex + 1] : undefined;
if (shotsIndex >= 0 && !shotsDir) {
  console.error('Usage: npm run demo -- --screenshots DIR');
  process.exit(2);
}
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!shotsDir && !hasDisplay) {
  shotsDir = join(ROOT, '.output/demo-screenshots');
  console.log('No display found: running headless and writing screenshots instead.');
}

if (shotsDir) {
  const dir = resolve(shotsDir);
  mkdirSync(dir, { recursive: true });
  const session = await launchExtension({ headless: true });
  try {
    const written = await demoScenes(session, dir);
    for (const file of written) console.log(`wrote ${file}`);
    console.log(`${written.length} screenshots in ${dir}`);
  } finally {
    await session.close();
  }
} else {
  const session = await launchExtension({ headless: false, viewport: null });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(session.server.url('apps.availity.com', '/authorizations/request.html'));
  const portalTab = await session.tabIdOf(page);
  await session.openSidePanelPage(portalTab !== undefined ? { tabId: String(portalTab) } : {});
  await page.bringToFront();
  console.log('Demo portal pages (any of them opens in this browser):');
  for (const [host, path] of [
    ['apps.availity.com', '/authorizations/request.html'],
    ['www.uhcprovider.com', '/prior-auth/new.html'],
    ['provider.optum.com', '/aba/request.html'],
    ['cignaforhcp.cigna.com', '/forms/network-exception.html'],
    ['www.carelonbehavioralhealth.com', '/providerconnect/auth.html'],
  ])
    console.log(`  ${session.server.url(host, path)}`);
  console.log('Click the SCA Assistant toolbar icon to open the side panel; "Load example case" gives a case to fill with.');
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  const stop = async () => {
    await session.close();
    process.exit(0);
  };
  session.context.on('close', stop);
  process.on('SIGINT', stop);
}
