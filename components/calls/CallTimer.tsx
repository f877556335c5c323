// The running time of the open call. role="timer" keeps screen readers quiet (aria-live off) while
// the label says what the number is.
import { useEffect, useId, useState } from 'preact/hooks';
import { formatElapsed } from './callTime';

export function CallTimer({ startedAt }: { startedAt: string }) {
  const labelId = `t${useId()}`;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p class="call-timer">
      <span id={labelId}>Call time</span>{' '}
      <span role="timer" aria-live="off" aria-labelledby={labelId} class="call-timer-value">
        {formatElapsed(now - Date.parse(startedAt))}
      </span>
    </p>
  );
}
