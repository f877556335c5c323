// What to say and ask on this call, for the case's current stage, beside the call fields; and what
// to write down before hanging up.
import type { CallScript as Script } from '../../lib/calls';

export function CallScript({ script }: { script: Script }) {
  return (
    <aside class="call-script" aria-labelledby="call-script-heading">
      <h4 id="call-script-heading">Call script: {script.stageLabel}</h4>
      <p class="call-script-opening">{script.opening}</p>
      {script.questions.length > 0 && (
        <ol aria-label="Questions to ask">
          {script.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      )}
      <p class="call-script-record-title">Before hanging up, write down:</p>
      <ul aria-label="Write down before hanging up">
        {script.record.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </aside>
  );
}
