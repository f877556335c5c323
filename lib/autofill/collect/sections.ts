// Whose data a control asks for is often said only around it: fieldset legends, the heading above
// it in the same container ("Subscriber", "Referring provider") and labelled regions.
import type { SectionText } from '../types';
import { elementText, parentOf } from './text';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING_CLASS = /(?:^|[\s_-])(?:title|heading|header|section-?name|legend)(?:$|[\s_-])/iu;
const REGION_ROLES = new Set(['region', 'group', 'form', 'tabpanel', 'dialog']);
const MAX_SECTIONS = 4;

export function isHeading(el: Element, role = el.getAttribute('role')): boolean {
  if (HEADING_TAGS.has(el.tagName) || role === 'heading') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  return !!cls && HEADING_CLASS.test(cls) && el.childElementCount <= 2 && !el.querySelector('input, select, textarea, button, [role=combobox]');
}

interface Found {
  /** Order among one container's texts: its headings, then its legend, then its region name. */
  rank: number;
  section: SectionText;
}

/**
 * Headings in document order as the walk meets them; a control asks for those that title it.
 * The texts an ancestor contributes (legend, region, headings scoped to it) are computed once per
 * ancestor, and the nearest-first list of each container is kept until the walk meets a new
 * heading, so controls that share containers cost a map hit each.
 */
export class SectionTracker {
  /** Headings met so far, by the container they title, in document order. */
  private headingsByScope = new Map<Element, string[]>();
  private own = new Map<Element, Found[]>();
  private chains = new Map<Element, SectionText[]>();

  noteHeading(el: Element): void {
    const text = elementText(el, 120);
    if (!text || text.length > 100) return;
    let scope = parentOf(el);
    // A wrapper holding only the heading (card header, title bar) titles its own parent.
    while (scope && scope.childElementCount === 1 && parentOf(scope)) scope = parentOf(scope);
    if (!scope) return;
    const list = this.headingsByScope.get(scope);
    if (list) list.push(text);
    else this.headingsByScope.set(scope, [text]);
    // Lists computed so far may miss this heading; they are cheap to build again.
    this.chains.clear();
  }

  sectionsOf(el: Element): SectionText[] {
    const parent = parentOf(el);
    return parent ? this.chainOf(parent) : [];
  }

  /** Up to MAX_SECTIONS distinct texts titling the node or its ancestors, nearest first. */
  private chainOf(node: Element): SectionText[] {
    const known = this.chains.get(node);
    if (known) return known;
    const found: Found[] = [...this.ownTexts(node)];
    const headings = this.headingsByScope.get(node);
    // Within one container the later heading is the nearer one.
    if (headings) for (let i = headings.length - 1; i >= 0; i--) found.push({ rank: 0, section: { source: 'heading', text: headings[i]! } });
    found.sort((a, b) => a.rank - b.rank);
    const out: SectionText[] = [];
    const add = (s: SectionText) => {
      if (out.length < MAX_SECTIONS && !out.some((o) => o.text === s.text)) out.push(s);
    };
    for (const f of found) add(f.section);
    const up = parentOf(node);
    // The first MAX_SECTIONS distinct texts of a list only depend on the first ones of its tail.
    if (up && out.length < MAX_SECTIONS) for (const s of this.chainOf(up)) add(s);
    this.chains.set(node, out);
    return out;
  }

  /** Legend and region texts of one container (they do not change during a walk). */
  private ownTexts(node: Element): Found[] {
    const known = this.own.get(node);
    if (known) return known;
    const found: Found[] = [];
    if (node.tagName === 'FIELDSET') {
      const legend = Array.from(node.children).find((c) => c.tagName === 'LEGEND');
      const text = legend ? elementText(legend, 120) : '';
      if (text) found.push({ rank: 1, section: { source: 'legend', text } });
    }
    const role = node.getAttribute('role');
    // A search landmark makes every control in it a search filter, whatever its label says.
    if (role === 'search') found.push({ rank: 2, section: { source: 'region', text: 'search' } });
    if ((role && REGION_ROLES.has(role)) || node.tagName === 'SECTION' || node.tagName === 'FORM') {
      const text = node.getAttribute('aria-label') ?? labelledByText(node);
      if (text) found.push({ rank: 2, section: { source: 'region', text: text.trim() } });
    }
    this.own.set(node, found);
    return found;
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
