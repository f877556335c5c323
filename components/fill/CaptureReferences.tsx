// Reference numbers, decision and tracking IDs shown on the portal page, saved into the case with
// one click together with the time and the portal's name.
import { useState } from 'preact/hooks';
import type { FoundReference } from '../../lib/protocol/frames';
import { scanReferenceFrames } from '../../lib/fill/scanFrames';
import { getCase, saveCase } from '../../lib/store/cases';
import { useDb } from '../app/DbContext';
import { frameSender } from '../../lib/fill/portalClient';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toast';

export function CaptureReferences({
  tabId,
  frameIds,
  portalName,
  caseId,
}: {
  tabId: number;
  frameIds: number[];
  portalName: string;
  caseId: string;
}) {
  const db = useDb();
  const toast = useToast();
  const [found, setFound] = useState<FoundReference[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const scan = async () => {
    setError(undefined);
    const { references, problem } = await scanReferenceFrames(frameSender(tabId), frameIds);
    setFound(references);
    if (problem) setError(problem);
  };

  const save = async (ref: FoundReference) => {
    const c = await getCase(db, caseId);
    if (!c) return;
    if (c.request.referenceNumbers.some((r) => r.value === ref.value)) {
      toast({ message: `${ref.value} is already in the case.` });
      return;
    }
    const next = {
      ...c,
      request: {
        ...c.request,
        referenceNumbers: [
          ...c.request.referenceNumbers,
          { label: ref.label, value: ref.value, capturedAt: new Date().toISOString(), source: portalName },
        ],
      },
    };
    const result = await saveCase(db, next, c.revision);
    if (!result.ok) setError('The case changed in another window; try again.');
    else toast({ message: `Saved ${ref.label} ${ref.value} to the case.` });
  };

  return (
    <div class="capture">
      <h3>Reference numbers on this page</h3>
      <Button onClick={scan}>Find reference numbers</Button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {found && found.length === 0 && !error && <p class="muted">None found on this page.</p>}
      {found && found.length > 0 && (
        <ul>
          {found.map((r) => (
            <li key={r.value}>
              {r.label}: <code>{r.value}</code>{' '}
              <Button size="sm" onClick={() => save(r)} aria-label={`Save ${r.label} ${r.value} to the case`}>
                Save to case
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
