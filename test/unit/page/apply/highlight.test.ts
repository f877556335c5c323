import { afterEach, describe, expect, it } from 'vitest';
import { clearHighlights, highlightFields } from '../../../../lib/page/apply/highlight';

afterEach(() => {
  clearHighlights();
  document.body.innerHTML = '';
});

describe('highlight', () => {
  it('outlines filled green and unfilled amber, then puts the page back exactly', () => {
    document.body.innerHTML = '<input id="a"><input id="b" style="outline: 1px dotted red; color: blue">';
    const before = document.body.innerHTML;
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    highlightFields([a], 'filled');
    highlightFields([b], 'unfilled');
    expect(a.style.getPropertyValue('outline')).toMatch(/(?=.*2px)(?=.*solid)/);
    expect(a.style.getPropertyValue('outline')).not.toBe(b.style.getPropertyValue('outline'));
    expect(b.style.getPropertyValue('outline-offset')).toBe('2px');
    // Nothing of ours but the outline: no new nodes, classes or other attributes.
    expect(document.body.querySelectorAll('*')).toHaveLength(2);
    expect(a.getAttributeNames()).toEqual(['id', 'style']);
    clearHighlights();
    expect(document.body.innerHTML).toBe(before);
  });
});
