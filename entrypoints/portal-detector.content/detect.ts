// Counts candidate form controls and reports when the count changes (single-page apps and wizards
// add their forms later). Cheap: one querySelectorAll per burst of mutations, batched.
import { FILLABLE_CONTROL_SELECTOR } from '../../lib/page/controlSelector';

export function countControls(doc: Document): number {
  return doc.querySelectorAll(FILLABLE_CONTROL_SELECTOR).length;
}

export function watchControls(doc: Document, report: (controls: number) => void, delayMs = 250): () => void {
  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const n = countControls(doc);
    if (n !== last) {
      last = n;
      report(n);
    }
  };
  check();
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(check, delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  };
}

/**
 * Calls back when an iframe of the document finishes loading (load events do not bubble; they are
 * captured). Only the browser's own events count: a page that dispatched thousands of synthetic
 * `load` events made the background re-inject into every frame for each (the browser froze).
 */
export function watchFrameLoads(doc: Document, onLoad: () => void): () => void {
  const listener = (e: Event) => {
    if (e.isTrusted && e.target instanceof HTMLIFrameElement) onLoad();
  };
  doc.addEventListener('load', listener, true);
  return () => doc.removeEventListener('load', listener, true);
}
