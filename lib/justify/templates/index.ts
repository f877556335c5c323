// The built-in template library, in the order the Texts screen lists it.
import type { JustificationTemplate } from '../template';
import { DISTANCE, NO_SPECIALTY, WAIT_TIME } from './access';
import { ABA_REQUEST, CONTINUITY, EXPERTISE, URGENCY } from './clinical';
import { LEGAL_HOOKS } from './legal';
import { EXTENSION } from './agreement';
import { PATIENT_ACKNOWLEDGEMENT, RATE_JUSTIFICATION } from './rates';
import { APPEAL, PEER_TO_PEER } from './appeal';
import { MEMBER_CALL_SCRIPT } from './scripts';
import { APPEAL_LETTER, MEDICAL_NECESSITY_LETTER, NETWORK_EXHIBIT, REQUEST_LETTER } from './letters';

export const BUILT_IN_TEMPLATES: readonly JustificationTemplate[] = [
  NO_SPECIALTY,
  WAIT_TIME,
  DISTANCE,
  CONTINUITY,
  EXPERTISE,
  URGENCY,
  ABA_REQUEST,
  LEGAL_HOOKS,
  EXTENSION,
  REQUEST_LETTER,
  MEDICAL_NECESSITY_LETTER,
  APPEAL_LETTER,
  NETWORK_EXHIBIT,
  APPEAL,
  PEER_TO_PEER,
  RATE_JUSTIFICATION,
  PATIENT_ACKNOWLEDGEMENT,
  MEMBER_CALL_SCRIPT,
];

export function builtInTemplate(id: string): JustificationTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}

export { PATIENT_ACKNOWLEDGEMENT, RATE_JUSTIFICATION };
