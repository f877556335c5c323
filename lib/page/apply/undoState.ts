// What a filled control shows, as one comparable string per undo entry: taken right after the fill
// and again on Undo, so a field the user changed since the fill is left as they made it (and a row
// the fill added stays when anything in it was changed since).
import { shownSelection } from './comboboxOptions';
import { SECTION_SELECTOR } from './runAction';
import { addedRowOf, controlsOf, isCheckable, isChecked, type UndoEntry } from './undo';

export function stateOf(entry: UndoEntry, el: Element): string | undefined {
  switch (entry.kind) {
    case 'checked':
      return String(isChecked(el));
    case 'value':
      return (el as HTMLInputElement).value;
    case 'text':
      return el.textContent ?? '';
    case 'choice':
      return shownSelection(el).join('\n');
    case 'sections':
      return [...el.querySelectorAll(SECTION_SELECTOR)]
        .map((s) => (s.tagName === 'INPUT' ? (s as HTMLInputElement).value : s.textContent))
        .join('\n');
    case 'row': {
      // What the row's controls hold: a row typed into since the fill is the user's now, and stays.
      const row = addedRowOf(entry);
      if (!row) return '';
      return controlsOf(row)
        .map((c) => (isCheckable(c) ? String(c.checked) : 'value' in c ? String((c as HTMLInputElement).value) : (c.textContent ?? '')))
        .join('\n');
    }
  }
}
