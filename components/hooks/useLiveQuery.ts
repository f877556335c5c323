// Dexie's liveQuery as a Preact hook: the view re-renders whenever the rows the query read change,
// in this window or another one of the extension (Dexie broadcasts changes between same-origin pages).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  /** undefined until the first result arrives. */
  value: T | undefined;
  error: unknown;
  /** False until the current query (for the current deps) has answered once. */
  loaded: boolean;
}

export function useLiveQueryState<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: undefined, loaded: false });
  useEffect(() => {
    // Keep the previous value while the new query runs, so views do not flash empty.
    setState((s) => (s.loaded ? { ...s, loaded: false } : s));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, loaded: true }),
      error: (error) => setState((s) => ({ value: s.value, error, loaded: true })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}

/** The query's latest result, undefined while loading. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useLiveQueryState(query, deps).value;
}
