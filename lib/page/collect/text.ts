// Reading the words a page shows around a control: visible text only, never a control's value.

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'SVG']);

/** Longest text kept for one label; longer runs are prose, not labels. */
export const MAX_TEXT = 200;

/** Cleaned texts by raw text: labels repeat across a form and across collects. */
const cleaned = new Map<string, string>();

/** Collapses whitespace and drops the decorations labels carry ("*", trailing ":"). */
export function cleanText(raw: string): string {
  let text = cleaned.get(raw);
  if (text === undefined) {
    text = raw
      .replace(/\s+/gu, ' ')
      .replace(/^[\s*:•·-]+|[\s*:•·]+$/gu, '')
      .trim();
    if (cleaned.size >= 20000) cleaned.clear();
    cleaned.set(raw, text);
  }
  return text;
}

/** Upper-case tag names (SVG's are lower case): a page has a few dozen tags, met on every label. */
const upperTags = new Map<string, string>();

function upperTag(tag: string): string {
  let upper = upperTags.get(tag);
  if (upper === undefined) {
    upper = tag.toUpperCase();
    if (upperTags.size < 500) upperTags.set(tag, upper);
  }
  return upper;
}

// The text being gathered by elementText (module state instead of a closure per call).
let gathered = '';
let gatheredLength = 0;
let gatherLimit = 0;

/** The text an element shows, without the contents of controls and aria-hidden decorations. */
export function elementText(el: Element, limit = MAX_TEXT): string {
  gathered = '';
  gatheredLength = 0;
  gatherLimit = limit;
  gather(el);
  const raw = gathered;
  gathered = '';
  return cleanText(raw).slice(0, limit);
}

/** Visible text nodes under node, joined by spaces, until more than the limit is gathered. */
function gather(node: Node): void {
  for (let child = node.firstChild; child && gatheredLength <= gatherLimit; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) {
      const data = (child as Text).data;
      if (data.trim()) {
        gathered = gatheredLength ? `${gathered} ${data}` : data;
        gatheredLength += data.length;
      }
    } else if (type === 1) {
      const e = child as Element;
      if (SKIP_TAGS.has(upperTag(e.tagName)) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') continue;
      gather(e);
    }
  }
}

/** The parent across an open shadow boundary (the host), so context lookups leave the shadow tree. */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as (ShadowRoot & { host?: Element }) | null;
  return parent && parent.nodeType === 11 && parent.host ? parent.host : null;
}
