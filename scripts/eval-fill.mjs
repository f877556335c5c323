// `npm run eval:fill`: the built extension in real Chromium fills every fixture portal page that has
// an .expected.json from the example case, then compares what each page's own state holds.
// Prints per page and overall: correct, wrong, missed, untouched-as-required (and unexpected fills),
// beside each page's first-sight figures (test/fixtures/portals/first-sight.json: the score a page
// had the first time it was run, before the classifier was changed for it). Then it scores the
// seeded generated layouts (scripts/forms/generateLayouts.mjs) as their own group.
// Options: --verbose (name each miss), --seed N (generated layouts, default 1), --no-generated,
// --record-first-sight (add first-sight entries for pages and seeds that have none, except the
// "tuned" pages the classifier was written with; never rewrites an entry).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, ROOT } from '../test/e2e/browser.mjs';
import { evaluatePage, fixturePagesWithExpectations } from '../test/e2e/fill-driver.mjs';
import { PORTALS_DIR, startPortalServer } from '../test/e2e/portal-server.mjs';
import { writeGeneratedLayouts } from './forms/generateLayouts.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const record = args.includes('--record-first-sight');
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 1;
const withGenerated = !args.includes('--no-generated');
const FIRST_SIGHT_FILE = join(PORTALS_DIR, 'first-sight.json');
const firstSight = existsSync(FIRST_SIGHT_FILE)
  ? JSON.parse(readFileSync(FIRST_SIGHT_FILE, 'utf8'))
  : { tuned: [], pages: {}, generated: {} };
/** Pages written together with the classifier they test: they never had a first sight. */
const tuned = new Set(firstSight.tuned ?? []);

const generatedDir = mkdtempSync(join(tmpdir(), 'sca-generated-'));
const generated = withGenerated ? writeGeneratedLayouts(generatedDir, seed) : [];
const server = await startPortalServer({ extraRoots: [generatedDir] });
const pages = fixturePagesWithExpectations();
const session = await launchExtension({ server });

const KEYS = ['correct', 'wrong', 'missed', 'untouchedOk', 'untouchedTotal', 'extra'];
const zero = () => Object.fromEntries(KEYS.map((k) => [k, 0]));
const add = (total, s) => KEYS.forEach((k) => (total[k] += s[k]));
const pad = (s, n) => String(s).padEnd(n);
const fillable = (s) => s.correct + s.wrong + s.missed;
/** "correct/fillable wrong missed untouched" in one column. */
const brief = (s) => (s ? `${s.correct}/${fillable(s)} w${s.wrong} m${s.missed} u${s.untouchedOk}/${s.untouchedTotal}` : '-');
const header = () =>
  console.log(
    `${pad('page', 62)} ${pad('correct', 8)} ${pad('wrong', 6)} ${pad('missed', 7)} ${pad('untouched', 10)} ${pad('extra', 6)} first sight`,
  );
const line = (name, s, first) =>
  console.log(
    `${pad(name, 62)} ${pad(`${s.correct}/${fillable(s)}`, 8)} ${pad(s.wrong, 6)} ${pad(s.missed, 7)} ${pad(`${s.untouchedOk}/${s.untouchedTotal}`, 10)} ${pad(s.extra, 6)} ${brief(first)}`,
  );
const rates = (t) => {
  const n = fillable(t);
  const pct = (x) => (n ? ((100 * x) / n).toFixed(1) : '0.0');
  return `precision ${t.correct + t.wrong ? ((100 * t.correct) / (t.correct + t.wrong)).toFixed(1) : '0.0'}%  recall ${pct(t.correct)}%  wrong ${pct(t.wrong)}%`;
};

let failed = false;
const today = new Date().toISOString().slice(0, 10);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const total = zero();
const newPages = zero();
const newPagesFirst = zero();
const genTotal = zero();
try {
  header();
  for (const p of pages) {
    const name = p.host + p.path;
    let r;
    try {
      r = await evaluatePage(session, p);
    } catch (error) {
      failed = true;
      console.log(`${pad(name, 62)} ERROR ${error.message.split('\n')[0]}`);
      continue;
    }
    const s = r.score;
    add(total, s);
    const first = firstSight.pages?.[name];
    if (first) {
      add(newPages, s);
      add(newPagesFirst, first);
    } else if (record && !tuned.has(name)) {
      firstSight.pages[name] = { date: today, commit, imitates: '', ...Object.fromEntries(KEYS.map((k) => [k, s[k]])) };
    }
    line(name, s, first);
    if (verbose) for (const d of s.details) console.log(`    ${d}`);
  }
  line('overall (fixture pages)', total);
  console.log(rates(total));
  if (Object.keys(firstSight.pages ?? {}).length) {
    line('pages recorded at first sight: now', newPages, newPagesFirst);
    console.log(`first sight: ${rates(newPagesFirst)}`);
    console.log(`now:         ${rates(newPages)}`);
  }

  if (generated.length) {
    console.log(`\ngenerated layouts, seed ${seed} (${generated.length} pages, scripts/forms/generateLayouts.mjs)`);
    header();
    for (const g of generated) {
      let r;
      try {
        r = await evaluatePage(session, g);
      } catch (error) {
        failed = true;
        console.log(`${pad(g.host + g.path, 62)} ERROR ${error.message.split('\n')[0]}`);
        continue;
      }
      add(genTotal, r.score);
      line(g.path, r.score);
      if (verbose) for (const d of r.score.details) console.log(`    ${d}`);
    }
    const firstGen = firstSight.generated?.[String(seed)];
    line(`generated layouts, seed ${seed}`, genTotal, firstGen);
    console.log(rates(genTotal));
    if (!firstGen && record)
      firstSight.generated[String(seed)] = {
        date: today,
        commit,
        pages: generated.length,
        ...Object.fromEntries(KEYS.map((k) => [k, genTotal[k]])),
      };
  }
} finally {
  await session.close();
  await server.close();
  rmSync(generatedDir, { recursive: true, force: true });
}
if (record) {
  writeFileSync(FIRST_SIGHT_FILE, `${JSON.stringify(firstSight, null, 2)}\n`);
  console.log(`first-sight figures recorded in ${FIRST_SIGHT_FILE}`);
}
if (failed) process.exitCode = 1;
