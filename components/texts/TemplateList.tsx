// The template library grouped by category, searchable by any name people use for an SCA.
import { groupByCategory, searchTemplates } from '../../lib/justify/library';
import { CATEGORY_LABELS, type JustificationTemplate } from '../../lib/justify/template';
import { TextField } from '../ui';

export interface TemplateListProps {
  templates: JustificationTemplate[];
  query: string;
  onQuery: (q: string) => void;
  selectedId: string;
  onSelect: (id: string) => void;
}

export function TemplateList({ templates, query, onQuery, selectedId, onSelect }: TemplateListProps) {
  const groups = groupByCategory(searchTemplates(templates, query));
  return (
    <nav aria-label="Template library" class="template-list">
      <TextField label="Search templates" type="search" value={query} onValue={onQuery} placeholder="wait time, appeal, LOA, ABA ..." />
      {groups.length === 0 && <p class="field-hint">No template matches "{query}".</p>}
      {groups.map((g) => (
        <div key={g.category} role="group" aria-label={CATEGORY_LABELS[g.category]}>
          <h3>{CATEGORY_LABELS[g.category]}</h3>
          <ul class="plain-list">
            {g.templates.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  class="btn btn-ghost btn-sm"
                  aria-current={t.id === selectedId ? 'true' : undefined}
                  title={t.description}
                  onClick={() => onSelect(t.id)}
                >
                  {t.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
