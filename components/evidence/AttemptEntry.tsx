// One logged in-network contact, flagged where its wait or distance exceeds the plan's standard.
import { ATTEMPT_OUTCOME_LABELS } from '../../lib/case/labels';
import type { NetworkAttempt } from '../../lib/case/schema';
import { formatUsDate } from '../../lib/clocks';
import type { StandardBreach } from '../../lib/evidence';
import { Button } from '../ui/Button';

export interface AttemptEntryProps {
  attempt: NetworkAttempt;
  breaches: readonly StandardBreach[];
  onEdit(): void;
  onDelete(): void;
}

export function AttemptEntry({ attempt: a, breaches, onEdit, onDelete }: AttemptEntryProps) {
  const name = a.providerName || 'Unnamed provider';
  const facts = [
    a.date ? formatUsDate(a.date) : 'no date',
    ATTEMPT_OUTCOME_LABELS[a.outcome],
    a.waitDays !== undefined ? `wait ${a.waitDays} business days` : '',
    a.distanceMiles !== undefined ? `${a.distanceMiles} miles` : '',
  ].filter(Boolean);
  return (
    <li class="row-item attempt" data-breach={breaches.length > 0 ? 'true' : undefined}>
      <div class="row-item-head">
        <strong>{name}</strong>
        <span class="btn-row">
          <Button size="sm" variant="ghost" onClick={onEdit} aria-label={`Edit contact ${name}`}>
            Edit
          </Button>
          <Button size="sm" variant="ghost" onClick={onDelete} aria-label={`Delete contact ${name}`}>
            Delete
          </Button>
        </span>
      </div>
      <p class="attempt-facts">{facts.join(' · ')}</p>
      {(a.npi || a.phone) && <p class="attempt-facts muted">{[a.npi && `NPI ${a.npi}`, a.phone].filter(Boolean).join(' · ')}</p>}
      {a.notes && <p class="attempt-notes">{a.notes}</p>}
      {breaches.length > 0 && (
        <ul class="breach-list" aria-label={`Standards exceeded by ${name}`}>
          {breaches.map((b) => (
            <li key={b.kind} class="breach">
              <strong>Exceeds standard:</strong> {b.message} <span class="breach-source">Source: {b.source}.</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
