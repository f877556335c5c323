// After a fill: how many fields the page kept, and each one it did not, with the reason.
import type { FillOutcome, FillSummary, FramePlan } from '../../lib/fill/session';
import { fieldDisplayName } from '../../lib/form/displayName';
import type { FieldKey } from '../../lib/form/fieldKeys';
import { keyLabel } from '../../lib/fill/keyLabels';
import { OUTCOME_TEXT } from './fillText';

export function FillReport({
  outcomes,
  summary,
  plans,
  run,
}: {
  outcomes: FillOutcome[];
  summary: FillSummary;
  plans: FramePlan[];
  run: number;
}) {
  const problems = outcomes.flatMap((o) =>
    o.reports
      .filter((r) => r.outcome !== 'verified')
      .map((r) => {
        const field = plans.find((p) => p.frameId === o.frameId)?.classifications.find((c) => c.field.id === r.fieldId)?.field;
        return {
          key: `${o.frameId}:${r.fieldId}`,
          name: field ? fieldDisplayName(field) : keyLabel(r.key as FieldKey),
          outcome: r.outcome,
          reason: r.reason,
        };
      }),
  );
  return (
    <div class="fill-report" role="status" data-fill-run={run}>
      <p>
        <strong>
          Filled {summary.verified} field{summary.verified === 1 ? '' : 's'}
        </strong>
        {summary.rejected > 0 && `, ${summary.rejected} rejected by the page`}
        {summary.errors > 0 && `, ${summary.errors} could not be filled`}
        {summary.skipped > 0 && `, ${summary.skipped} skipped`}. Check the page, then submit it yourself.
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p.key}>
              {p.name}: {OUTCOME_TEXT[p.outcome]}
              {p.reason ? ` (${p.reason})` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
