// Runs the latest call of `fn` after `delayMs` of quiet; `flush` runs a pending call now (on unmount,
// case switch, or before a conflict choice) so typed text is never dropped.
import { useEffect, useMemo, useRef } from 'preact/hooks';

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
  cancel(): void;
  pending(): boolean;
}

export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): Debounced<A> {
  const latest = useRef(fn);
  latest.current = fn;
  const debounced = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let args: A | undefined;
    const run = () => {
      timer = undefined;
      const a = args;
      args = undefined;
      if (a) latest.current(...a);
    };
    const d = ((...a: A) => {
      args = a;
      clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    }) as Debounced<A>;
    d.flush = () => {
      clearTimeout(timer);
      run();
    };
    d.cancel = () => {
      clearTimeout(timer);
      timer = undefined;
      args = undefined;
    };
    d.pending = () => args !== undefined;
    return d;
  }, [delayMs]);
  useEffect(() => () => debounced.flush(), [debounced]);
  return debounced;
}
