// One case in the list: what identifies it on a call (member, payer), where it stands, when to
// follow up, and the row's actions. Action names stay short ("Delete"); the row title describes them.
import { useId } from 'preact/hooks';
import { deleteCase, duplicateCase, setArchived, restoreDeletedCase, type CaseSummary } from '../../lib/store/cases';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { Button } from '../ui/Button';
import { StatusBadge } from '../ui/StatusBadge';
import { useToast } from '../ui/Toast';
import { caseDisplayTitle } from './caseDisplayTitle';

export function CaseRow({ summary, active }: { summary: CaseSummary; active: boolean }) {
  const db = useDb();
  const nav = useNavigation();
  const toast = useToast();
  const titleId = `r${useId()}`;
  const title = caseDisplayTitle(summary);

  const run = async (action: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      toast({ message: storageErrorMessage(err, action) });
    }
  };

  const duplicate = () =>
    run('duplicate the case', async () => {
      const copy = await duplicateCase(db, summary.id);
      if (copy)
        toast({ message: `Duplicated as “${caseDisplayTitle(copy)}”`, action: { label: 'Open', onAction: () => nav.openCase(copy.id) } });
    });

  const archive = () =>
    run('archive the case', async () => {
      const next = !summary.archived;
      await setArchived(db, summary.id, next);
      toast({
        message: next ? `Archived “${title}”` : `Restored “${title}” from the archive`,
        action: { label: 'Undo', onAction: () => run('undo', async () => void (await setArchived(db, summary.id, !next))) },
      });
    });

  const remove = () =>
    run('delete the case', async () => {
      const deleted = await deleteCase(db, summary.id);
      if (!deleted) return;
      toast({
        message: `Deleted “${title}”`,
        action: { label: 'Undo', onAction: () => run('restore the case', () => restoreDeletedCase(db, deleted)) },
      });
    });

  return (
    <li
      class="case-row"
      data-active={active ? 'true' : undefined}
      data-overdue={summary.overdue ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <div class="case-row-title">
        <Button
          variant="ghost"
          class="case-row-open"
          id={titleId}
          onClick={() => nav.openCase(summary.id)}
          aria-current={active ? 'true' : undefined}
        >
          {title}
        </Button>
        <StatusBadge status={summary.status} />
      </div>
      <div class="case-row-meta">
        <span>
          <span class="visually-hidden">Member: </span>
          {summary.memberName || 'No member yet'}
          {summary.memberId && ` · ${summary.memberId}`}
        </span>
        <span>
          <span class="visually-hidden">Payer: </span>
          {summary.payer || 'No payer yet'}
        </span>
        {summary.followUpDue && (
          <span class={summary.overdue ? 'follow-up-due' : undefined}>
            Follow-up {summary.overdue ? 'overdue since' : 'due'} {summary.followUpDue}
          </span>
        )}
        {summary.archived && <span>Archived</span>}
      </div>
      <div class="btn-row case-row-actions">
        <Button size="sm" onClick={duplicate} aria-describedby={titleId}>
          Duplicate
        </Button>
        <Button size="sm" onClick={archive} aria-describedby={titleId}>
          {summary.archived ? 'Unarchive' : 'Archive'}
        </Button>
        <Button size="sm" variant="danger" onClick={remove} aria-describedby={titleId}>
          Delete
        </Button>
      </div>
    </li>
  );
}
