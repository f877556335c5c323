// Locks after a stretch without user activity: every activity restarts the countdown.

export interface IdleTimer {
  /** The user did something: restart the countdown. */
  touch(): void;
  stop(): void;
}

export interface IdleClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: IdleClock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Calls `onIdle` once after `minutes` without a touch. */
export function startIdleTimer(minutes: number, onIdle: () => void, clock: IdleClock = realClock): IdleTimer {
  let handle: unknown;
  let stopped = false;
  const arm = () => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = clock.setTimeout(() => {
      if (stopped) return;
      stopped = true;
      onIdle();
    }, minutes * 60_000);
  };
  arm();
  return {
    touch: () => {
      if (!stopped) arm();
    },
    stop: () => {
      stopped = true;
      if (handle !== undefined) clock.clearTimeout(handle);
    },
  };
}
