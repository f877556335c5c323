// The case's calls, newest first: when, how long, whom, the representative, the reference number
// (one click to copy) and what was said.
import { CALL_PARTY_LABELS } from '../../lib/case/labels';
import type { Call } from '../../lib/case/schema';
import { Button } from '../ui/Button';
import { callDuration, formatCallStart } from './callTime';
import { useCopyWithToast } from './useCopyWithToast';

export function CallLog({ calls }: { calls: readonly Call[] }) {
  const copy = useCopyWithToast();
  if (calls.length === 0) return <p class="muted">No calls logged yet.</p>;
  return (
    <ol class="row-list call-log" aria-label="Calls, newest first">
      {calls.map((c) => (
        <li key={c.id} class="row-item call-log-entry">
          <div class="row-item-head">
            <strong>{formatCallStart(c.startedAt)}</strong>
            <span class="muted">{callDuration(c) ?? 'in progress'}</span>
          </div>
          <p class="call-log-meta">
            {CALL_PARTY_LABELS[c.party]}
            {c.representative && <> · Rep: {c.representative}</>}
            {c.phoneNumber && <> · {c.phoneNumber}</>}
          </p>
          {c.referenceNumber && (
            <p class="call-log-ref">
              Reference: <span class="mono">{c.referenceNumber}</span>{' '}
              <Button size="sm" variant="ghost" aria-label={`Copy reference number ${c.referenceNumber}`} onClick={() => copy(c.referenceNumber)}>
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
        </li>
      ))}
    </ol>
  );
}
