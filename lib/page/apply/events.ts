// Setting values the way a typing user does, so React/Angular/Vue models see them: the prototype's
// native value setter (React tracks values set through the instance), then bubbling, composed
// input and change events; key events per character for widgets that listen to keys.

type Settable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Tag checks rather than instanceof: elements may come from another frame's realm. */
export function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
}

export function isSettable(el: Element): el is Settable {
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** The 'value' setter of the element's class (walks the prototype chain past instance overrides). */
function nativeSetter(el: Element, prop: 'value' | 'checked'): ((v: unknown) => void) | undefined {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    if (d?.set) return d.set;
  }
  return undefined;
}

export function setNativeValue(el: Settable, value: string): void {
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else el.value = value;
}

export function setNativeChecked(el: HTMLInputElement, checked: boolean): void {
  const set = nativeSetter(el, 'checked');
  if (set) set.call(el, checked);
  else el.checked = checked;
}

export function fireInput(el: Element, data: string | null = null, inputType = 'insertText'): void {
  const init = { bubbles: true, composed: true, inputType, data };
  el.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', init));
}

export function fireChange(el: Element): void {
  el.dispatchEvent(new Event('change', { bubbles: true, composed: false }));
}

export function fireMouse(el: Element, type: 'mousedown' | 'mouseup' | 'click'): void {
  el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

/** A click as widget libraries listen for it (many act on mousedown): mousedown, mouseup, click. */
export function clickLikeUser(el: Element): void {
  fireMouse(el, 'mousedown');
  fireMouse(el, 'mouseup');
  fireMouse(el, 'click');
}

/** Opens a combobox as a user would: a press on its input (focused in between), else a click on the widget. */
export function openCombobox(opener: Element, hasInput: boolean): void {
  fireMouse(opener, 'mousedown');
  focus(opener);
  fireMouse(opener, 'mouseup');
  if (!hasInput) fireMouse(opener, 'click');
}

function keyEvent(el: Element, type: 'keydown' | 'keypress' | 'keyup', key: string): boolean {
  const code = /^\d$/.test(key) ? `Digit${key}` : /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key === ' ' ? 'Space' : key;
  return el.dispatchEvent(new KeyboardEvent(type, { key, code, bubbles: true, cancelable: true, composed: true }));
}

export function pressKey(el: Element, key: string): void {
  keyEvent(el, 'keydown', key);
  keyEvent(el, 'keyup', key);
}

export function focus(el: Element): void {
  (el as HTMLElement).focus?.({ preventScroll: true });
}

export function blur(el: Element): void {
  (el as HTMLElement).blur?.();
}

function caret(el: HTMLInputElement | HTMLTextAreaElement): [number, number] {
  try {
    const len = el.value.length;
    const start = el.selectionStart ?? len;
    return [start, el.selectionEnd ?? start];
  } catch {
    // type=email/number have no selection API: append.
    return [el.value.length, el.value.length];
  }
}

/** Inserts text at the caret (replacing the selection) through the native setter; moves the caret after it. */
export function insertAtCaret(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const [start, end] = caret(el);
  const v = el.value;
  setNativeValue(el, v.slice(0, start) + text + v.slice(end));
  try {
    el.setSelectionRange(start + text.length, start + text.length);
  } catch {
    /* no selection API on this input type */
  }
}

/**
 * Types one character: keydown, keypress, beforeinput, the character itself, input, keyup. A widget
 * that cancels keydown or beforeinput has handled the key itself (masks, sectioned dates).
 */
export function typeChar(el: HTMLElement, ch: string): void {
  let handled = !keyEvent(el, 'keydown', ch);
  if (!handled) handled = !keyEvent(el, 'keypress', ch);
  if (!handled) {
    const init = { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: ch };
    handled = !el.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('beforeinput', init) : new Event('beforeinput', init));
  }
  if (!handled) {
    if (isTextControl(el)) insertAtCaret(el, ch);
    else if (el.isContentEditable || el.getAttribute('contenteditable') !== null) el.textContent = (el.textContent ?? '') + ch;
    fireInput(el, ch);
  }
  keyEvent(el, 'keyup', ch);
}

/** Empties a text control the way a user's select-all + delete would. */
export function clearText(el: HTMLInputElement | HTMLTextAreaElement): void {
  if (el.value === '') return;
  setNativeValue(el, '');
  fireInput(el, null, 'deleteContentBackward');
}
