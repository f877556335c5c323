// What a fill replaced, kept in the content script's memory only (never sent anywhere), so "Undo"
// can put each control back with the same setters and events the fill used.
import { fireChange, fireInput, isSettable, setNativeChecked, setNativeValue } from './events';

export interface UndoEntry {
  /** Key of the element in the collect's element map. */
  elementId: string;
  element: Element;
  kind: 'value' | 'checked' | 'text';
  value?: string;
  checked?: boolean;
}

export interface UndoRecord {
  entries: UndoEntry[];
}

export function newUndoRecord(): UndoRecord {
  return { entries: [] };
}

function isCheckable(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type);
}

/** Checked state of a native or ARIA checkbox/radio. */
export function isChecked(el: Element): boolean {
  if (isCheckable(el)) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** Remembers an element's current state once (the first fill of it is what undo returns to). */
export function remember(undo: UndoRecord, elementId: string, el: Element): void {
  if (undo.entries.some((e) => e.element === el)) return;
  if (isCheckable(el) || el.getAttribute('role') === 'checkbox' || el.getAttribute('role') === 'radio') {
    undo.entries.push({ elementId, element: el, kind: 'checked', checked: isChecked(el) });
    // A radio's group changes with it: remember the sibling that was checked.
    if (isCheckable(el) && el.type === 'radio' && el.name) {
      const root = el.form ?? el.ownerDocument;
      for (const sib of root.querySelectorAll<HTMLInputElement>(`input[type="radio"]`)) {
        if (sib !== el && sib.name === el.name && sib.checked && !undo.entries.some((e) => e.element === sib)) {
          undo.entries.push({ elementId: '', element: sib, kind: 'checked', checked: true });
        }
      }
    }
  } else if (isSettable(el)) {
    undo.entries.push({ elementId, element: el, kind: 'value', value: el.value });
  } else if ((el as HTMLElement).isContentEditable) {
    undo.entries.push({ elementId, element: el, kind: 'text', value: el.textContent ?? '' });
  }
}

/** Puts remembered controls back; returns how many were restored. Vanished controls are skipped. */
export async function undoFill(undo: UndoRecord, elements?: Map<string, Element>): Promise<number> {
  let restored = 0;
  // Newest first, so a radio group ends where it started.
  for (const entry of [...undo.entries].reverse()) {
    const el = entry.element.isConnected ? entry.element : entry.elementId ? elements?.get(entry.elementId) : undefined;
    if (!el?.isConnected) continue;
    try {
      if (entry.kind === 'checked') {
        if (isChecked(el) !== entry.checked) {
          (el as HTMLElement).click();
          // A radio cannot be unchecked by a click: clear it directly and tell the page.
          if (isChecked(el) !== entry.checked && isCheckable(el)) {
            setNativeChecked(el, entry.checked!);
            fireInput(el);
            fireChange(el);
          }
        }
      } else if (entry.kind === 'value' && isSettable(el)) {
        if (el.value !== entry.value) {
          setNativeValue(el, entry.value!);
          fireInput(el, null, 'insertReplacementText');
          fireChange(el);
        }
      } else if (entry.kind === 'text') {
        el.textContent = entry.value ?? '';
        fireInput(el, null, 'insertReplacementText');
      }
      restored++;
    } catch {
      /* the page refused; the others still get restored */
    }
  }
  return restored;
}
