import { describe, expect, it } from 'vitest';
import { allTemplates, groupByCategory, searchTemplates } from '../../../lib/justify/library';
import { fitToLength } from '../../../lib/text/truncate';
import { renderTemplate } from '../../../lib/justify/render';
import { BUILT_IN_TEMPLATES } from '../../../lib/justify/templates';
import { completeBundle } from '../../fixtures/cases/complete';

describe('template library', () => {
  it('finds request texts by any name for an SCA', () => {
    const ids = searchTemplates(allTemplates([]), 'in-for-out').map((t) => t.id);
    expect(ids).toContain('no-specialty');
    expect(ids).not.toContain('member-call-script');
  });

  it('finds by several words in any order', () => {
    const ids = searchTemplates(allTemplates([]), 'reviewer peer').map((t) => t.id);
    expect(ids).toContain('peer-to-peer');
    expect(ids).not.toContain('distance');
  });

  it('groups in category order, leaving empty categories out', () => {
    const groups = groupByCategory(allTemplates([]));
    expect(groups.map((g) => g.category)).toEqual(['justification', 'letter', 'appeal', 'rate', 'script']);
  });
});

describe('fitting rendered text into a portal box', () => {
  it('never cuts inside a word', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const { text } = renderTemplate(t, 'provider', completeBundle(), '2026-11-10');
      const words = new Set(text.split(/\s+/u));
      for (const limit of [200, 500, 1000]) {
        const fitted = fitToLength(text, limit);
        expect(fitted.text.length).toBeLessThanOrEqual(limit);
        const last = fitted.text.split(/\s+/u).pop()!;
        // The last word is whole: it appears as a word of the original (allowing trailing punctuation removal).
        expect([...words].some((w) => w === last || w.startsWith(last))).toBe(true);
        expect(text.startsWith(fitted.text)).toBe(true);
        if (fitted.cut) expect(/\s/u.test(text[fitted.text.length] ?? ' ') || /[,;:]/u.test(text[fitted.text.length] ?? '')).toBe(true);
      }
    }
  });
});
