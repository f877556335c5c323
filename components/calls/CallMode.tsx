// Call mode: the timer, the fields to take down while on the phone (saved as typed) and the
// questions to ask for the case's stage beside them. "End call" stamps the end time.
import type { CallScript as Script } from '../../lib/calls';
import type { Call } from '../../lib/case/schema';
import { Button } from '../ui/Button';
import { CallFields } from './CallFields';
import { CallScript } from './CallScript';
import { CallTimer } from './CallTimer';
import { useCallDraft } from './useCallDraft';

export interface CallModeProps {
  call: Call;
  /** What to ask, for the case's current stage. */
  script: Script;
  onEnded(call: Call): void | Promise<void>;
}

export function CallMode({ call: initial, script, onEnded }: CallModeProps) {
  const { call, error, set, end } = useCallDraft(initial);

  const endCall = async () => {
    const stored = await end();
    if (stored) await onEnded(stored);
  };

  return (
    <section class="call-mode" aria-labelledby="call-mode-heading">
      <div class="call-mode-head">
        <h3 id="call-mode-heading">Call in progress</h3>
        <CallTimer startedAt={call.startedAt} />
        <Button variant="danger" onClick={endCall}>
          End call
        </Button>
      </div>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div class="call-mode-body">
        <CallFields call={call} set={set} />
        <CallScript script={script} />
      </div>
    </section>
  );
}
