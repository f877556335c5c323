// Putting back what a fill replaced, newest first, and naming each control that does not read back
// as before. Native values, checks and editable text here; custom widgets through `widgets`
// (undoWidgets.ts). Part of the Undo script, not of the fill code (see undo.ts).
import { fireChange, fireInput, isSettable, setNativeChecked, setNativeValue } from './events';
import { isCheckable, isChecked, type UndoEntry, type UndoRecord, type WidgetUndo } from './undo';
import type { UndoAnswer } from '../../protocol/frames';
import { stateOf } from './undoState';

function putBack(entry: UndoEntry, el: Element): boolean {
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
    // Nothing a user can do empties a radio group again, so the page may still hold the choice.
    return isChecked(el) === entry.checked && !(entry.noneBefore && entry.checked === false);
  }
  if (entry.kind === 'value' && isSettable(el)) {
    if (el.value !== entry.value) {
      setNativeValue(el, entry.value!);
      fireInput(el, null, 'insertReplacementText');
      fireChange(el);
    }
    return el.value === entry.value;
  }
  el.textContent = entry.value ?? '';
  fireInput(el, null, 'insertReplacementText');
  return el.textContent === (entry.value ?? '');
}

/**
 * Puts remembered controls back, newest first (so a radio group ends where it started), and names
 * each one that did not read back as before, and each one changed since the fill (left alone).
 * Controls that vanished count as neither.
 */
export async function undoFill(undo: UndoRecord, elements?: Map<string, Element>, widgets?: WidgetUndo): Promise<UndoAnswer> {
  const result: UndoAnswer = { restored: 0, notRestored: [] };
  const failed = new Set<unknown>();
  const done = new Set<unknown>();
  const keyOf = (entry: UndoEntry) => (entry.kind === 'row' ? entry : (entry.fieldId ?? entry.elementId));
  const elementOf = (entry: UndoEntry) =>
    entry.element.isConnected ? entry.element : entry.elementId ? elements?.get(entry.elementId) : undefined;
  // A field changed since the fill is left whole (a radio group's other options too): putting back
  // what the fill replaced would throw away what was typed or picked after it.
  const changed = new Map<unknown, UndoEntry>();
  for (const entry of undo.entries) {
    const el = elementOf(entry);
    if (el?.isConnected && entry.after !== undefined && stateOf(entry, el) !== entry.after) changed.set(keyOf(entry), entry);
  }
  if (changed.size) result.changed = [...changed.values()].map((e) => ({ label: e.label ?? '', kind: e.kind }));
  for (const entry of [...undo.entries].reverse()) {
    const key = keyOf(entry);
    const el = elementOf(entry);
    if ((!el?.isConnected && entry.kind !== 'row') || changed.has(key)) continue;
    let ok = false;
    try {
      ok = ['choice', 'sections', 'row'].includes(entry.kind)
        ? !!widgets && (await widgets(entry, el ?? entry.element))
        : putBack(entry, el!);
    } catch {
      /* the page refused; the others still get restored */
    }
    if (ok) done.add(key);
    // One line per field (a radio group's options are one field); every added row is its own line.
    else if (!failed.has(key)) {
      failed.add(key);
      result.notRestored.push({ label: entry.label ?? '', kind: entry.kind });
    }
  }
  result.restored = [...done].filter((k) => !failed.has(k)).length;
  return result;
}
