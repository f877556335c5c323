// Attribute reads of the control being described. A control is asked about some thirty attributes
// (labels, constraints, masks, protection) and has a handful: one getAttributeNames() per control
// answers the absent ones without a call into the DOM each.

let current: Element | null = null;
let names: string[] = [];

function knowAttributes(el: Element | null, list: string[]): void {
  current = el;
  names = list;
}

/** el.getAttribute(name), for a lowercase name. */
export function attr(el: Element, name: string): string | null {
  if (el !== current) knowAttributes(el, el.getAttributeNames());
  return names.includes(name) ? el.getAttribute(name) : null;
}

/** el.hasAttribute(name), for a lowercase name. */
export function hasAttr(el: Element, name: string): boolean {
  if (el !== current) knowAttributes(el, el.getAttributeNames());
  return names.includes(name);
}

/** Forgets the noted names: the page may change between collects. */
export function forgetAttributes(): void {
  knowAttributes(null, []);
}
