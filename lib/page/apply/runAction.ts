// Executes one fill action on its element(s) in the page. Never submits: add-row clicks run with
// form submission blocked, and submit/password inputs are refused outright.
import type { FillAction } from '../../form/types';
import { findListedOption, waitFor } from './comboboxOptions';
import {
  blur,
  clearText,
  clickLikeUser,
  fireChange,
  fireInput,
  focus,
  isSettable,
  isTextControl,
  openCombobox,
  pressKey,
  setNativeValue,
  typeChar,
} from './events';
import { controlsOf, isChecked, remember, rememberWidget, type UndoRecord } from './undo';

export interface RunOptions {
  /** How long a combobox may take to list its options (ms). */
  comboboxTimeoutMs: number;
}

export class FillRefused extends Error {}

const NEVER_TYPES = new Set(['password', 'submit', 'reset', 'image', 'file', 'hidden', 'button']);

function refuseUnsafe(el: Element): void {
  if (el.tagName === 'INPUT' && NEVER_TYPES.has((el as HTMLInputElement).type))
    throw new FillRefused(`refused a ${(el as HTMLInputElement).type} input`);
}

/** Runs fn with any form submission it triggers cancelled (add-row buttons are often type=submit). */
export function withSubmitBlocked(doc: Document, fn: () => void): void {
  const block = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const win = doc.defaultView;
  win?.addEventListener('submit', block, true);
  try {
    fn();
  } finally {
    win?.removeEventListener('submit', block, true);
  }
}

function typeInto(el: HTMLElement, text: string): void {
  for (const ch of text) typeChar(el, ch);
}

/** The typed parts of a sectioned date (MUI's spinbuttons, or inputs / editable spans). */
export const SECTION_SELECTOR = '[role="spinbutton"], input, [contenteditable="true"], [contenteditable=""]';

export async function runAction(action: FillAction, el: Element, elementId: string, undo: UndoRecord, options: RunOptions): Promise<void> {
  refuseUnsafe(el);
  const html = el as HTMLElement;
  switch (action.kind) {
    case 'set-value': {
      if (!isSettable(el)) throw new Error('not a text control');
      remember(undo, elementId, el, action.fieldId);
      focus(el);
      setNativeValue(el, action.value);
      fireInput(el, action.value, 'insertReplacementText');
      fireChange(el);
      blur(el);
      return;
    }
    case 'type-keys': {
      remember(undo, elementId, el, action.fieldId);
      const sections = action.sections ? [...el.querySelectorAll<HTMLElement>(SECTION_SELECTOR)] : [];
      if (action.sections && sections.length >= action.sections.length) {
        rememberWidget(undo, elementId, el, action.fieldId, 'sections', sections.slice(0, action.sections.length));
        action.sections.forEach((text, i) => {
          const section = sections[i]!;
          focus(section);
          if (isTextControl(section)) clearText(section);
          typeInto(section, text);
        });
        blur(sections[action.sections.length - 1]!);
        return;
      }
      const target = isTextControl(el) ? el : (el.querySelector<HTMLInputElement>('input') ?? html);
      remember(undo, elementId, target, action.fieldId);
      focus(target);
      if (isTextControl(target)) clearText(target);
      typeInto(target, action.text);
      if (isTextControl(target)) fireChange(target);
      blur(target);
      return;
    }
    case 'select-option': {
      if (el.tagName !== 'SELECT') throw new Error('not a select');
      const select = el as HTMLSelectElement;
      remember(undo, elementId, el, action.fieldId);
      focus(el);
      const byValue = [...select.options].find((o) => o.value === action.value);
      if (byValue) setNativeValue(select, action.value);
      else {
        const byText = [...select.options].findIndex((o) => o.text.trim() === action.text.trim());
        if (byText < 0) throw new Error('the option is gone');
        select.selectedIndex = byText;
      }
      fireInput(el);
      fireChange(el);
      blur(el);
      return;
    }
    case 'check': {
      remember(undo, elementId, el, action.fieldId);
      if (isChecked(el) !== action.checked) {
        focus(el);
        html.click();
        blur(el);
      }
      return;
    }
    case 'combobox-choose': {
      const input = isTextControl(el) ? el : el.querySelector<HTMLInputElement>('input');
      // The typed query first, the shown choice after: undo (newest first) puts the choice back first.
      if (input) remember(undo, elementId, input, action.fieldId);
      rememberWidget(undo, elementId, el, action.fieldId, 'choice');
      const opener = input ?? html;
      openCombobox(opener, !!input);
      if (input) {
        clearText(input);
        typeInto(input, action.query);
      }
      const option = await waitFor(() => findListedOption(el, action.accept), options.comboboxTimeoutMs);
      if (!option) {
        // Leave nothing half-typed behind.
        if (input) clearText(input);
        pressKey(opener, 'Escape');
        blur(opener);
        throw new Error('no listed option matched');
      }
      clickLikeUser(option);
      blur(opener);
      return;
    }
    case 'click-add-row': {
      rememberWidget(undo, elementId, el, action.fieldId, 'row', controlsOf(el.ownerDocument));
      withSubmitBlocked(el.ownerDocument, () => html.click());
      return;
    }
  }
}
