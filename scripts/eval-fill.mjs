// `npm run eval:fill`: the built extension in real Chromium fills every fixture portal page that has
// an .expected.json from the example case, then compares what each page's own state holds.
// Prints per page and overall: correct, wrong, missed, untouched-as-required (and unexpected fills).
import { launchExtension } from '../test/e2e/browser.mjs';
import { evaluatePage, fixturePagesWithExpectations } from '../test/e2e/fill-driver.mjs';

const verbose = process.argv.includes('--verbose');
const pages = fixturePagesWithExpectations();
const session = await launchExtension();
const total = { correct: 0, wrong: 0, missed: 0, untouchedOk: 0, untouchedTotal: 0, extra: 0 };
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('page', 58)} ${pad('correct', 8)} ${pad('wrong', 6)} ${pad('missed', 7)} ${pad('untouched', 10)} extra`);
let failed = false;
try {
  for (const p of pages) {
    let r;
    try {
      r = await evaluatePage(session, p);
    } catch (error) {
      failed = true;
      console.log(`${pad(p.host + p.path, 58)} ERROR ${error.message.split('\n')[0]}`);
      continue;
    }
    const s = r.score;
    for (const k of Object.keys(total)) total[k] += s[k];
    const expectedCount = Object.keys(p.expected.fields ?? {}).length;
    console.log(
      `${pad(p.host + p.path, 58)} ${pad(`${s.correct}/${expectedCount}`, 8)} ${pad(s.wrong, 6)} ${pad(s.missed, 7)} ${pad(`${s.untouchedOk}/${s.untouchedTotal}`, 10)} ${s.extra}`,
    );
    if (verbose) for (const d of s.details) console.log(`    ${d}`);
  }
} finally {
  await session.close();
}
const expectedAll = total.correct + total.wrong + total.missed;
const pct = (n) => (expectedAll ? ((100 * n) / expectedAll).toFixed(1) : '0.0');
console.log(
  `${pad('overall', 58)} ${pad(`${total.correct}/${expectedAll}`, 8)} ${pad(total.wrong, 6)} ${pad(total.missed, 7)} ${pad(`${total.untouchedOk}/${total.untouchedTotal}`, 10)} ${total.extra}`,
);
console.log(`precision ${total.correct + total.wrong ? ((100 * total.correct) / (total.correct + total.wrong)).toFixed(1) : '0.0'}%  recall ${pct(total.correct)}%  wrong ${pct(total.wrong)}%`);
if (failed) process.exitCode = 1;
