// Reading and filling a form run in the page's main thread: each field's setters and events cost the
// page a style and layout pass (about a millisecond on a large form), and the first read of a large
// form runs in cold code, so both held the page for 30-70 ms in one task (bench: "longest task
// running our code"). They give the thread back between slices.

/** Longest run of our work before the page gets its thread back (ms). */
const SLICE_MS = 8;

/** Lets the page run (input, rendering) and resumes in a new task; no timer clamping. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Call before each step: yields once the current slice has run SLICE_MS. */
export function timeSlicer(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await yieldToPage();
    start = performance.now();
  };
}
