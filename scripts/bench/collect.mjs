// `node scripts/bench/collect.mjs`: collect + classify on generated forms of 200, 1,000 and 5,000
// controls in headless Chromium (test/fixtures/generatePage), median and fastest of 7 runs.
// The fastest run is the cost without other load on the machine; the median is what users feel.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = `
import { generatePage } from './test/fixtures/generatePage';
import { collectFields } from './lib/page/collect';
import { classifyFields } from './lib/fill/classify';
globalThis.__bench = (n) => {
  document.body.innerHTML = generatePage(n);
  const t = { collect: [], classify: [], both: [] };
  let fields = [];
  for (let i = 0; i < 7; i++) {
    let s = performance.now();
    fields = collectFields(document).fields;
    const c = performance.now() - s;
    s = performance.now();
    classifyFields(fields, {});
    const k = performance.now() - s;
    t.collect.push(c); t.classify.push(k); t.both.push(c + k);
  }
  const stat = (a) => { const s = [...a].sort((x, y) => x - y); return { min: +s[0].toFixed(1), median: +s[3].toFixed(1), max: +s[6].toFixed(1) }; };
  return { controls: n, fields: fields.length, collect: stat(t.collect), classify: stat(t.classify), both: stat(t.both) };
};`;
const out = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  logLevel: 'error',
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: out.outputFiles[0].text });
  for (const n of [200, 1000, 5000]) console.log(JSON.stringify(await page.evaluate((count) => globalThis.__bench(count), n)));
} finally {
  await browser.close();
}
