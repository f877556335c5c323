// The case's deadlines: due date, days left, the rule and its source, and the user's own date in
// place of the computed one (case.deadlineOverrides) with a way back to the computed date.
import { useMemo } from 'preact/hooks';
import type { CaseBundle } from '../../lib/case/schema';
import { computeDeadlines, formatUsDate, type Deadline } from '../../lib/clocks';
import { DeadlineOverride } from './DeadlineOverride';

const STATUS_WORDS: Record<Deadline['status'], string> = {
  upcoming: 'Upcoming',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  met: 'Done',
  paused: 'Paused',
};

export function daysLeftText(d: Pick<Deadline, 'daysLeft' | 'status'>): string {
  if (d.status === 'met') return 'met';
  // The clock stands still: what is left does not shrink until the information is sent.
  if (d.status === 'paused') return `${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left once the information is sent`;
  if (d.daysLeft === 0) return 'due today';
  if (d.daysLeft > 0) return `${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left`;
  const late = -d.daysLeft;
  return `${late} day${late === 1 ? '' : 's'} overdue`;
}

export function DeadlinesSection({ bundle, today }: { bundle: CaseBundle; today: string }) {
  const deadlines = useMemo(() => computeDeadlines(bundle, today), [bundle, today]);
  // The computed dates, to show next to a date the user set instead.
  const computed = useMemo(() => {
    const plain = computeDeadlines({ ...bundle, case: { ...bundle.case, deadlineOverrides: {} } }, today);
    return new Map(plain.map((d) => [d.id, d.due]));
  }, [bundle, today]);

  return (
    <section class="checklist-section" aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading">Deadlines</h3>
      {deadlines.length === 0 ? (
        <p class="muted">No deadlines yet. They appear once the case has dates: the request submitted, a denial, an agreement end date.</p>
      ) : (
        <ul class="row-list">
          {deadlines.map((d) => (
            <li key={d.id} class="row-item deadline" data-status={d.status}>
              <div class="row-item-head">
                <strong>{d.label}</strong>
                <span class="deadline-status" data-status={d.status}>
                  {STATUS_WORDS[d.status]}
                </span>
              </div>
              {d.status === 'paused' && d.pause && <p class="deadline-pause">{d.pause.text}</p>}
              <p class="deadline-due">
                {d.status === 'paused' ? 'Due no earlier than' : 'Due'}{' '}
                <span data-testid={`deadline-due-${d.id}`}>{formatUsDate(d.due)}</span> · {daysLeftText(d)}
                {d.overridden && (
                  <span class="deadline-own">
                    {' '}
                    · your date (computed: {computed.has(d.id) ? formatUsDate(computed.get(d.id)!) : 'none'})
                  </span>
                )}
              </p>
              <p class="deadline-rule">
                {d.rule}
                {d.from.date && (
                  <>
                    {' '}
                    Counted from: {d.from.label}, {formatUsDate(d.from.date)}.
                  </>
                )}
              </p>
              <p class="deadline-source">Source: {d.source}</p>
              {d.note && <p class="deadline-note">{d.note}</p>}
              <DeadlineOverride caseId={bundle.case.id} deadline={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
