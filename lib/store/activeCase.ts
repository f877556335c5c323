// Which case each browser window is working on, kept in the meta table. Window ids are reassigned
// after a browser restart, so a window with no entry falls back to the case last made active anywhere.
import type { ScaDatabase } from './db';

const KEY = 'activeCase';
/** Old window ids are never reused meaningfully, so only the most recent few are kept. */
const MAX_WINDOWS = 20;

interface ActiveCaseRow {
  /** [windowId, caseId] pairs, most recently set last. */
  byWindow: [string, string][];
  last?: string;
}

// Checked by hand, not with zod: the side panel reads this row for its first screen, before zod loads.
const isPair = (p: unknown): p is [string, string] =>
  Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string';

/** The stored row, or an empty one when it is missing or damaged (it only remembers a choice). */
function asActiveCaseRow(value: unknown): ActiveCaseRow {
  const v = (value ?? {}) as { byWindow?: unknown; last?: unknown };
  const byWindow = v.byWindow === undefined ? [] : v.byWindow;
  if (typeof v !== 'object' || !Array.isArray(byWindow) || !byWindow.every(isPair)) return { byWindow: [] };
  if (v.last !== undefined && typeof v.last !== 'string') return { byWindow: [] };
  return v.last === undefined ? { byWindow } : { byWindow, last: v.last };
}

async function readRow(db: ScaDatabase): Promise<ActiveCaseRow> {
  const row = await db.meta.get(KEY);
  return asActiveCaseRow(row?.value);
}

/** The window's active case, else the last active case overall; undefined when neither still exists. */
export async function getActiveCaseId(db: ScaDatabase, windowId: number | string): Promise<string | undefined> {
  return db.transaction('r', db.meta, db.cases, async () => {
    const row = await readRow(db);
    const own = row.byWindow.find(([w]) => w === String(windowId))?.[1];
    for (const id of [own, row.last]) {
      if (id && (await db.cases.get(id))) return id;
    }
    return undefined;
  });
}

/** Makes `caseId` the window's active case (and the last active overall); undefined clears the window's entry. */
export async function setActiveCaseId(db: ScaDatabase, windowId: number | string, caseId: string | undefined): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await readRow(db);
    const byWindow = row.byWindow.filter(([w]) => w !== String(windowId));
    if (caseId) byWindow.push([String(windowId), caseId]);
    const value: ActiveCaseRow = { byWindow: byWindow.slice(-MAX_WINDOWS), last: caseId ?? row.last };
    await db.meta.put({ key: KEY, value });
  });
}
