// Custom dropdowns (react-select, Angular Material, ng-select, ARIA listboxes) render their options
// only after they open and the query is typed, often anywhere in the document (portals, overlays).
import { textMatchesAccept, normaliseOptionText } from '../../form/optionText';
import { SHOWN_CONTROL_SELECTOR } from '../controlSelector';

const OPTION_SELECTOR = '[role="option"], .react-select__option, [class*="__option"], mat-option, .mat-option, .mat-mdc-option, .ng-option';

/**
 * The first listed option whose text stands for one of the accepted texts (exact text first). A
 * combobox in a shadow root lists its options there, or (portalled) in the document.
 */
export function findListedOption(combobox: Element, accept: readonly string[]): Element | undefined {
  const root = combobox.getRootNode();
  const scopes: ParentNode[] = root instanceof ShadowRoot ? [root, combobox.ownerDocument] : [combobox.ownerDocument];
  const options = scopes
    .flatMap((scope) => [...scope.querySelectorAll(OPTION_SELECTOR)])
    .filter(
      (o) => o.getAttribute('aria-disabled') !== 'true' && !o.classList.contains('ng-option-disabled') && !o.querySelector(OPTION_SELECTOR),
    );
  const wanted = new Set(accept.map(normaliseOptionText));
  return (
    options.find((o) => wanted.has(normaliseOptionText(o.textContent ?? ''))) ??
    options.find((o) => textMatchesAccept(o.textContent ?? '', accept))
  );
}

/** Polls until find() answers or the time is up (the page's own timers render the options). */
export async function waitFor<T>(find: () => T | undefined, timeoutMs: number, everyMs = 20): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const hit = find();
    if (hit !== undefined) return hit;
    if (Date.now() >= until) return undefined;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const SELECTED_SELECTOR =
  '[class*="singleValue"], [class*="single-value"], [class*="multiValue"], [class*="multi-value"], .ng-value-label, .mat-select-value-text, .mat-mdc-select-value-text, .mat-mdc-select-min-line';

/** The texts a combobox shows as its selection: the library's value element, else the input's value. */
export function shownSelection(el: Element): string[] {
  const texts: string[] = [];
  let root: Element | null = el;
  for (let i = 0; i < 5 && root; i++, root = root.parentElement) {
    // A container holding another control holds another widget's shown value too (a form row of
    // choice lists): reading it made a filled choice look rejected.
    if (root !== el && root.querySelectorAll(SHOWN_CONTROL_SELECTOR).length > 1) break;
    const shown = root.querySelectorAll(SELECTED_SELECTOR);
    if (shown.length) {
      texts.push(...[...shown].map((s) => s.textContent ?? ''));
      break;
    }
  }
  const input = el.tagName === 'INPUT' ? (el as HTMLInputElement) : el.querySelector('input');
  if (input?.value) texts.push(input.value);
  if (el.tagName !== 'INPUT' && !texts.length) texts.push(el.textContent ?? '');
  return texts;
}
