// "What's missing for the next step": the open items of the current stage, each with its link.
import type { ChecklistItem, GoTo } from '../../lib/checklist/types';
import { Button } from '../ui/Button';
import { goToText } from './useGoTo';

export function MissingForNextStep({
  items,
  stageLabel,
  onGoTo,
}: {
  items: readonly ChecklistItem[];
  stageLabel: string;
  onGoTo(goTo: GoTo): void;
}) {
  return (
    <section class="checklist-section missing-next" aria-labelledby="missing-heading">
      <h3 id="missing-heading">What's missing for the next step</h3>
      {items.length === 0 ? (
        <p>Nothing is missing in the current stage ({stageLabel}).</p>
      ) : (
        <ul class="missing-list">
          {items.map((item) => (
            <li key={item.id}>
              <span>
                {item.label}
                {item.detail && <span class="muted"> ({item.detail})</span>}
              </span>
              {item.goTo && (
                <Button size="sm" variant="ghost" onClick={() => onGoTo(item.goTo!)} aria-label={`${goToText(item.goTo)}: ${item.label}`}>
                  {goToText(item.goTo)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
