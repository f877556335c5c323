// A temporary outline on filled (green) and unfilled (amber) controls: only the inline outline and
// outline-offset change, and both are put back exactly by clearHighlights(). No nodes, classes or
// attributes of ours are added to the page.

const COLORS = { filled: '#2e7d32', unfilled: '#f59e0b' } as const;

interface Saved {
  outline: string;
  outlinePriority: string;
  offset: string;
  offsetPriority: string;
  /** The style attribute before (null: none) and right after our outline. */
  attrBefore: string | null;
  attrOurs?: string | null;
}

const saved = new Map<HTMLElement, Saved>();

export function highlightFields(elements: readonly Element[], kind: 'filled' | 'unfilled'): void {
  for (const el of elements) {
    const h = el as HTMLElement;
    if (!h.style) continue;
    if (!saved.has(h)) {
      saved.set(h, {
        outline: h.style.getPropertyValue('outline'),
        outlinePriority: h.style.getPropertyPriority('outline'),
        offset: h.style.getPropertyValue('outline-offset'),
        offsetPriority: h.style.getPropertyPriority('outline-offset'),
        attrBefore: h.getAttribute('style'),
      });
    }
    h.style.setProperty('outline', `2px solid ${COLORS[kind]}`, 'important');
    h.style.setProperty('outline-offset', '2px', 'important');
    saved.get(h)!.attrOurs = h.getAttribute('style');
  }
}

export function clearHighlights(): void {
  for (const [el, s] of saved) {
    // Untouched by the page since: put the attribute back byte for byte.
    if (el.getAttribute('style') === s.attrOurs) {
      if (s.attrBefore === null) el.removeAttribute('style');
      else el.setAttribute('style', s.attrBefore);
      continue;
    }
    // The page restyled it meanwhile: take back only our two properties.
    el.style.removeProperty('outline');
    el.style.removeProperty('outline-offset');
    if (s.outline) el.style.setProperty('outline', s.outline, s.outlinePriority);
    if (s.offset) el.style.setProperty('outline-offset', s.offset, s.offsetPriority);
    if (s.attrBefore === null && !el.getAttribute('style')?.trim()) el.removeAttribute('style');
  }
  saved.clear();
}
