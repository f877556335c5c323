// Gives the editor's fields their value, setter and warning by path. Fields subscribe to the draft
// and re-render only when their own value or warning changes, so typing into one field does not
// re-render the whole form on each keystroke.
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { Case } from '../../lib/case/schema';
import { getIn } from './casePath';

export interface CaseForm {
  /** The current draft (always loaded inside the editor). */
  draft(): Case;
  /** Validation warnings of the current draft by field path. */
  warnings(): Map<string, string>;
  set(path: string, value: unknown): void;
  update(fn: (c: Case) => Case): void;
  /** Called after every change of the draft; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export const CaseFormContext = createContext<CaseForm | null>(null);

export function useCaseForm(): CaseForm {
  const form = useContext(CaseFormContext);
  if (!form) throw new Error('useCaseForm outside the case editor');
  return form;
}

/**
 * A value derived from the draft and its warnings; the component re-renders only when it changes.
 * `equal` compares successive values (Object.is by default; pass a structural one for arrays).
 */
export function useCaseSelector<T>(
  select: (draft: Case, warnings: Map<string, string>) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const form = useCaseForm();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = useRef({ select, equal });
  latest.current = { select, equal };
  const value = select(form.draft(), form.warnings());
  const shown = useRef(value);
  shown.current = value;
  // Subscribed before paint, then checked once: an edit made between render and subscription
  // (a fast first keystroke) must not be missed.
  useLayoutEffect(() => {
    const check = () => {
      const next = latest.current.select(form.draft(), form.warnings());
      if (!latest.current.equal(shown.current, next)) rerender(0);
    };
    const unsubscribe = form.subscribe(check);
    check();
    return unsubscribe;
  }, [form]);
  return value;
}

/** Value, setter and warning of one field. */
export function useCaseField<T>(path: string): { value: T; onValue: (v: T) => void; warning: string | undefined } {
  const form = useCaseForm();
  const value = useCaseSelector((d) => getIn(d, path) as T);
  const warning = useCaseSelector((_d, w) => w.get(path));
  return { value, onValue: (v: T) => form.set(path, v), warning };
}

/** How many warnings sit under a path prefix ("providers"), for section summaries. */
export function countWarnings(warnings: Map<string, string>, prefixes: string[]): number {
  let n = 0;
  for (const path of warnings.keys()) if (prefixes.some((p) => path === p || path.startsWith(`${p}.`))) n++;
  return n;
}

/** Warning count under the prefixes, re-rendering only when the count changes. */
export function useWarningCount(prefixes: string[]): number {
  return useCaseSelector((_d, w) => countWarnings(w, prefixes));
}
