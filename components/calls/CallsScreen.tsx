// The Calls screen: "Start call" stores a call at once (a crash keeps it) and opens call mode; the
// call log below lists the case's calls. Ending a call moves the case's next follow-up.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newId, type Call } from '../../lib/case/schema';
import { localToday } from '../../lib/case/validate';
import { formatUsDate } from '../../lib/clocks';
import { storageErrorMessage } from '../../lib/store/errors';
import { putRecord } from '../../lib/store/records';
import { updateCase } from '../../lib/store/cases';
import { useDb } from '../app/DbContext';
import { useCaseBundle } from '../checklist/useCaseBundle';
import type { CaseScreenProps } from '../app/screenTypes';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toast';
import { applyCallToCase } from './callOnCase';
import { CallLog } from './CallLog';
import { CallMode } from './CallMode';
import { callScriptFor } from './callScriptFor';
import { notifyFollowUpsChanged } from './notifyFollowUpsChanged';
import './calls.css';

export function CallsScreen({ caseId }: CaseScreenProps) {
  const db = useDb();
  const toast = useToast();
  const bundle = useCaseBundle(caseId);
  const [error, setError] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const today = localToday();
  const script = useMemo(() => (bundle.value ? callScriptFor(bundle.value, today) : undefined), [bundle.value, today]);
  // The newest call without an end time is the one in progress (also after a crash or reopening).
  const openCall = bundle.value?.calls.find((c) => !c.endedAt);
  // "Start call" stays disabled from the click until the stored call shows, so a double click makes one call.
  const startButton = useRef<HTMLButtonElement>(null);
  const focusStartAfterCall = useRef(false);
  useEffect(() => {
    if (openCall) setStarting(false);
    // Keyboard focus was on "End call", which is gone: put it back on "Start call".
    else if (focusStartAfterCall.current) {
      focusStartAfterCall.current = false;
      startButton.current?.focus();
    }
  }, [openCall?.id]);

  if (!bundle.loaded && !bundle.value) return <p class="muted">Loading calls…</p>;
  if (!bundle.value) return <p class="banner banner-warning">This case no longer exists.</p>;
  const b = bundle.value;
  const logged = b.calls.filter((c) => c !== openCall);

  const startCall = async () => {
    setStarting(true);
    try {
      await putRecord(db, 'calls', { id: newId(), caseId, startedAt: new Date().toISOString() });
      setError(undefined);
    } catch (err) {
      setError(err instanceof Error && err.message.startsWith('The call') ? err.message : storageErrorMessage(err, 'start the call'));
      setStarting(false);
    }
  };

  const callEnded = async (call: Call) => {
    focusStartAfterCall.current = true;
    try {
      const before = b.case.followUp.nextDue;
      const saved = await updateCase(db, caseId, (c) => applyCallToCase(c, call));
      if (saved && saved.followUp.nextDue !== before) void notifyFollowUpsChanged();
      toast({
        message:
          saved && saved.followUp.nextDue !== before
            ? `Call saved. Next follow-up call ${formatUsDate(saved.followUp.nextDue)}.`
            : 'Call saved.',
      });
    } catch (err) {
      toast({ message: `The call was saved, but the case was not updated: ${storageErrorMessage(err, 'update the follow-up date')}` });
    }
  };

  return (
    <div class="calls-screen">
      <div class="calls-screen-head">
        <h2>Calls</h2>
        {!openCall && (
          <Button variant="primary" size="lg" onClick={startCall} disabled={starting} ref={startButton}>
            Start call
          </Button>
        )}
      </div>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {openCall && script && <CallMode key={openCall.id} call={openCall} script={script} onEnded={callEnded} />}
      <section class="call-log-section" aria-labelledby="call-log-heading">
        <h3 id="call-log-heading">Call log</h3>
        <CallLog calls={logged} />
      </section>
    </div>
  );
}
