// What a fill replaced, kept in the content script's memory only (never sent anywhere), so "Undo"
// can put each control back with the same setters and events the fill used. Putting back is in
// undoFill.ts and undoWidgets.ts, which the background injects only when Undo is asked for
// (entrypoints/portal-extras.ts): the fill code itself has a size budget.
import { shownSelection } from './comboboxOptions';
import { isSettable } from './events';
import type { NotRestored } from '../../protocol/frames';
import { ANY_CONTROL_SELECTOR } from '../controlSelector';

export interface UndoEntry {
  /** Key of the element in the collect's element map. */
  elementId: string;
  /** The planned field it belongs to (a radio's group, not its option), for the report. */
  fieldId?: string;
  /** The field's name as the fill preview shows it (set by the frame after the fill). */
  label?: string;
  element: Element;
  /** choice: a combobox's shown selection; sections: a sectioned date's texts; row: an add-row click. */
  kind: NotRestored['kind'];
  value?: string;
  checked?: boolean;
  /** choice and sections: the texts shown before the fill. */
  texts?: string[];
  /** row: the form's controls before the click (the new row is what is not among them). */
  before?: Element[];
  /** A radio whose group had nothing checked: the page's model may keep the choice after it is unticked. */
  noneBefore?: boolean;
  /** What the control showed right after the fill (undoState.ts); Undo leaves it alone once it differs. */
  after?: string;
}

export interface UndoRecord {
  entries: UndoEntry[];
}

/** Puts one custom-widget entry back; true when the widget reads back as before. */
export type WidgetUndo = (entry: UndoEntry, el: Element) => Promise<boolean>;

/** The form controls of a document or an element (an added row is the ones that were not there before). */
export function controlsOf(root: Document | Element): Element[] {
  return [...root.querySelectorAll(ANY_CONTROL_SELECTOR)];
}

/** The row an add-row click added: the outermost ancestor of its first new control holding no older control. */
export function addedRowOf(entry: UndoEntry): Element | undefined {
  const doc = entry.element.ownerDocument;
  const old = new Set(entry.before ?? []);
  const first = controlsOf(doc).find((c) => !old.has(c));
  if (!first) return undefined;
  let row: Element = first;
  while (row.parentElement && row.parentElement !== doc.body && ![...old].some((c) => row.parentElement!.contains(c)))
    row = row.parentElement;
  return row;
}

export function newUndoRecord(): UndoRecord {
  return { entries: [] };
}

export function isCheckable(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type);
}

/** Checked state of a native or ARIA checkbox/radio. */
export function isChecked(el: Element): boolean {
  if (isCheckable(el)) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** Remembers an element's current state once (the first fill of it is what undo returns to). */
export function remember(undo: UndoRecord, elementId: string, el: Element, fieldId?: string): void {
  if (undo.entries.some((e) => e.element === el)) return;
  if (isCheckable(el) || el.getAttribute('role') === 'checkbox' || el.getAttribute('role') === 'radio') {
    const entry: UndoEntry = { elementId, fieldId, element: el, kind: 'checked', checked: isChecked(el) };
    undo.entries.push(entry);
    // A radio's group changes with it: remember the sibling that was checked.
    if (isCheckable(el) && el.type === 'radio' && el.name) {
      entry.noneBefore = !el.checked;
      const root = el.form ?? el.ownerDocument;
      for (const sib of root.querySelectorAll<HTMLInputElement>(`input[type="radio"]`)) {
        if (sib !== el && sib.name === el.name && sib.checked) {
          entry.noneBefore = false;
          if (!undo.entries.some((e) => e.element === sib))
            undo.entries.push({ elementId: '', fieldId, element: sib, kind: 'checked', checked: true });
        }
      }
    }
  } else if (isSettable(el)) {
    undo.entries.push({ elementId, fieldId, element: el, kind: 'value', value: el.value });
  } else if ((el as HTMLElement).isContentEditable) {
    undo.entries.push({ elementId, fieldId, element: el, kind: 'text', value: el.textContent ?? '' });
  }
}

/** Remembers a custom widget: a combobox's shown choice, a sectioned date's section texts, an add-row click's controls. */
export function rememberWidget(
  undo: UndoRecord,
  elementId: string,
  el: Element,
  fieldId: string,
  kind: 'choice' | 'sections' | 'row',
  parts: Element[] = [],
): void {
  if (undo.entries.some((e) => e.element === el && e.kind === kind && kind !== 'row')) return;
  const entry: UndoEntry = { elementId, fieldId, element: el, kind };
  if (kind === 'choice') entry.texts = shownSelection(el);
  else if (kind === 'sections') entry.texts = parts.map((p) => p.textContent ?? '');
  else entry.before = parts;
  undo.entries.push(entry);
}
