// The case list's first rows, read as soon as the side panel page starts: in parallel with the lock
// check and the first render instead of after them. The Cases screen takes the early read once; with
// the lock on, the read fails (no key yet) and the screen reads again after unlocking.
import type { ScaDatabase } from '../../lib/store/db';
import { listFirstCases, type CaseSummary } from '../../lib/store/cases';

/** Rows drawn first: more than a tall side panel shows (a row is about 120 px), few enough to read and draw in a few ms. */
export const FIRST_ROWS = 12;

/** An early read older than this is not used (the panel opened on another screen; rows may have changed). */
const FRESH_MS = 3000;

let early: { db: ScaDatabase; rows: Promise<CaseSummary[]>; at: number; value?: CaseSummary[] } | undefined;

function freshEarly(db: ScaDatabase) {
  return early?.db === db && Date.now() - early.at < FRESH_MS ? early : undefined;
}

/** Starts reading the first rows now (the side panel's entry point calls it before rendering). */
export function prefetchFirstCases(db: ScaDatabase): void {
  const rows = listFirstCases(db, FIRST_ROWS);
  const entry: NonNullable<typeof early> = { db, rows, at: Date.now() };
  rows.then(
    (value) => void (entry.value = value),
    () => undefined,
  );
  early = entry;
}

/** The early read's rows if they are already here: the list's first render can show them. */
export function firstCasesReadEarly(db: ScaDatabase): CaseSummary[] | undefined {
  return freshEarly(db)?.value;
}

/** The first rows: the early read when there is one for this database (used once), else a fresh read. */
export function takeFirstCases(db: ScaDatabase): Promise<CaseSummary[]> {
  const prefetched = freshEarly(db)?.rows;
  early = undefined;
  return prefetched ? prefetched.catch(() => listFirstCases(db, FIRST_ROWS)) : listFirstCases(db, FIRST_ROWS);
}
