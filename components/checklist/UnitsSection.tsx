// Units burn-down of an approved agreement: approved, used and remaining per code, a form to log a
// session, and the warnings that say it is time to ask for an extension.
import { useMemo } from 'preact/hooks';
import type { CaseBundle } from '../../lib/case/schema';
import { formatUsDate, unitsBurnDown } from '../../lib/clocks';
import { deleteRecord, putRecord } from '../../lib/store/records';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toast';
import { LogSessionForm } from './LogSessionForm';

export function UnitsSection({ bundle, today }: { bundle: CaseBundle; today: string }) {
  const db = useDb();
  const toast = useToast();
  const { openCase } = useNavigation();
  const burnDown = useMemo(() => unitsBurnDown(bundle, today), [bundle, today]);
  const caseId = bundle.case.id;
  const codes = burnDown.codes.map((c) => c.code);
  const recent = [...bundle.usage].reverse().slice(0, 10);

  const removeSession = async (id: string) => {
    try {
      const removed = await deleteRecord(db, 'usage', id);
      if (removed)
        toast({
          message: `Session of ${formatUsDate(removed.date)} deleted.`,
          action: { label: 'Undo', onAction: () => putRecord(db, 'usage', removed).then(() => undefined) },
        });
    } catch (err) {
      toast({ message: storageErrorMessage(err, 'delete the session') });
    }
  };

  return (
    <section class="checklist-section" aria-labelledby="units-heading">
      <h3 id="units-heading">Units used</h3>
      {burnDown.warnings.length > 0 && (
        <div class="banner banner-warning units-warnings" role="status">
          <ul>
            {burnDown.warnings.map((w) => (
              <li key={`${w.kind}-${w.code ?? ''}`}>{w.message}</li>
            ))}
          </ul>
          <Button variant="primary" onClick={() => openCase(caseId, 'texts')}>
            Request an extension
          </Button>
        </div>
      )}
      {codes.length === 0 ? (
        <p class="muted">No approved codes yet. When the agreement arrives, enter its codes and units on the Case screen.</p>
      ) : (
        <table class="units-table">
          <caption class="visually-hidden">Units approved, used and remaining by code</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Approved</th>
              <th scope="col">Used</th>
              <th scope="col">Remaining</th>
            </tr>
          </thead>
          <tbody>
            {burnDown.codes.map((c) => (
              <tr key={c.code} data-warn={c.warnings.length > 0 ? 'true' : undefined}>
                <th scope="row">{c.code}</th>
                <td>{c.approved ?? '–'}</td>
                <td>{c.used}</td>
                <td>
                  {c.remaining ?? '–'}
                  {c.sessionsLeft !== undefined && <span class="muted"> (about {c.sessionsLeft} sessions)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {burnDown.unapproved.length > 0 && (
        <p class="field-warning">
          Sessions logged under codes the agreement does not list:{' '}
          {burnDown.unapproved.map((u) => `${u.code} (${u.used} units)`).join(', ')}. Billing them may be denied.
        </p>
      )}
      <LogSessionForm caseId={caseId} codes={codes} today={today} />
      {recent.length > 0 && (
        <>
          <h4>Latest sessions</h4>
          <ul class="row-list sessions">
            {recent.map((u) => (
              <li key={u.id} class="session-row">
                <span>
                  {formatUsDate(u.date)} · {u.code} · {u.units} unit{u.units === 1 ? '' : 's'}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Delete session of ${formatUsDate(u.date)}, ${u.code}`}
                  onClick={() => removeSession(u.id)}
                >
                  Delete
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
