// Whether the user can see a control. Real browsers answer with checkVisibility() and one computed
// visibility read per control; the hidden attribute, inline styles and aria-hidden ancestors are
// checked by one cached walk up the tree, which also covers happy-dom (no layout there).
import { parentOf } from './text';

export class VisibilityCache {
  private hiddenByTree = new Map<Element, boolean>();
  /** False in DOMs without layout (happy-dom): computed styles there say little. Reading a layout
   * property to find out would force a layout, so the user agent tells. */
  private layout = typeof navigator !== 'undefined' && !/HappyDOM|jsdom/iu.test(navigator.userAgent);

  isVisible(el: Element): boolean {
    if (this.hiddenUp(el)) return false;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    // Plain checkVisibility() is ~10x cheaper than with {visibilityProperty}; visibility:hidden is
    // read from the computed style only for controls that pass it.
    if (typeof check === 'function' && !check.call(el)) return false;
    if (this.layout) return getComputedStyle(el).visibility !== 'hidden';
    return true;
  }

  /** True when the element or an ancestor is hidden by attribute, inline style or aria-hidden. */
  private hiddenUp(el: Element): boolean {
    const known = this.hiddenByTree.get(el);
    if (known !== undefined) return known;
    let hidden = hiddenItself(el);
    if (!hidden) {
      const parent = parentOf(el);
      hidden = parent ? this.hiddenUp(parent) : false;
    }
    this.hiddenByTree.set(el, hidden);
    return hidden;
  }
}

function hiddenItself(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}
