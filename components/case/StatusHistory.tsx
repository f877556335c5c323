// The case's status changes, newest first, with the date each took effect.
import { editorLabel } from '../../lib/case/fields';
import { STATUS_LABELS } from '../../lib/case/labels';
import type { Case } from '../../lib/case/schema';
import { useCaseSelector } from './CaseFormContext';

export function StatusHistory() {
  const history = useCaseSelector((d: Case) => d.statusHistory);
  if (history.length === 0) return null;
  return (
    <details class="status-history">
      <summary>
        {editorLabel('statusHistory')} ({history.length})
      </summary>
      <ol class="row-list">
        {[...history].reverse().map((e) => (
          <li key={e.at}>
            {STATUS_LABELS[e.status]}
            {e.date && ` · ${e.date}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
