// Test helper: the complete fixture case with a wrong value in every field the case validators
// check, so caseWarnings reports every path it can warn about.
import { PROVIDER_ROLES } from '../../../lib/case/codes';
import type { Case } from '../../../lib/case/schema';
import { completeBundle } from '../../fixtures/cases/complete';

/** Every path shape caseWarnings can report, row indexes written as N. */
export const WARNING_PATH_SHAPES = [
  'member.dob',
  'member.phone',
  'member.address.state',
  'member.address.zip',
  'subscriber.dob',
  'plan.state',
  ...PROVIDER_ROLES.flatMap((role) =>
    ['npi', 'tin', 'phone', 'fax', 'address.state', 'address.zip'].map((field) => `providers.${role}.${field}`),
  ),
  'pcp.phone',
  'pcp.fax',
  'contact.phone',
  'contact.fax',
  'contact.email',
  'request.submittedDate',
  'request.infoRequestedDate',
  'request.infoSentDate',
  'service.diagnoses.N.code',
  'service.procedures.N.code',
  'service.procedures.N.modifier',
  'service.startDate',
  'service.endDate',
  'agreement.approvedCodes.N.code',
  'agreement.startDate',
  'agreement.endDate',
  'continuity.coverageStartDate',
  'continuity.providerTerminationDate',
  'followUp.nextDue',
  'statusHistory.N.date',
];

export const shapeOf = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.N');

function put(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** The fixture case with two rows in each list and a malformed value at every checked path. */
export function caseWithEveryWarning(): Case {
  const c = structuredClone(completeBundle().case);
  c.subscriber.sameAsMember = false;
  c.service.diagnoses = [
    { code: 'x', description: '' },
    { code: 'y', description: '' },
  ];
  c.service.procedures = [
    { code: 'x', modifier: 'x', description: '', frequency: '' },
    { code: 'y', modifier: 'y', description: '', frequency: '' },
  ];
  c.agreement.approvedCodes = [{ code: 'x' }, { code: 'y' }];
  for (const shape of WARNING_PATH_SHAPES) {
    if (shape.includes('.N.')) continue;
    put(c as unknown as Record<string, unknown>, shape, 'x');
  }
  c.statusHistory = c.statusHistory.map((e) => ({ ...e, date: 'x' }));
  return c;
}
