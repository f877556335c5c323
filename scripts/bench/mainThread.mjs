// The portal page's main thread while the extension works on it, read from a Chrome trace (the
// Long Tasks API only reports tasks of 50 ms and more, so it cannot give the longest task's length).
// Run on bench pages that have no scripts of their own: every script that runs on them is ours, so
// a task is ours when it evaluates one of our scripts or calls a function.

const CATEGORIES = 'toplevel,devtools.timeline';

/**
 * Traces `page` while `work()` runs (it loads the page and drives the extension); returns the
 * longest task of the page's renderer main thread that ran our code, and the longest of any kind.
 */
export async function traceMainThread(context, page, work) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  let origin;
  try {
    origin = await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  return longestTasks(events, origin);
}

/** `origin`: the page's origin, which tells its renderer apart from the side panel's and others. */
export function longestTasks(events, origin) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const isMain = (e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const urlOf = (e) => String(e.args?.data?.url ?? e.args?.beginData?.url ?? '');
  const pid = events.find((e) => isMain(e) && urlOf(e).startsWith(origin))?.pid;
  if (pid === undefined) throw new Error(`The trace holds no main thread for ${origin}.`);
  const main = events.filter((e) => e.pid === pid && isMain(e) && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const ourRuns = main.filter(
    (e) => (e.name === 'EvaluateScript' && urlOf(e).startsWith('chrome-extension://')) || e.name === 'FunctionCall',
  );
  const ran = (t) => ourRuns.some((r) => r.ts >= t.ts && r.ts <= t.ts + t.dur);
  const ms = (list) => Math.max(0, ...list.map((t) => t.dur / 1000));
  return { ours: ms(tasks.filter(ran)), any: ms(tasks), tasks: tasks.length };
}
