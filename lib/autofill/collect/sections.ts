// Whose data a control asks for is often said only around it: fieldset legends, the heading above
// it in the same container ("Subscriber", "Referring provider") and labelled regions.
import type { SectionText } from '../types';
import { elementText, parentOf } from './text';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING_CLASS = /(?:^|[\s_-])(?:title|heading|header|section-?name|legend)(?:$|[\s_-])/iu;
const REGION_ROLES = new Set(['region', 'group', 'form', 'tabpanel', 'dialog']);
const MAX_SECTIONS = 4;
/** How many earlier headings are tried per control (bounds the cost on huge pages). */
const HEADING_LOOKBACK = 40;

interface Heading {
  text: string;
  /** The container the heading titles: its parent, or higher when the parent only wraps it. */
  scope: Element;
}

export function isHeading(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  return !!cls && HEADING_CLASS.test(cls) && el.childElementCount <= 2 && !el.querySelector('input, select, textarea, button, [role=combobox]');
}

/** Headings in document order as the walk meets them; a control asks for those that title it. */
export class SectionTracker {
  private headings: Heading[] = [];

  noteHeading(el: Element): void {
    const text = elementText(el, 120);
    if (!text || text.length > 100) return;
    let scope = parentOf(el);
    // A wrapper holding only the heading (card header, title bar) titles its own parent.
    while (scope && scope.childElementCount === 1 && parentOf(scope)) scope = parentOf(scope);
    if (scope) this.headings.push({ text, scope });
  }

  sectionsOf(el: Element): SectionText[] {
    // Each text with its distance (ancestor level of the container it titles): nearest first.
    const found: { distance: number; rank: number; section: SectionText }[] = [];
    const depthOf = new Map<Element, number>();
    let depth = 0;
    for (let node = parentOf(el); node; node = parentOf(node), depth++) {
      depthOf.set(node, depth);
      if (node.tagName === 'FIELDSET') {
        const legend = Array.from(node.children).find((c) => c.tagName === 'LEGEND');
        const text = legend ? elementText(legend, 120) : '';
        if (text) found.push({ distance: depth, rank: 1, section: { source: 'legend', text } });
      }
      const role = node.getAttribute('role');
      // A search landmark makes every control in it a search filter, whatever its label says.
      if (role === 'search') found.push({ distance: depth, rank: 2, section: { source: 'region', text: 'search' } });
      if ((role && REGION_ROLES.has(role)) || node.tagName === 'SECTION' || node.tagName === 'FORM') {
        const text = node.getAttribute('aria-label') ?? labelledByText(node);
        if (text) found.push({ distance: depth, rank: 2, section: { source: 'region', text: text.trim() } });
      }
    }
    for (let i = this.headings.length - 1, tried = 0; i >= 0 && tried < HEADING_LOOKBACK; i--, tried++) {
      const h = this.headings[i]!;
      const distance = depthOf.get(h.scope);
      // Within one container the later heading is the nearer one (i runs backwards).
      if (distance !== undefined) found.push({ distance, rank: 0, section: { source: 'heading', text: h.text } });
    }
    found.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
    const out: SectionText[] = [];
    for (const f of found) {
      if (out.length >= MAX_SECTIONS) break;
      if (!out.some((s) => s.text === f.section.text)) out.push(f.section);
    }
    return out;
  }
}

function labelledByText(node: Element): string {
  const ids = node.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = node.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/u)
    .map((id) => (root as Document).getElementById?.(id))
    .filter((e): e is HTMLElement => !!e)
    .map((e) => elementText(e, 120))
    .join(' ');
}
