// One call in the call log: when, how long, whom, the representative, the fax to send records to,
// the reference number (one click to copy) and what was said; with Edit and Delete, or the editor
// in its place.
import type { Ref } from 'preact';
import { CALL_PARTY_LABELS } from '../../lib/case/labels';
import type { Call } from '../../lib/case/schema';
import { Button } from '../ui/Button';
import { CallEditor } from './CallEditor';
import { callDuration, formatCallStart } from './callTime';

export interface CallLogEntryProps {
  call: Call;
  editing: boolean;
  editButtonRef: Ref<HTMLButtonElement>;
  onEdit(): void;
  onCloseEditor(): void;
  onDelete(): void;
  onCopy(text: string): void;
}

export function CallLogEntry({ call: c, editing, editButtonRef, onEdit, onCloseEditor, onDelete, onCopy }: CallLogEntryProps) {
  const start = formatCallStart(c.startedAt);
  return (
    <li class="row-item call-log-entry" data-editing={editing ? 'true' : undefined}>
      <div class="row-item-head">
        <span class="call-log-when">
          <strong>{start}</strong> <span class="muted">{callDuration(c) ?? 'in progress'}</span>
        </span>
        {!editing && (
          <span class="btn-row">
            <Button size="sm" variant="ghost" onClick={onEdit} aria-label={`Edit call of ${start}`} ref={editButtonRef}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" onClick={onDelete} aria-label={`Delete call of ${start}`}>
              Delete
            </Button>
          </span>
        )}
      </div>
      {editing ? (
        <CallEditor call={c} startLabel={start} onClose={onCloseEditor} />
      ) : (
        <>
          <p class="call-log-meta">
            {CALL_PARTY_LABELS[c.party]}
            {c.representative && <> · Rep: {c.representative}</>}
            {c.phoneNumber && <> · {c.phoneNumber}</>}
            {c.faxForRecords && <> · Fax for records: {c.faxForRecords}</>}
          </p>
          {c.referenceNumber && (
            <p class="call-log-ref">
              Reference: <span class="mono">{c.referenceNumber}</span>{' '}
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Copy reference number ${c.referenceNumber}`}
                onClick={() => onCopy(c.referenceNumber)}
              >
                Copy
              </Button>
            </p>
          )}
          {c.summary && <p class="call-log-summary">{c.summary}</p>}
          {(c.outcome || c.nextStep) && (
            <dl class="call-log-details">
              {c.outcome && (
                <>
                  <dt>Outcome</dt>
                  <dd>{c.outcome}</dd>
                </>
              )}
              {c.nextStep && (
                <>
                  <dt>Next step</dt>
                  <dd>{c.nextStep}</dd>
                </>
              )}
            </dl>
          )}
        </>
      )}
    </li>
  );
}
