// The fields taken down about a call, shared by call mode and the call log's editor so both ask
// for the same things in the same order.
import { useEffect, useRef } from 'preact/hooks';
import { CALL_PARTY_LABELS } from '../../lib/case/labels';
import { callDepartments } from '../../lib/calls';
import type { Call } from '../../lib/case/schema';
import { Select, optionsFrom } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import type { CallDraft } from './useCallDraft';

const PARTY_OPTIONS = optionsFrom(CALL_PARTY_LABELS);

export interface CallFieldsProps {
  call: Call;
  set: CallDraft['set'];
}

export function CallFields({ call, set }: CallFieldsProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  // Call mode and the call editor each replace the button that had focus (Start call, Edit): the
  // first field takes it, so keyboard users go on typing.
  useEffect(() => {
    wrapper.current?.querySelector('select')?.focus();
  }, []);
  return (
    <div class="call-fields" ref={wrapper}>
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
  );
}
