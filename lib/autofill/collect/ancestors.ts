// Element.closest() answers kept per ancestor for one collect: controls of one container share
// their walk up, so a page of n controls pays about one step per element instead of n full walks.

export class ClosestCache {
  private known = new Map<Element, Element | null>();

  constructor(private matches: (el: Element) => boolean) {}

  /** Like start.closest(selector): the nearest of start and its ancestors (same tree) that matches. */
  of(start: Element | null): Element | null {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let node = start; node; node = node.parentElement) {
      const known = this.known.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(node);
      if (this.matches(node)) {
        found = node;
        break;
      }
    }
    for (const node of path) this.known.set(node, found);
    return found;
  }
}
