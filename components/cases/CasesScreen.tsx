// The case list: find a case fast (search, status, archived), start one, and tidy up with undo.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { CaseStatus } from '../../lib/case/schema';
import { STATUS_LABELS } from '../../lib/case/labels';
import { createCase, listCases, type CaseSummary } from '../../lib/store/cases';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { useNavigation } from '../app/Navigation';
import { CASE_SEARCH_ID } from '../app/useWorkspaceShortcuts';
import { useLiveQueryState } from '../hooks/useLiveQuery';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { Select, optionsFrom } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/Toast';
import { afterPaint, markFirstScreenDrawn, useFirstScreenDrawn } from '../app/firstScreen';
import { lazyComponent } from '../app/lazyComponent';
import { CaseRow } from './CaseRow';
import { firstCasesReadEarly, takeFirstCases } from './firstRows';
import { LoadExampleButton } from './LoadExampleButton';

const PAGE_ROWS = 100;

// Export and import sit below the list: their code loads (and they appear) once the list is drawn.
const BackupPanel = lazyComponent(() => import('../backup/BackupPanel').then((m) => m.BackupPanel), 'backup section');

export function CasesScreen() {
  const db = useDb();
  const nav = useNavigation();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  // Rows drawn at first: the most due cases; the rest one click away (keeps a big list instant).
  const [shown, setShown] = useState(PAGE_ROWS);
  const listDrawn = useFirstScreenDrawn();
  const filtering = search.trim() !== '' || status !== '';
  // The most due rows (a screenful, read early: ./firstRows) come from the follow-up index at once;
  // the full list (every case read, about 100 ms with a thousand cases) is read once they are drawn,
  // or at once for a search or filter, and then replaces them. Keeps the panel usable at once.
  const [firstRows, setFirstRows] = useState<CaseSummary[] | undefined>(() => firstCasesReadEarly(db));
  const [fullWanted, setFullWanted] = useState(false);
  // A layout effect: a plain one would wait for the next frame before asking for the rows.
  useLayoutEffect(() => {
    let cancelled = false;
    const readAll = () => !cancelled && setFullWanted(true);
    takeFirstCases(db).then((rows) => {
      if (cancelled) return;
      setFirstRows(rows);
      afterPaint(readAll);
    }, readAll);
    return () => {
      cancelled = true;
    };
  }, [db]);
  const readAll = fullWanted || filtering || includeArchived;
  const cases = useLiveQueryState(
    () => (readAll ? listCases(db, { search, status: status || undefined, includeArchived }) : undefined),
    [db, search, status, includeArchived, readAll],
  );
  const listed = cases.value ?? (filtering || includeArchived ? undefined : firstRows);
  // The list (or its empty state) is what the panel opens to: deferred work may start.
  useEffect(() => {
    if (listed !== undefined || cases.error) markFirstScreenDrawn();
  }, [listed, cases.error]);

  // Arrow keys move focus between the rows' open buttons (Enter on one opens the case).
  const moveBetweenRows = (e: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const list = e.currentTarget as HTMLElement;
    const openers = [...list.querySelectorAll<HTMLButtonElement>('.case-row-open')];
    if (openers.length === 0) return;
    const row = (e.target as HTMLElement).closest('.case-row');
    const current = openers.findIndex((b) => b.closest('.case-row') === row);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? openers.length - 1 : current + (e.key === 'ArrowDown' ? 1 : -1);
    e.preventDefault();
    openers[Math.min(openers.length - 1, Math.max(0, next))]?.focus();
  };

  const create = async () => {
    try {
      const c = await createCase(db);
      nav.openCase(c.id);
    } catch (err) {
      toast({ message: storageErrorMessage(err, 'create the case') });
    }
  };

  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading" class="visually-hidden">
        Cases
      </h2>
      <div class="btn-row" style={{ marginBottom: '8px' }}>
        <Button variant="primary" onClick={create}>
          New case
        </Button>
        <LoadExampleButton />
      </div>
      <div class="toolbar" role="search">
        <TextField
          id={CASE_SEARCH_ID}
          type="search"
          label="Search cases"
          hint="Press / to come here"
          value={search}
          onValue={setSearch}
          placeholder="Name, member ID, payer, reference #"
        />
        <Select label="Status" value={status} onValue={setStatus} options={optionsFrom(STATUS_LABELS)} placeholder="All statuses" />
        <label class="choice">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
          <span>Show archived</span>
        </label>
      </div>
      {cases.error ? (
        <p role="alert" class="banner banner-error">
          {storageErrorMessage(cases.error, 'load the cases')}
        </p>
      ) : null}
      {listed && listed.length === 0 ? (
        filtering ? (
          <EmptyState title="No matching cases">
            <p>Try fewer words or another status.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No cases yet">
            <p>Start a new case, or load the example case to look around.</p>
            <div class="btn-row" style={{ justifyContent: 'center' }}>
              <LoadExampleButton variant="primary" />
            </div>
          </EmptyState>
        )
      ) : (
        <ul class="case-list" aria-label="Cases" aria-describedby="case-list-keys" onKeyDown={moveBetweenRows}>
          {listed?.slice(0, shown).map((c) => (
            <CaseRow key={c.id} summary={c} active={c.id === nav.activeCaseId} />
          ))}
        </ul>
      )}
      {cases.value && cases.value.length > shown && (
        <Button onClick={() => setShown(cases.value!.length)}>Show all {cases.value.length} cases</Button>
      )}
      <p id="case-list-keys" class="visually-hidden">
        Up and down arrows move between cases; Enter opens one.
      </p>
      {listDrawn && (
        <div style={{ marginTop: '16px' }}>
          <BackupPanel />
        </div>
      )}
    </section>
  );
}
