// The case with its calls, attempts and usage, kept current as any of them changes.
import type { CaseBundle } from '../../lib/case/schema';
import { loadBundle } from '../../lib/store/bundle';
import { useDb } from '../app/DbContext';
import { useLiveQueryState, type LiveQueryState } from '../hooks/useLiveQuery';

export function useCaseBundle(caseId: string): LiveQueryState<CaseBundle | undefined> {
  const db = useDb();
  return useLiveQueryState(() => loadBundle(db, caseId), [db, caseId]);
}
