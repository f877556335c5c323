// Builds variants of the complete fixture case for the clock, checklist, evidence and call tests.
import { CaseSchema, CallSchema, NetworkAttemptSchema, UsageEntrySchema, type CaseBundle, type CaseInput } from '../../../lib/case/schema';
import { completeBundle } from '../../fixtures/cases/complete';

export type CasePatch = Partial<CaseInput>;

/** The complete fixture with parts of the case replaced (nested objects are replaced, not merged). */
export function bundleWith(patch: CasePatch = {}, records: Partial<Omit<CaseBundle, 'case'>> = {}): CaseBundle {
  const base = completeBundle();
  return {
    ...base,
    ...records,
    case: CaseSchema.parse({ ...base.case, ...patch }),
  };
}

export function statusEvent(status: CaseInput['status'] & string, date: string, note = '') {
  return { status, date, at: `${date}T15:00:00.000Z`, note };
}

export function attempt(fields: Record<string, unknown>) {
  return NetworkAttemptSchema.parse({ id: `att-${Math.random()}`, caseId: 'case-complete-aba', ...fields });
}

export function call(fields: Record<string, unknown>) {
  return CallSchema.parse({ id: `call-${Math.random()}`, caseId: 'case-complete-aba', startedAt: '2026-11-04T15:00:00.000Z', ...fields });
}

export function usage(code: string, date: string, units: number) {
  return UsageEntrySchema.parse({ id: `use-${date}-${code}-${Math.random()}`, caseId: 'case-complete-aba', code, date, units });
}
