// Inserts a text (a justification paragraph, a reference) at the caret of the field the user is in:
// textarea, text input or contenteditable, through the same setter + events as a fill, within the
// field's maxlength (cut at a sentence or word by fitToLength). Password fields are refused.
// Part of the extras script (entrypoints/portal-extras.ts), injected only when the Texts screen asks.
import type { FocusedFieldAnswer, InsertAnswer } from '../../protocol/frames';
import { fitToLength } from '../../text/truncate';
import { fireChange, fireInput, insertAtCaret, isTextControl } from './events';

const TEXT_TYPES = new Set(['text', 'search', '', 'url', 'email', 'tel']);

/** The focused element, through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** What the user would call the field: its label, aria-label, placeholder or name. */
export function labelOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const byFor = el.id ? root.querySelector?.(`label[for="${CSS.escape(el.id)}"]`) : null;
  const text =
    byFor?.textContent ||
    el.closest('label')?.textContent ||
    el.getAttribute('aria-label') ||
    el.getAttribute('placeholder') ||
    el.getAttribute('name') ||
    '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 80);
}

function hasEditableFocus(doc: Document): boolean {
  const el = deepActiveElement(doc);
  if (!el || el === doc.body) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return ['text', 'search', ''].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

/** The label and maxlength of the box with the caret in this frame; never its value. */
export function focusedField(doc: Document): FocusedFieldAnswer {
  if (!hasEditableFocus(doc)) return { focused: false };
  const el = deepActiveElement(doc)!;
  const max = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.maxLength : -1;
  return { focused: true, label: labelOf(el), ...(max > 0 ? { maxLength: max } : {}) };
}

/**
 * Inserts at the caret when this frame holds it. Only that frame answers: the side panel itself has
 * the focus while the user clicks Insert, so this asks for the last focused element, not hasFocus().
 */
export function insertIntoFocusedField(doc: Document, text: string): InsertAnswer {
  if (!hasEditableFocus(doc)) return { ok: false, error: 'No field has focus in this frame.', noFocus: true };
  return insertIntoActiveElement(doc, text);
}

function selectedLength(el: HTMLInputElement | HTMLTextAreaElement): number {
  try {
    return Math.max(0, (el.selectionEnd ?? 0) - (el.selectionStart ?? 0));
  } catch {
    return 0;
  }
}

export function insertIntoActiveElement(doc: Document, text: string): InsertAnswer {
  const el = deepActiveElement(doc);
  if (!el || el === doc.body) return { ok: false, error: 'Click into the portal text box first, then insert.' };
  const fieldLabel = labelOf(el);
  if (isTextControl(el)) {
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'password')
      return { ok: false, error: 'SCA Assistant never types into password fields.' };
    if (el.tagName === 'INPUT' && !TEXT_TYPES.has((el as HTMLInputElement).type))
      return { ok: false, error: 'This field does not take text.' };
    if (el.readOnly || el.disabled) return { ok: false, error: 'This field is read-only.' };
    const maxLength = el.maxLength > 0 ? el.maxLength : undefined;
    const room = maxLength === undefined ? Infinity : maxLength - (el.value.length - selectedLength(el));
    if (room <= 0) return { ok: false, error: `This field is full (${maxLength} characters).` };
    const fitted = Number.isFinite(room) ? fitToLength(text, room) : { text, cut: false, boundary: 'none' as const };
    insertAtCaret(el, fitted.text);
    fireInput(el, fitted.text, 'insertFromPaste');
    fireChange(el);
    return {
      ok: true,
      inserted: fitted.text,
      cut: fitted.cut,
      boundary: fitted.boundary,
      ...(maxLength !== undefined ? { maxLength } : {}),
      fieldLabel,
    };
  }
  const editable = el as HTMLElement;
  if (editable.isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') {
    insertIntoEditable(doc, editable, text);
    return { ok: true, inserted: text, cut: false, boundary: 'none', fieldLabel };
  }
  return { ok: false, error: 'The focused element does not take text.' };
}

/** Replaces the selection inside a contenteditable with a text node (or appends when the caret is elsewhere). */
function insertIntoEditable(doc: Document, el: HTMLElement, text: string): void {
  const init = { bubbles: true, cancelable: true, composed: true, inputType: 'insertFromPaste', data: text };
  // Editors (ProseMirror, Draft) handle beforeinput themselves; when they cancel it they have inserted.
  if (!el.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('beforeinput', init) : new Event('beforeinput', init))) return;
  const selection = doc.getSelection?.();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const node = doc.createTextNode(text);
  if (range && el.contains(range.commonAncestorContainer)) {
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection!.removeAllRanges();
    selection!.addRange(range);
  } else {
    el.appendChild(node);
  }
  fireInput(el, text, 'insertFromPaste');
}
