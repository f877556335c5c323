// One checklist item: auto items show done / not done from the case data; manual items are
// checkboxes saved into case.checklistTicks. Each carries a "why" line and, when open, a link.
import { useId } from 'preact/hooks';
import type { ChecklistItem, GoTo } from '../../lib/checklist/types';
import { Button } from '../ui/Button';
import { goToText } from './useGoTo';

export interface ChecklistItemRowProps {
  item: ChecklistItem;
  onTick(id: string, done: boolean): void;
  onGoTo(goTo: GoTo): void;
}

export function ChecklistItemRow({ item, onTick, onGoTo }: ChecklistItemRowProps) {
  const uid = useId();
  const whyId = `why${uid}`;
  const inputId = `tick${uid}`;
  return (
    <li class="check-item" data-done={item.done ? 'true' : 'false'} data-auto={item.auto ? 'true' : 'false'}>
      {item.auto ? (
        <div class="check-item-line">
          <span class="check-mark" aria-hidden="true">
            {item.done ? '✓' : '○'}
          </span>
          <span>
            <span class="visually-hidden">{item.done ? 'Done: ' : 'Not done: '}</span>
            {item.label}
          </span>
        </div>
      ) : (
        <div class="check-item-line">
          <input
            id={inputId}
            type="checkbox"
            checked={item.done}
            aria-describedby={whyId}
            onChange={(e) => onTick(item.id, e.currentTarget.checked)}
          />
          <label for={inputId}>{item.label}</label>
        </div>
      )}
      {item.detail && <p class="check-detail">{item.detail}</p>}
      <p class="check-why" id={whyId}>
        Why: {item.why}
      </p>
      {!item.done && item.goTo && (
        <Button
          size="sm"
          variant="ghost"
          class="check-goto"
          onClick={() => onGoTo(item.goTo!)}
          aria-label={`${goToText(item.goTo)}: ${item.label}`}
        >
          {goToText(item.goTo)}
        </Button>
      )}
    </li>
  );
}
