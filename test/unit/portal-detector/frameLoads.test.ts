// A portal page cannot make the extension busy by dispatching `load` events: the detector counts only
// the browser's own, and the background folds any burst into one re-injection per tab per second.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchFrameLoads } from '../../../entrypoints/portal-detector.content/detect';
import { handleMessage } from '../../../entrypoints/background/router';
import { REINJECT_INTERVAL_MS } from '../../../entrypoints/background/injection';

describe('the detector', () => {
  it("ignores load events the page dispatches on its iframes, and counts the browser's own", () => {
    // happy-dom does not load frames (and says so on the console): the events here are made by hand.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<iframe></iframe>';
    const onLoad = vi.fn();
    const stop = watchFrameLoads(document, onLoad);
    const frame = document.querySelector('iframe')!;
    for (let i = 0; i < 2_000; i++) frame.dispatchEvent(new Event('load'));
    expect(onLoad).not.toHaveBeenCalled();
    const fromBrowser = new Event('load');
    Object.defineProperty(fromBrowser, 'isTrusted', { value: true }); // as the browser's own event is
    frame.dispatchEvent(fromBrowser);
    expect(onLoad).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('the background under a flood of frame-loaded reports', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-injects the detector once at once and once after the burst, not once per report', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const sender = {
      id: fakeBrowser.runtime.id,
      url: 'https://apps.availity.com/form.html',
      origin: 'https://apps.availity.com',
      frameId: 0,
      tab: { id: 41 },
    };
    const answers = [];
    for (let i = 0; i < 20_000; i++) answers.push(handleMessage({ type: 'frame-loaded' }, sender as never));
    await Promise.all(answers);
    expect(inject).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REINJECT_INTERVAL_MS);
    expect(inject).toHaveBeenCalledTimes(2);
    // Quiet since: nothing more runs, and the next load is served at once again.
    await vi.advanceTimersByTimeAsync(REINJECT_INTERVAL_MS * 5);
    expect(inject).toHaveBeenCalledTimes(2);
    await handleMessage({ type: 'frame-loaded' }, sender as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(inject).toHaveBeenCalledTimes(3);
  });
});
