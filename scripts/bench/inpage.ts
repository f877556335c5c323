// Bundled by scripts/bench.mjs into one script evaluated inside Chromium pages (a portal page for
// the autofill figures, the side panel page for the store figures). Exposes globalThis.__scaBench.
import { generatePage } from '../../test/fixtures/generatePage';
import { collectFields } from '../../lib/page/collect';
import { classifyFields } from '../../lib/fill/classify';
import { planFill } from '../../lib/fill/plan';
import { applyPlan } from '../../lib/page/apply';
import { completeBundle } from '../../test/fixtures/cases/complete';
import { openDatabase } from '../../lib/store/db';
import { newCase, newId } from '../../lib/case/schema';
import { searchNotes } from '../../lib/store/notes';
import { exportAll } from '../../lib/store/backup/export';
import { applyImport, openBackupFile } from '../../lib/store/backup/import';
import { renderBody } from '../../lib/justify/render';

const WORDS =
  'called plan representative authorization pending reference approved denied appeal network provider waitlist distance therapy sessions units extension peer review fax records clinical notes utilization management callback'.split(
    ' ',
  );

/** Each run's ms, in run order. */
function timeEach(fn: () => void, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const bench = {
  /** Renders a user template holding 49,000-space runs (inside a line, before punctuation, at a line end); median ms. */
  renderAdversarial(runs = 5): { ms: number; chars: number } {
    const run = ' '.repeat(49_000);
    const body = `Dear reviewer,${run}{{memberName}}${run}.${run}\n[[Seen by {{providerName}}${run}]]${run}\n`;
    let chars = 0;
    const times = timeEach(() => {
      chars = renderBody(body, 'provider', completeBundle()).text.length;
    }, runs);
    return { ms: median(times), chars };
  },
  /** Replaces the body with a generated form of n controls; returns collect+classify median ms (and each run's). */
  collectClassify(n: number, runs = 7): { ms: number; fields: number; runs: number[] } {
    document.body.innerHTML = generatePage(n);
    let fields = 0;
    const times = timeEach(() => {
      const c = collectFields(document);
      fields = classifyFields(c.fields, {}).length;
    }, runs);
    return { ms: median(times), fields, runs: times };
  },
  /**
   * The same fixed work every time (DOM reads over the current page, string and array work): its
   * ms show how fast the machine is right now, to read the other figures against. No product code.
   */
  machineReference(runs = 7): { ms: number; runs: number[] } {
    const times = timeEach(() => {
      let n = 0;
      const walk = (el: Element): void => {
        n += el.tagName.length + (el.getAttribute('name')?.length ?? 0) + (typeof el.className === 'string' ? el.className.length : 0);
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
      };
      for (let i = 0; i < 5; i++) walk(document.documentElement);
      const words = Array.from({ length: 20000 }, (_, i) => WORDS[(i * 7) % WORDS.length]! + String((i * 7919) % 10007));
      words.sort();
      n += JSON.parse(JSON.stringify(words)).length;
      if (n < 0) throw new Error('unreachable');
    }, runs);
    return { ms: median(times), runs: times };
  },
  /** Fills the current page (a form of ~60 fields) from the complete case, verification included. */
  async fill(): Promise<{ ms: number; actions: number; verified: number }> {
    const bundle = completeBundle();
    const t = performance.now();
    const c = collectFields(document);
    const plan = planFill(classifyFields(c.fields, {}), bundle, {});
    const { reports } = await applyPlan(plan, c.elements);
    return { ms: performance.now() - t, actions: plan.actions.length, verified: reports.filter((r) => r.outcome === 'verified').length };
  },
  /** Writes n cases and m notes into the extension's database (run in an extension page). */
  async seed(nCases: number, nNotes: number): Promise<void> {
    const db = openDatabase();
    const base = completeBundle().case;
    const now = new Date();
    const cases = Array.from({ length: nCases }, (_, i) => {
      const c = newCase({ ...base, id: newId(), title: `Case ${i + 1}`, member: { ...base.member, lastName: `Rivera${i}` } }, now);
      return { ...c, followUp: { ...c.followUp, nextDue: i % 3 === 0 ? `2026-12-${String((i % 28) + 1).padStart(2, '0')}` : '' } };
    });
    const notes = Array.from({ length: nNotes }, (_, i) => {
      const text = Array.from({ length: 20 }, (_, j) => WORDS[(i * 7 + j * 13) % WORDS.length]).join(' ') + ` ref ${100000 + i}`;
      const at = new Date(now.getTime() - i * 60_000).toISOString();
      return { id: newId(), caseId: cases[i % nCases]!.id, text, createdAt: at, updatedAt: at };
    });
    await db.transaction('rw', db.cases, db.notes, async () => {
      await db.cases.clear();
      await db.notes.clear();
      await db.cases.bulkPut(cases);
      await db.notes.bulkPut(notes);
    });
    db.close();
  },
  async searchNotes(query: string, runs = 7): Promise<{ ms: number; hits: number }> {
    const db = openDatabase();
    let hits = 0;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      hits = (await searchNotes(db, query)).length;
      times.push(performance.now() - t);
    }
    db.close();
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, hits };
  },
  async exportImport(): Promise<{ exportMs: number; importMs: number; bytes: number; cases: number }> {
    const db = openDatabase();
    let text = '';
    const exportMs = await timeAsync(async () => {
      text = await exportAll(db);
    });
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) if (t.name !== 'meta') await t.clear();
    });
    let ok = false;
    const importMs = await timeAsync(async () => {
      // As the side panel imports: read and preview the file, then apply it.
      const opened = await openBackupFile(db, text);
      ok = opened.ok;
      if (opened.ok) await applyImport(db, opened.backup);
    });
    const cases = await db.cases.count();
    db.close();
    if (!ok) throw new Error('import failed');
    return { exportMs, importMs, bytes: text.length, cases };
  },
};

(globalThis as { __scaBench?: typeof bench }).__scaBench = bench;
