// What a filled control shows, as one comparable string per undo entry: taken right after the fill
// and again on Undo, so a field the user changed since the fill is left as they made it.
import { shownSelection } from './comboboxOptions';
import { SECTION_SELECTOR } from './runAction';
import { isChecked, type UndoEntry } from './undo';

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
      return [...el.querySelectorAll(SECTION_SELECTOR)].map((s) => (s.tagName === 'INPUT' ? (s as HTMLInputElement).value : s.textContent)).join('\n');
    default:
      // An added row keeps no state: Undo removes it even if it was typed into since.
      return undefined;
  }
}
