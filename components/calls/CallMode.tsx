// Call mode: the timer, the fields to take down while on the phone (saved as typed) and the
// questions to ask for the case's stage beside them. "End call" stamps the end time.
import { useEffect, useRef } from 'preact/hooks';
import { CALL_PARTY_LABELS } from '../../lib/case/labels';
import { callDepartments, type CallScript as Script } from '../../lib/calls';
import type { Call } from '../../lib/case/schema';
import { Button } from '../ui/Button';
import { Select, optionsFrom } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { CallScript } from './CallScript';
import { CallTimer } from './CallTimer';
import { useCallDraft } from './useCallDraft';

const PARTY_OPTIONS = optionsFrom(CALL_PARTY_LABELS);

export interface CallModeProps {
  call: Call;
  /** What to ask, for the case's current stage. */
  script: Script;
  onEnded(call: Call): void | Promise<void>;
}

export function CallMode({ call: initial, script, onEnded }: CallModeProps) {
  const { call, error, set, end } = useCallDraft(initial);
  const firstField = useRef<HTMLDivElement>(null);
  // Keyboard users land on the first field as soon as the call starts.
  useEffect(() => {
    firstField.current?.querySelector('select')?.focus();
  }, []);

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
        <div class="call-fields" ref={firstField}>
          <Select
            label="Who was called"
            hint={callDepartments.find((d) => d.id === call.party)?.when}
            value={call.party}
            onValue={(v) => set('party', v)}
            options={PARTY_OPTIONS}
          />
          <div class="grid-2">
            <TextField label="Phone number" type="tel" value={call.phoneNumber} onValue={(v) => set('phoneNumber', v)} />
            <TextField label="Representative name" value={call.representative} onValue={(v) => set('representative', v)} />
          </div>
          <div class="grid-2">
            <TextField label="Reference / call number" value={call.referenceNumber} onValue={(v) => set('referenceNumber', v)} />
            <TextField label="Fax number for records" type="tel" value={call.faxForRecords} onValue={(v) => set('faxForRecords', v)} />
          </div>
          <TextArea label="What was said" rows={5} value={call.summary} onValue={(v) => set('summary', v)} />
          <TextField label="Outcome" value={call.outcome} onValue={(v) => set('outcome', v)} />
          <TextField label="Next step" value={call.nextStep} onValue={(v) => set('nextStep', v)} />
        </div>
        <CallScript script={script} />
      </div>
    </section>
  );
}
