// The moment the side panel's first screen is on screen. Work the first paint does not need (the
// full case list, the header's case picker, the other screens' code) waits for it, so opening the
// panel with a thousand cases shows the list first and does the rest right after.
import { useEffect, useState } from 'preact/hooks';

/** Whatever happens, deferred work starts this long after the app started (a screen that never signals). */
const LATEST_MS = 1500;

let drawn = false;
let waiters: (() => void)[] = [];
let fallback: ReturnType<typeof setTimeout> | undefined;

/** Runs `fn` after the browser had a chance to paint; also in a hidden page, where frames do not come. */
export function afterPaint(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/** Called by the first screen once its content is drawn (later calls do nothing). */
export function markFirstScreenDrawn(): void {
  if (drawn) return;
  drawn = true;
  if (fallback !== undefined) clearTimeout(fallback);
  afterPaint(() => {
    const run = waiters;
    waiters = [];
    for (const fn of run) fn();
  });
}

/** Runs `fn` once the first screen is drawn (at once if it already is); returns a cancel function. */
export function afterFirstScreen(fn: () => void): () => void {
  if (drawn && waiters.length === 0) {
    fn();
    return () => {};
  }
  fallback ??= setTimeout(markFirstScreenDrawn, LATEST_MS);
  let cancelled = false;
  waiters.push(() => !cancelled && fn());
  return () => {
    cancelled = true;
  };
}

/** False until the first screen is drawn. */
export function useFirstScreenDrawn(): boolean {
  const [ready, setReady] = useState(drawn && waiters.length === 0);
  useEffect(() => (ready ? undefined : afterFirstScreen(() => setReady(true))), [ready]);
  return ready;
}
