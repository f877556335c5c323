// Whose data a control asks for is often said only around it: fieldset legends, the heading above
// it in the same container ("Subscriber", "Referring provider") and labelled regions.
import type { SectionText } from '../../form/types';
import { elementText, parentOf } from './text';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING_CLASS = /(?:^|[\s_-])(?:title|heading|header|section-?name|legend)(?:$|[\s_-])/iu;
const REGION_ROLES = new Set(['region', 'group', 'form', 'tabpanel', 'dialog']);
const MAX_SECTIONS = 4;

/** Heading-like class lists, by class attribute: almost every element is asked, and class lists repeat. */
const headingClasses = new Map<string, boolean>();

function headingClass(cls: string): boolean {
  let heading = headingClasses.get(cls);
  if (heading === undefined) {
    heading = HEADING_CLASS.test(cls);
    if (headingClasses.size >= 2000) headingClasses.clear();
    headingClasses.set(cls, heading);
  }
  return heading;
}

/** A heading holds at most two child elements; the child count is read only for heading candidates. */
export function isHeading(el: Element, role = el.getAttribute('role'), tag = el.tagName): boolean {
  if (HEADING_TAGS.has(tag) || role === 'heading') return el.childElementCount <= 2;
  const cls = typeof el.className === 'string' ? el.className : '';
  return !!cls && headingClass(cls) && el.childElementCount <= 2 && !el.querySelector('input, select, textarea, button, [role=combobox]');
}

interface Found {
  /** Order among one container's texts: its headings, then its legend, then its region name. */
  rank: number;
  section: SectionText;
}

/**
 * Headings in document order as the walk meets them; a control asks for those that title it.
 * The walk keeps each ancestor's list on its path (AncestorPath) and builds it from the parent's
 * list when a heading has been met since. Radio and checkbox groups, described after the walk, keep
 * their first member's list from when the walk met it.
 */
export class SectionTracker {
  /** Changes whenever a heading is met: lists built before may miss it. */
  version = 0;
  /** Headings met so far, by the container they title, in document order. */
  private headingsByScope = new Map<Element, string[]>();
  private own = new Map<Element, Found[]>();

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
    this.version++;
  }

  /**
   * Up to MAX_SECTIONS distinct texts titling the node or its ancestors, nearest first, given the
   * list of its parent. A node that titles nothing shares its parent's list.
   */
  chainFrom(node: Element, role: string | null, parentChain: SectionText[]): SectionText[] {
    const own = this.ownTexts(node, role);
    const headings = this.headingsByScope.get(node);
    if (own.length === 0 && !headings) return parentChain;
    const found: Found[] = [...own];
    // Within one container the later heading is the nearer one.
    if (headings)
      for (let i = headings.length - 1; i >= 0; i--) found.push({ rank: 0, section: { source: 'heading', text: headings[i]! } });
    found.sort((a, b) => a.rank - b.rank);
    const out: SectionText[] = [];
    const add = (s: SectionText) => {
      if (out.length < MAX_SECTIONS && !out.some((o) => o.text === s.text)) out.push(s);
    };
    for (const f of found) add(f.section);
    // The first MAX_SECTIONS distinct texts of a list only depend on the first ones of its tail.
    if (out.length < MAX_SECTIONS) for (const s of parentChain) add(s);
    return out;
  }

  /** Legend and region texts of one container (they do not change during a walk). */
  private ownTexts(node: Element, role: string | null): Found[] {
    const tag = node.tagName;
    if (tag !== 'FIELDSET' && tag !== 'SECTION' && tag !== 'FORM' && !(role && (role === 'search' || REGION_ROLES.has(role)))) return NONE;
    const known = this.own.get(node);
    if (known) return known;
    const found: Found[] = [];
    if (tag === 'FIELDSET') {
      const legend = Array.from(node.children).find((c) => c.tagName === 'LEGEND');
      const text = legend ? elementText(legend, 120) : '';
      if (text) found.push({ rank: 1, section: { source: 'legend', text } });
    }
    // A search landmark makes every control in it a search filter, whatever its label says.
    if (role === 'search') found.push({ rank: 2, section: { source: 'region', text: 'search' } });
    if ((role && REGION_ROLES.has(role)) || tag === 'SECTION' || tag === 'FORM') {
      const text = node.getAttribute('aria-label') ?? labelledByText(node);
      if (text) found.push({ rank: 2, section: { source: 'region', text: text.trim() } });
    }
    this.own.set(node, found);
    return found;
  }
}

const NONE: Found[] = [];

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
