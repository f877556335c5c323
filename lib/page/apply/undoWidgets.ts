// Putting custom widgets back after a fill, with the same widget actions the fill used: a combobox
// gets its old option picked again (or its clear control / Backspace when it showed none), a
// sectioned date gets its old sections typed back (or cleared), a row the fill added is removed with
// its own remove button. Each one is then read back; false means the page still shows the fill.
// Runs only when Undo is asked for (entrypoints/portal-extras.ts), so it costs the fill nothing.
import { SHOWN_CONTROL_SELECTOR } from '../controlSelector';
import { normaliseOptionText } from '../../form/optionText';
import { findListedOption, shownSelection, waitFor } from './comboboxOptions';
import { blur, clearText, clickLikeUser, focus, isTextControl, openCombobox, pressKey, typeChar } from './events';
import { SECTION_SELECTOR, withSubmitBlocked } from './runAction';
import { addedRowOf, type UndoEntry } from './undo';

export interface WidgetUndoOptions {
  /** How long a combobox may take to list its options (ms). */
  comboboxTimeoutMs?: number;
}

const shown = (el: Element) => shownSelection(el).map(normaliseOptionText).filter(Boolean).join('|');
const sameShown = (el: Element, texts: string[]) => shown(el) === texts.map(normaliseOptionText).filter(Boolean).join('|');

const CLEAR_SELECTOR =
  '[class*="clear-indicator"], [class*="clearIndicator"], [class*="clear-wrapper"], [aria-label^="clear" i], [title^="clear" i]';

/** The widget's own clear control (react-select's ×, ng-select's clear, MUI's Clear), never a neighbour's. */
function clearControl(el: Element): Element | undefined {
  let root: Element | null = el;
  for (let i = 0; i < 4 && root; i++, root = root.parentElement) {
    if (root.querySelectorAll(SHOWN_CONTROL_SELECTOR).length > 1) return undefined;
    const hit = root.querySelector(CLEAR_SELECTOR);
    if (hit) return hit;
  }
  return undefined;
}

function close(el: Element, input: HTMLInputElement | null): void {
  const opener = input ?? el;
  if (input) clearText(input);
  pressKey(opener, 'Escape');
  blur(opener);
}

async function undoChoice(entry: UndoEntry, el: Element, timeoutMs: number): Promise<boolean> {
  const before = entry.texts ?? [];
  if (sameShown(el, before)) return true;
  const input = isTextControl(el) ? (el as HTMLInputElement) : el.querySelector('input');
  const wanted = before.map(normaliseOptionText).filter(Boolean);
  if (wanted.length) {
    // The old choice: open, type it as the query (type-aheads list nothing otherwise), pick it.
    openCombobox(input ?? el, !!input);
    if (input) {
      clearText(input);
      for (const ch of before[0]!) typeChar(input, ch);
    }
    const option = await waitFor(() => {
      const o = findListedOption(el, before);
      return o && wanted.includes(normaliseOptionText(o.textContent ?? '')) ? o : undefined;
    }, timeoutMs);
    if (option) {
      clickLikeUser(option);
      blur(input ?? el);
      if (sameShown(el, before)) return true;
    } else close(el, input);
  }
  // It showed no choice (or only a placeholder): the widget's clear control, else Backspace.
  const clear = clearControl(el);
  if (clear) clickLikeUser(clear);
  else {
    focus(input ?? el);
    pressKey(input ?? el, 'Backspace');
    pressKey(input ?? el, 'Escape');
    blur(input ?? el);
  }
  return sameShown(el, before);
}

function undoSections(entry: UndoEntry, el: Element): boolean {
  const sections = [...el.querySelectorAll<HTMLElement>(SECTION_SELECTOR)];
  const before = entry.texts ?? [];
  before.forEach((text, i) => {
    const section = sections[i];
    if (!section || section.textContent === text) return;
    focus(section);
    // Clear first (a placeholder such as "MM" comes back by itself), then type the old digits.
    if (isTextControl(section)) clearText(section);
    else pressKey(section, 'Backspace');
    if (/\d/.test(text)) for (const ch of text.replace(/\D/g, '')) typeChar(section, ch);
    blur(section);
  });
  return before.every((text, i) => sections[i]?.textContent === text);
}

const REMOVE = /\b(remove|delete|trash)\b|^\s*[×✕✖x]\s*$/i;

function undoRow(entry: UndoEntry): boolean {
  const doc = entry.element.ownerDocument;
  const row = addedRowOf(entry);
  if (!row) return true;
  const remove = [...row.querySelectorAll<HTMLElement>('button, [role="button"], a')].find((b) =>
    REMOVE.test(`${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''} ${b.getAttribute('title') ?? ''}`),
  );
  if (!remove) return false;
  withSubmitBlocked(doc, () => remove.click());
  return !row.isConnected;
}

/** Puts one widget entry back; true when the page reads back as it was before the fill. */
export function widgetUndo(options: WidgetUndoOptions = {}) {
  return async (entry: UndoEntry, el: Element): Promise<boolean> => {
    if (entry.kind === 'choice') return undoChoice(entry, el, options.comboboxTimeoutMs ?? 1000);
    if (entry.kind === 'sections') return undoSections(entry, el);
    if (entry.kind === 'row') return undoRow(entry);
    return false;
  };
}
