// The template list the Texts screen shows: built-ins plus the user's own, searched by title,
// description and the other names people use (gap exception, LOA, in-for-out ...), grouped by category.
import type { Case } from '../case/schema';
import { BUILT_IN_TEMPLATES } from './templates';
import { TEMPLATE_CATEGORIES, type JustificationTemplate, type TemplateCategory } from './template';

/** Every name for an SCA, so a search for any of them finds the request texts. */
const SCA_SYNONYMS = [
  'single case agreement',
  'sca',
  'letter of agreement',
  'loa',
  'network gap exception',
  'gap exception',
  'clinical gap exception',
  'network deficiency',
  'network insufficiency',
  'gap waiver',
  'in-network exception',
  'in-for-out',
  'network exception',
  'authorized referral',
  'authorized services',
];

function haystack(t: JustificationTemplate): string {
  const bodies = Object.values(t.voices).map((v) => v?.body ?? '');
  const sca = t.category === 'justification' || t.category === 'letter' || t.category === 'appeal' ? SCA_SYNONYMS : [];
  return [t.title, t.description, ...t.keywords, ...sca, ...bodies].join('\n').toLowerCase();
}

/** Templates matching every word of the query (any order); all of them for an empty query. */
export function searchTemplates(templates: readonly JustificationTemplate[], query: string): JustificationTemplate[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...templates];
  return templates.filter((t) => {
    const h = haystack(t);
    return words.every((w) => h.includes(w));
  });
}

export interface TemplateGroup {
  category: TemplateCategory;
  templates: JustificationTemplate[];
}

/** Groups in the fixed category order; empty groups left out. */
export function groupByCategory(templates: readonly JustificationTemplate[]): TemplateGroup[] {
  return TEMPLATE_CATEGORIES.map((category) => ({ category, templates: templates.filter((t) => t.category === category) })).filter(
    (g) => g.templates.length > 0,
  );
}

/** Built-in and user templates; with a case, the built-ins that do not fit it are left out. */
export function allTemplates(user: readonly JustificationTemplate[], c?: Case): JustificationTemplate[] {
  const builtIn = c ? BUILT_IN_TEMPLATES.filter((t) => t.offeredFor?.(c) !== false) : BUILT_IN_TEMPLATES;
  return [...builtIn, ...user];
}
