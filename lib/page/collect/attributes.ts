// Attribute reads of the control being described. A control is asked about some thirty attributes
// (labels, constraints, masks, protection) and has a handful: one getAttributeNames() per control
// answers the absent ones without a call into the DOM each, and each present one is read once
// (type, name, placeholder and autocomplete are asked by several helpers; collect never writes).

let current: Element | null = null;
let names: string[] = [];
/** Values of names, by index, once read (undefined: not read yet). */
let values: (string | null | undefined)[] = [];
// The current control's id and class list, read once (several helpers ask).
let id: string | undefined;
let classes: string | undefined;

function knowAttributes(el: Element | null, list: string[]): void {
  current = el;
  names = list;
  if (values.length) values = [];
  id = undefined;
  classes = undefined;
}

/** el.id, '' when it has none. */
export function idOf(el: Element): string {
  if (el !== current) knowAttributes(el, el.getAttributeNames());
  return (id ??= names.includes('id') ? el.id : '');
}

/** el.className of an HTML element ('' for SVG, whose className is not a string). */
export function classOf(el: Element): string {
  if (el !== current) knowAttributes(el, el.getAttributeNames());
  if (classes === undefined) {
    const cls = names.includes('class') ? el.className : '';
    classes = typeof cls === 'string' ? cls : '';
  }
  return classes;
}

/** el.getAttribute(name), for a lowercase name. */
export function attr(el: Element, name: string): string | null {
  if (el !== current) knowAttributes(el, el.getAttributeNames());
  const i = names.indexOf(name);
  if (i < 0) return null;
  let value = values[i];
  if (value === undefined) value = values[i] = el.getAttribute(name);
  return value;
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
