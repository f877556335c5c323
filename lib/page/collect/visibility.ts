// Whether the user can see a control. Real browsers answer with one checkVisibility() per control
// (with visibilityProperty: measured cheaper in Chromium than a separate computed-style read); the
// hidden attribute, inline styles and aria-hidden ancestors are checked once per element as the
// walk enters it (AncestorPath), which also covers happy-dom (no layout there).

type CheckVisibility = (options?: { visibilityProperty?: boolean }) => boolean;
/** One options object for every call: no allocation per control. */
const WITH_VISIBILITY = { visibilityProperty: true };

export class Visibility {
  /** False in DOMs without layout (happy-dom): computed styles there say little. Reading a layout
   * property to find out would force a layout, so the user agent tells. */
  private layout = typeof navigator !== 'undefined' && !/HappyDOM|jsdom/iu.test(navigator.userAgent);

  /** `hiddenByTree`: the element or an ancestor is hidden by attribute, inline style or aria-hidden. */
  isVisible(el: Element, hiddenByTree: boolean): boolean {
    if (hiddenByTree) return false;
    const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
    if (!this.layout) return typeof check !== 'function' || check.call(el);
    if (typeof check === 'function') return check.call(el, WITH_VISIBILITY);
    return getComputedStyle(el).visibility !== 'hidden';
  }
}

/** Hidden by its own hidden attribute, aria-hidden or inline style (ancestors aside). */
export function hiddenItself(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Reading .style builds a declaration object: only elements with a style attribute need it.
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}
