// The network evidence log: in-network providers contacted, each checked against the plan type's
// access standard, with add / edit / delete and "Copy exhibit" for requests and appeals.
import { useMemo, useState } from 'preact/hooks';
import type { CaseBundle } from '../../lib/case/schema';
import { adequacyStandard, assessAttempt, attemptsByDate, careCategoryOf, evidenceExhibit } from '../../lib/evidence';
import { storageErrorMessage } from '../../lib/store/errors';
import { deleteRecord, putRecord } from '../../lib/store/records';
import { useDb } from '../app/DbContext';
import { useCopyWithToast } from '../calls/useCopyWithToast';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toast';
import { AttemptEntry } from './AttemptEntry';
import { AttemptForm } from './AttemptForm';
import './evidence.css';

export const EVIDENCE_LOG_ID = 'network-evidence-log';

export function EvidenceLog({ bundle, today }: { bundle: CaseBundle; today: string }) {
  const db = useDb();
  const toast = useToast();
  const copy = useCopyWithToast();
  const kase = bundle.case;
  // 'new' while adding, an attempt id while editing that one.
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const care = careCategoryOf(kase);
  const standard = adequacyStandard(kase.plan, care);
  const attempts = useMemo(() => attemptsByDate(bundle.attempts), [bundle.attempts]);

  const remove = async (id: string) => {
    try {
      const removed = await deleteRecord(db, 'attempts', id);
      if (removed)
        toast({
          message: removed.providerName ? `Contact ${removed.providerName} deleted.` : 'Contact deleted.',
          action: { label: 'Undo', onAction: () => putRecord(db, 'attempts', removed).then(() => undefined) },
        });
    } catch (err) {
      toast({ message: storageErrorMessage(err, 'delete the contact') });
    }
  };

  const standardLine = standard
    ? [standard.wait?.text, ...standard.distance.map((d) => d.text), standard.travelTimeText].filter(Boolean).join('; ')
    : undefined;

  return (
    <section class="checklist-section evidence-log" id={EVIDENCE_LOG_ID} tabIndex={-1} aria-labelledby="evidence-heading">
      <div class="evidence-head">
        <h3 id="evidence-heading">Network evidence log</h3>
        <Button size="sm" onClick={() => copy(evidenceExhibit(bundle))} disabled={attempts.length === 0}>
          Copy exhibit
        </Button>
      </div>
      <p class="muted">
        In-network providers contacted. Missing network-access evidence is among the most common reasons for denial.
        {kase.plan.lineOfBusiness === 'medicaid-mco' && ' Medicaid plans often want 2-3 documented contacts.'}
      </p>
      <p class="evidence-standard">
        {standard && standardLine ? (
          <>
            Standard ({standard.planType}): {standardLine}. <span class="muted">Source: {standard.source}.</span>
          </>
        ) : (
          <span class="muted">No access standard on file for this plan type; record waits and distances anyway.</span>
        )}
      </p>
      {attempts.length === 0 && editing !== 'new' && <p class="muted">No contacts logged yet.</p>}
      {attempts.length > 0 && (
        <ul class="row-list" aria-label="In-network providers contacted">
          {attempts.map((a) =>
            editing === a.id ? (
              <li key={a.id} class="row-item">
                <AttemptForm caseId={kase.id} attempt={a} today={today} onDone={() => setEditing(undefined)} />
              </li>
            ) : (
              <AttemptEntry
                key={a.id}
                attempt={a}
                breaches={assessAttempt(a, kase.plan, care)}
                onEdit={() => setEditing(a.id)}
                onDelete={() => remove(a.id)}
              />
            ),
          )}
        </ul>
      )}
      {editing === 'new' ? (
        <div class="row-item">
          <AttemptForm caseId={kase.id} today={today} onDone={() => setEditing(undefined)} />
        </div>
      ) : (
        <Button onClick={() => setEditing('new')}>Add contact</Button>
      )}
    </section>
  );
}
