import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps page-wide state (one side panel page = one first screen): a fresh copy per test.
async function freshModule() {
  vi.resetModules();
  return import('../../../../components/app/firstScreen');
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('first screen signal', () => {
  it('runs deferred work only after the first screen is drawn and painted', async () => {
    const { afterFirstScreen, markFirstScreenDrawn } = await freshModule();
    const ran: string[] = [];
    afterFirstScreen(() => ran.push('case picker'));
    const cancel = afterFirstScreen(() => ran.push('cancelled'));
    cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(ran).toEqual([]);
    markFirstScreenDrawn();
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(ran).toEqual(['case picker']);
    afterFirstScreen(() => ran.push('later'));
    expect(ran).toEqual(['case picker', 'later']);
  });

  it('does not wait forever when no screen says it is drawn', async () => {
    const { afterFirstScreen } = await freshModule();
    const ran: string[] = [];
    afterFirstScreen(() => ran.push('preload screens'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ran).toEqual(['preload screens']);
  });
});
