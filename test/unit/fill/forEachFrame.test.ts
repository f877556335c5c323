// Asking every frame of a tab: a frame that fails or never answers does not stop the others, and
// each reply says which frame it came from.
import { describe, expect, it } from 'vitest';
import { forEachFrame, throwIfLost } from '../../../lib/fill/forEachFrame';

/** A promise and the functions that settle it, so a test decides which frame answers first. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('forEachFrame', () => {
  it('asks every frame, and a frame that fails does not stop the others', async () => {
    const asked: number[] = [];
    const replies = await forEachFrame([0, 3, 7], async (frameId) => {
      asked.push(frameId);
      if (frameId === 3) throw new Error('The portal page changed or closed before it could answer.');
      return `frame ${frameId}`;
    });
    expect(asked).toEqual([0, 3, 7]);
    expect(replies).toEqual([
      { frameId: 0, answer: 'frame 0' },
      { frameId: 3, lost: 'The portal page changed or closed before it could answer.' },
      { frameId: 7, answer: 'frame 7' },
    ]);
  });

  it('asks all frames at once and gives the replies in the order of the frames, whichever answers first', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const asked: number[] = [];
    const done = forEachFrame([0, 5], (frameId) => {
      asked.push(frameId);
      return frameId === 0 ? slow.promise : fast.promise;
    });
    await new Promise((next) => setTimeout(next, 0));
    expect(asked).toEqual([0, 5]);
    fast.resolve('iframe');
    await new Promise((next) => setTimeout(next, 0));
    slow.resolve('top');
    expect(await done).toEqual([
      { frameId: 0, answer: 'top' },
      { frameId: 5, answer: 'iframe' },
    ]);
  });

  it('counts a frame whose request could not even be made as one that did not answer', async () => {
    const replies = await forEachFrame([0, 1], (frameId) => {
      if (frameId === 0) throw new Error('No such frame.');
      return Promise.resolve('ok');
    });
    expect(replies).toEqual([
      { frameId: 0, lost: 'No such frame.' },
      { frameId: 1, answer: 'ok' },
    ]);
  });

  it('with `until`, asks one frame at a time and stops at the first answer it accepts', async () => {
    const asked: number[] = [];
    const replies = await forEachFrame(
      [0, 2, 4, 6],
      async (frameId, index) => {
        asked.push(frameId);
        if (frameId === 0) throw new Error('gone');
        return { focused: frameId === 4, index };
      },
      { until: (a) => a.focused },
    );
    expect(asked).toEqual([0, 2, 4]);
    expect(replies).toEqual([
      { frameId: 0, lost: 'gone' },
      { frameId: 2, answer: { focused: false, index: 1 } },
      { frameId: 4, answer: { focused: true, index: 2 } },
    ]);
  });

  it('throwIfLost says why the first frame without an answer gave none', async () => {
    const replies = await forEachFrame([0, 1, 2], async (frameId) => {
      if (frameId > 0) throw new Error(`frame ${frameId} closed`);
      return 'ok';
    });
    expect(() => throwIfLost(replies)).toThrow('frame 1 closed');
    expect(() => throwIfLost(replies.slice(0, 1))).not.toThrow();
  });
});
