// After the page has had a tick to react, re-reads each filled control: did the app keep the value?
// Masked values compare by their letters and digits; selects by option; comboboxes by the shown text.
import { normaliseOptionText, textMatchesAccept } from '../../form/optionText';
import type { FillAction } from '../../form/types';
import { shownSelection } from './comboboxOptions';
import { isSettable } from './events';
import { isChecked } from './undo';

const alnum = (s: string) => s.replace(/[^0-9a-z]/gi, '').toUpperCase();
const loose = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** True when the element holds what the action put there. */
export function holdsIntended(action: FillAction, el: Element): boolean {
  switch (action.kind) {
    case 'set-value': {
      if (!isSettable(el)) return false;
      if (loose(el.value) === loose(action.value)) return true;
      // Separators the page reformatted ("5125550142" shown as "(512) 555-0142") still count.
      return /^[\d\s().\-/+]+$/.test(action.value) && alnum(el.value) === alnum(action.value);
    }
    case 'type-keys': {
      const shown = isSettable(el) ? el.value : el.querySelector('input')?.value || el.textContent || '';
      return alnum(shown) === alnum(action.text);
    }
    case 'select-option': {
      if (el.tagName !== 'SELECT') return false;
      const s = el as HTMLSelectElement;
      const selected = s.options[s.selectedIndex];
      return s.value === action.value || (!!selected && normaliseOptionText(selected.text) === normaliseOptionText(action.text));
    }
    case 'check':
      return isChecked(el) === action.checked;
    case 'combobox-choose':
      return shownSelection(el).some((t) => textMatchesAccept(t, action.accept));
    case 'click-add-row':
      return true;
  }
}
