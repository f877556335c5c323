// Renders scripts/icon.svg to the PNG sizes the manifest needs (public/icon/N.png) with Chromium.
// Run by hand after changing the SVG; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM, ROOT } from '../test/e2e/browser.mjs';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `${ROOT}/public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
