// One stage of the case with its items; the current stage opens by itself.
import type { ChecklistStage, GoTo } from '../../lib/checklist/types';
import { ChecklistItemRow } from './ChecklistItemRow';

export interface StageSectionProps {
  stage: ChecklistStage;
  current: boolean;
  onTick(id: string, done: boolean): void;
  onGoTo(goTo: GoTo): void;
}

export function StageSection({ stage, current, onTick, onGoTo }: StageSectionProps) {
  const progress = stage.applicable ? `${stage.done} of ${stage.total} done` : 'not needed now';
  return (
    <details
      class="disclosure stage"
      open={current}
      data-current={current ? 'true' : undefined}
      data-applicable={stage.applicable ? 'true' : 'false'}
    >
      <summary>
        {stage.label}
        {current && <span class="stage-current"> (current stage)</span>}
        <span class="disclosure-summary-extra">{progress}</span>
      </summary>
      <div class="disclosure-body">
        <p class="muted">{stage.summary}</p>
        {stage.items.length === 0 ? (
          <p class="muted">Nothing to do here for this case.</p>
        ) : (
          <ul class="check-list" aria-label={`${stage.label} items`}>
            {stage.items.map((item) => (
              <ChecklistItemRow key={item.id} item={item} onTick={onTick} onGoTo={onGoTo} />
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
