// Finds reference numbers a portal shows after a submission (Decision ID, reference #, tracking ID,
// authorization / case / confirmation numbers) so the user can save them into the case in one click.
// Reads visible text only; returns label/value pairs, never touches the page.

import type { FoundReference } from '../protocol/frames';

const LABEL = String.raw`(decision\s*(?:id|#|number)|reference\s*(?:number|no\.?|#|id)?|ref\s*(?:#|no\.?)|tracking\s*(?:id|number|#)|(?:prior\s+)?authori[sz]ation\s*(?:number|no\.?|#|id)|auth\s*(?:#|no\.?|number)|case\s*(?:number|no\.?|#|id)|confirmation\s*(?:number|no\.?|#|code)|request\s*(?:id|number|#)|call\s*reference\s*(?:number|#)?|certification\s*(?:number|#))`;
/** A reference value: letters, digits and separators, at least one digit, 4-40 characters. */
const VALUE = String.raw`([A-Z0-9][A-Z0-9\-_./]{2,38}[A-Z0-9])`;
const PAIR = new RegExp(`${LABEL}\\s*[:#]?\\s*${VALUE}`, 'giu');
const LABEL_ONLY = new RegExp(`^\\s*${LABEL}\\s*[:#]?\\s*$`, 'iu');
const VALUE_ONLY = new RegExp(`^\\s*${VALUE}\\s*$`, 'iu');

function tidyLabel(label: string): string {
  const t = label.replace(/\s+/gu, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function acceptable(value: string): boolean {
  return /\d/u.test(value) && !/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/u.test(value);
}

/** Scans visible text of a document for reference numbers, label/value pairs deduplicated by value. */
export function scanReferences(root: Document | Element): FoundReference[] {
  const body = 'body' in root ? root.body : root;
  if (!body) return [];
  const found = new Map<string, FoundReference>();
  const add = (label: string, value: string) => {
    if (acceptable(value) && !found.has(value)) found.set(value, { label: tidyLabel(label), value });
  };
  // 1. Label and value in one run of text ("Decision ID: A123456"); text nodes are joined with line
  // breaks so neighbouring cells never glue into one token.
  const text = visibleTextRuns(body).join('\n');
  for (const m of text.matchAll(PAIR)) add(m[1]!, m[2]!);
  // 2. Label and value in neighbouring elements (<dt>/<dd>, <th>/<td>, label/span pairs).
  for (const el of Array.from(body.querySelectorAll('dt, th, td, label, span, strong, b, div'))) {
    if (el.children.length > 2) continue;
    const own = el.textContent ?? '';
    if (own.length > 60 || !LABEL_ONLY.test(own)) continue;
    const next = el.nextElementSibling;
    const value = next?.textContent?.trim() ?? '';
    if (VALUE_ONLY.test(value)) add(own.replace(/[:#]\s*$/u, ''), value);
  }
  return [...found.values()];
}

function visibleTextRuns(root: Element): string[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const runs: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript, template, [hidden], [aria-hidden=true]')) continue;
    const t = n.nodeValue?.trim();
    if (t) runs.push(t);
  }
  return runs;
}
