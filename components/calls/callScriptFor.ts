// The call script for the stage the case is in now (the checklist decides the stage).
import type { CaseBundle } from '../../lib/case/schema';
import { callScript, type CallScript } from '../../lib/calls';
import { deriveChecklist } from '../../lib/checklist';

export function callScriptFor(bundle: CaseBundle, today: string): CallScript {
  return callScript(bundle, deriveChecklist(bundle, today).currentStage);
}
