import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoActiveElement } from '../../../../lib/page/apply/insertText';
import { reactControlled } from './pages';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertIntoActiveElement', () => {
  it('inserts at the caret, cut at a word to the maxlength, through events the app sees', () => {
    document.body.innerHTML = '<label for="why">Explanation</label><textarea id="why" maxlength="40"></textarea>';
    const ta = document.getElementById('why') as HTMLTextAreaElement;
    const state: Record<string, string> = {};
    reactControlled(ta, state, 'why');
    ta.focus();
    ta.value = 'Reason: ';
    ta.setSelectionRange(8, 8);
    const result = insertIntoActiveElement(document, 'no in-network ABA provider within sixty miles of home.');
    expect(result).toMatchObject({ ok: true, cut: true, boundary: 'word', maxLength: 40, fieldLabel: 'Explanation' });
    expect(ta.value).toBe('Reason: no in-network ABA provider');
    expect(ta.value.length).toBeLessThanOrEqual(40);
    expect(state.why).toBe(ta.value);
  });

  it('replaces the selection in the middle of existing text', () => {
    document.body.innerHTML = '<input id="ref" aria-label="Reference">';
    const input = document.getElementById('ref') as HTMLInputElement;
    input.value = 'Ref XXX done';
    input.focus();
    input.setSelectionRange(4, 7);
    expect(insertIntoActiveElement(document, 'A2611')).toMatchObject({ ok: true, inserted: 'A2611', cut: false });
    expect(input.value).toBe('Ref A2611 done');
  });

  it('finds the focused field inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea>';
    const ta = root.querySelector('textarea')!;
    ta.focus();
    expect(insertIntoActiveElement(document, 'Hello')).toMatchObject({ ok: true });
    expect(ta.value).toBe('Hello');
  });

  it('refuses password fields and says when nothing has focus', () => {
    document.body.innerHTML = '<input id="pw" type="password">';
    expect(insertIntoActiveElement(document, 'x')).toMatchObject({ ok: false });
    const pw = document.getElementById('pw') as HTMLInputElement;
    pw.focus();
    expect(insertIntoActiveElement(document, 'secret')).toMatchObject({ ok: false });
    expect(pw.value).toBe('');
  });

  it('inserts into a contenteditable', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true">Note: </div>';
    const ed = document.getElementById('ed')!;
    ed.focus();
    expect(insertIntoActiveElement(document, 'called plan')).toMatchObject({ ok: true });
    expect(ed.textContent).toContain('called plan');
  });
});
