// The content script's guard: only well-formed requests get through, whatever else arrives.
import { describe, expect, it } from 'vitest';
import { parseFrameRequest } from '../../../lib/messaging/frameRequests';

describe('parseFrameRequest', () => {
  it('accepts the requests the side panel sends', () => {
    expect(parseFrameRequest({ op: 'collect' })).toEqual({ op: 'collect' });
    expect(parseFrameRequest({ op: 'insert-text', text: 'Hello' })).toEqual({ op: 'insert-text', text: 'Hello' });
    expect(parseFrameRequest({ op: 'highlight', filled: ['f1'], unfilled: [] })).toEqual({ op: 'highlight', filled: ['f1'], unfilled: [] });
    const action = { kind: 'set-value', fieldId: 'f1', key: 'member.memberId', preview: 'W1', value: 'W1' };
    expect(parseFrameRequest({ op: 'apply', actions: [action] })).toEqual({ op: 'apply', actions: [action] });
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
    { op: 'insert-text', text: 'x'.repeat(100_001) },
  ])('refuses %j', (value) => {
    expect(parseFrameRequest(value)).toBeUndefined();
  });
});
