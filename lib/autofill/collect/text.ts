// Reading the words a page shows around a control: visible text only, never a control's value.

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'SVG']);

/** Longest text kept for one label; longer runs are prose, not labels. */
export const MAX_TEXT = 200;

/** Collapses whitespace and drops the decorations labels carry ("*", trailing ":"). */
export function cleanText(raw: string): string {
  return raw
    .replace(/\s+/gu, ' ')
    .replace(/^[\s*:•·-]+|[\s*:•·]+$/gu, '')
    .trim();
}

/** The text an element shows, without the contents of controls and aria-hidden decorations. */
export function elementText(el: Element, limit = MAX_TEXT): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length <= limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.trim()) {
          parts.push(data);
          length += data.length;
        }
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIP_TAGS.has(e.tagName.toUpperCase()) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') continue;
        walk(e);
      }
    }
  };
  walk(el);
  return cleanText(parts.join(' ')).slice(0, limit);
}

/** The parent across an open shadow boundary (the host), so context lookups leave the shadow tree. */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as (ShadowRoot & { host?: Element }) | null;
  return parent && parent.nodeType === 11 && parent.host ? parent.host : null;
}
