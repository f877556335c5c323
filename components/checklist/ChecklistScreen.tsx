// The Checklist screen: what is missing for the next step, the stages with their items, the network
// evidence log, deadlines, follow-up calls and the units burn-down of an agreement.
import { useCallback, useMemo } from 'preact/hooks';
import { ROLE_LABELS } from '../../lib/case/labels';
import { localToday } from '../../lib/case/validate';
import { deriveChecklist } from '../../lib/checklist';
import { STAGE_LABELS } from '../../lib/checklist/stages';
import { storageErrorMessage } from '../../lib/store/errors';
import { updateCase } from '../../lib/store/cases';
import { useDb } from '../app/DbContext';
import { EvidenceLog } from '../evidence/EvidenceLog';
import type { CaseScreenProps } from '../app/screenTypes';
import { useToast } from '../ui/Toast';
import { DeadlinesSection } from './DeadlinesSection';
import { FollowUpSection } from './FollowUpSection';
import { MissingForNextStep } from './MissingForNextStep';
import { StageSection } from './StageSection';
import { UnitsSection } from './UnitsSection';
import { useCaseBundle } from './useCaseBundle';
import { useGoTo } from './useGoTo';
import './checklist.css';

export function ChecklistScreen({ caseId }: CaseScreenProps) {
  const db = useDb();
  const toast = useToast();
  const bundle = useCaseBundle(caseId);
  const today = localToday();
  const goTo = useGoTo(caseId);
  const checklist = useMemo(() => (bundle.value ? deriveChecklist(bundle.value, today) : undefined), [bundle.value, today]);

  const tick = useCallback(
    async (id: string, done: boolean) => {
      try {
        await updateCase(db, caseId, (c) => ({ ...c, checklistTicks: { ...c.checklistTicks, [id]: done } }));
      } catch (err) {
        toast({ message: storageErrorMessage(err, 'save the tick') });
      }
    },
    [db, caseId, toast],
  );

  if (!bundle.loaded && !bundle.value) return <p class="muted">Loading the checklist…</p>;
  if (!bundle.value || !checklist) return <p class="banner banner-warning">This case no longer exists.</p>;
  const b = bundle.value;
  const stageLabel = STAGE_LABELS[checklist.currentStage];
  // Items are derived for the case's role; the filter keeps it so if a builder ever returns more.
  const stages = checklist.stages.map((s) => ({ ...s, items: s.items.filter((i) => i.roles.includes(checklist.role)) }));

  return (
    <div class="checklist-screen">
      <h2>Checklist</h2>
      <p class="muted">
        {ROLE_LABELS[checklist.role]} · current stage: {stageLabel}
      </p>
      <MissingForNextStep
        items={checklist.missingForNextStep.filter((i) => i.roles.includes(checklist.role))}
        stageLabel={stageLabel}
        onGoTo={goTo}
      />
      <section class="checklist-section" aria-labelledby="stages-heading">
        <h3 id="stages-heading">Stages</h3>
        {stages.map((s) => (
          <StageSection key={s.id} stage={s} current={s.id === checklist.currentStage} onTick={tick} onGoTo={goTo} />
        ))}
      </section>
      <EvidenceLog bundle={b} today={today} />
      <DeadlinesSection bundle={b} today={today} />
      <FollowUpSection bundle={b} />
      <UnitsSection bundle={b} today={today} />
    </div>
  );
}
