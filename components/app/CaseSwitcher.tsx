// The header's active-case picker: every open case (plus the active one if archived), by title.
// It reads every case, so it waits until the first screen is drawn (components/app/firstScreen).
import { listCases, type CaseSummary } from '../../lib/store/cases';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useDb } from './DbContext';
import { useNavigation } from './Navigation';
import { caseDisplayTitle } from '../cases/caseDisplayTitle';
import { useFirstScreenDrawn } from './firstScreen';

export function CaseSwitcher() {
  const db = useDb();
  const nav = useNavigation();
  const ready = useFirstScreenDrawn();
  const listed = useLiveQuery(() => (ready ? listCases(db, { includeArchived: true }) : undefined), [db, ready]);
  const cases = listed ?? [];
  const shown = cases.filter((c: CaseSummary) => !c.archived || c.id === nav.activeCaseId);
  const activeExists = shown.some((c) => c.id === nav.activeCaseId);
  return (
    <div class="case-switcher">
      <label for="active-case" class="visually-hidden">
        Active case
      </label>
      <select
        id="active-case"
        value={activeExists ? nav.activeCaseId : ''}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (id) nav.openCase(id, nav.screen === 'cases' ? 'case' : nav.screen);
        }}
      >
        <option value="">{shown.length || !listed ? 'Choose a case…' : 'No cases yet'}</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {caseDisplayTitle(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
