// The content script's guard: only well-formed requests get through, whatever else arrives.
import { describe, expect, it } from 'vitest';
import { parseFrameRequest } from '../../../lib/protocol/frames';

describe('parseFrameRequest', () => {
  it('accepts the requests the side panel sends', () => {
    expect(parseFrameRequest({ op: 'collect' })).toEqual({ op: 'collect' });
    expect(parseFrameRequest({ op: 'insert-text', text: 'Hello' })).toEqual({ op: 'insert-text', text: 'Hello' });
    expect(parseFrameRequest({ op: 'highlight', filled: ['f1'], unfilled: [] })).toEqual({ op: 'highlight', filled: ['f1'], unfilled: [] });
    const action = { kind: 'set-value', fieldId: 'f1', key: 'member.memberId', preview: 'W1', value: 'W1' };
    expect(parseFrameRequest({ op: 'apply', actions: [action] })).toEqual({ op: 'apply', actions: [action] });
  });

  it('accepts the focused-field question and drops anything riding along with it', () => {
    expect(parseFrameRequest({ op: 'focused-field' })).toEqual({ op: 'focused-field' });
    expect(parseFrameRequest({ op: 'focused-field', text: 'x', selector: '#notes' })).toEqual({ op: 'focused-field' });
  });

  it('drops extra properties of simple requests', () => {
    expect(parseFrameRequest({ op: 'collect', script: 'alert(1)' })).toEqual({ op: 'collect' });
  });

  it.each([
    null,
    'collect',
    {},
    { op: 'submit' },
    { op: 'apply' },
    { op: 'apply', actions: [{ kind: 'set-value' }] },
    { op: 'apply', actions: new Array(2001).fill({ kind: 'x', fieldId: 'y' }) },
    { op: 'highlight', filled: 'f1', unfilled: [] },
    { op: 'highlight', filled: [1], unfilled: [] },
    { op: 'insert-text', text: 42 },
    { op: 'focused_field' },
    { op: 'FOCUSED-FIELD' },
    { op: 'insert-text', text: 'x'.repeat(100_001) },
  ])('refuses %j', (value) => {
    expect(parseFrameRequest(value)).toBeUndefined();
  });
});

describe('the focused-field answer of a portal frame', () => {
  it('gives the label and maxlength of the box with the caret, and nothing of its value', async () => {
    const { handleFrameRequest } = await import('../../../lib/page/requests');
    // Without the extras script (the background injects it for this request) the frame says so.
    expect(await handleFrameRequest({ op: 'focused-field' })).toMatchObject({ ok: false, error: expect.stringMatching(/could not start/) });
    (await import('../../../entrypoints/portal-extras/index')).default.main();
    document.body.innerHTML =
      '<label for="notes">Clinical notes</label><textarea id="notes" maxlength="1000">private words</textarea><input id="q" aria-label="Search">';
    expect(await handleFrameRequest({ op: 'focused-field' })).toEqual({ focused: false });
    (document.getElementById('notes') as HTMLTextAreaElement).focus();
    const answer = await handleFrameRequest({ op: 'focused-field' });
    expect(answer).toEqual({ focused: true, label: 'Clinical notes', maxLength: 1000 });
    expect(JSON.stringify(answer)).not.toContain('private');
    // A box without maxlength: a label, no limit.
    (document.getElementById('q') as HTMLInputElement).focus();
    expect(await handleFrameRequest({ op: 'focused-field' })).toEqual({ focused: true, label: 'Search' });
    document.body.innerHTML = '';
    delete (globalThis as { __scaExtras?: unknown }).__scaExtras;
  });
});
