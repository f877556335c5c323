// Where a checklist item's link leads: a case field opens the Case screen and focuses that field once
// it shows, a screen opens that screen, and the Checklist itself scrolls to the evidence log.
import { useCallback } from 'preact/hooks';
import type { GoTo } from '../../lib/checklist/types';
import { useNavigation } from '../app/Navigation';
import { goToFieldWhenShown } from '../case/goToField';
import { EVIDENCE_LOG_ID } from '../evidence/EvidenceLog';

const SCREEN_NAMES: Record<Extract<GoTo, { kind: 'screen' }>['screen'], string> = {
  case: 'Case',
  calls: 'Calls',
  checklist: 'Evidence log',
  texts: 'Texts',
  fill: 'Fill',
  notes: 'Notes',
};

export function goToText(goTo: GoTo): string {
  return goTo.kind === 'field' ? 'Open in the case' : `Open ${SCREEN_NAMES[goTo.screen]}`;
}

export function useGoTo(caseId: string): (goTo: GoTo) => void {
  const { openCase } = useNavigation();
  return useCallback(
    (goTo: GoTo) => {
      if (goTo.kind === 'field') {
        openCase(caseId, 'case');
        goToFieldWhenShown(goTo.path);
        return;
      }
      if (goTo.screen === 'checklist') {
        const log = document.getElementById(EVIDENCE_LOG_ID);
        log?.scrollIntoView?.({ block: 'start' });
        log?.focus();
        return;
      }
      openCase(caseId, goTo.screen);
    },
    [caseId, openCase],
  );
}
