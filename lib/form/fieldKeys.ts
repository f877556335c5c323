// The case fields a portal control can ask for: the shared vocabulary of classify (which key a
// control wants) and plan (which value that key has in the case). Keys name case paths where
// one exists; derived keys (fullName, the provider "same as" forms, row codes) are documented here.

export const FIELD_KEYS = [
  // Patient / member
  'member.firstName',
  'member.lastName',
  /** One box for the whole name; the plan formats it as the label asks ("Last, First" or "First Last"). */
  'member.fullName',
  'member.dob',
  'member.sex',
  'member.memberId',
  'member.groupNumber',
  'member.phone',
  'member.address.street',
  'member.address.city',
  'member.address.state',
  'member.address.zip',
  // Subscriber / policy holder (falls back to the member when subscriber.sameAsMember)
  'subscriber.firstName',
  'subscriber.lastName',
  'subscriber.fullName',
  'subscriber.dob',
  'subscriber.subscriberId',
  'subscriber.relationship',
  // Plan
  'plan.payer',
  'plan.planName',
  'plan.lineOfBusiness',
  'plan.state',
  // Providers: <role>.<field> for requesting, rendering, referring, facility
  ...(['requesting', 'rendering', 'referring', 'facility'] as const).flatMap(
    (role) =>
      [
        `providers.${role}.name`,
        `providers.${role}.organization`,
        `providers.${role}.npi`,
        `providers.${role}.tin`,
        `providers.${role}.license`,
        `providers.${role}.specialty`,
        `providers.${role}.taxonomy`,
        `providers.${role}.phone`,
        `providers.${role}.fax`,
        `providers.${role}.address.street`,
        `providers.${role}.address.city`,
        `providers.${role}.address.state`,
        `providers.${role}.address.zip`,
      ] as const,
  ),
  'pcp.name',
  'pcp.phone',
  // Contact person at the office
  'contact.name',
  'contact.phone',
  'contact.ext',
  'contact.fax',
  'contact.email',
  // Request
  'request.type',
  'request.priority',
  'request.priorAuthNumber',
  'request.submittedDate',
  // Service. Row keys take the row from the control's rowIndex (or from a number in the label: "Diagnosis 2").
  'service.placeOfService',
  'service.setting',
  'service.startDate',
  'service.endDate',
  'service.visits',
  /** A diagnosis code box (row-indexed). */
  'service.diagnosis',
  'service.diagnosisDescription',
  /** A procedure code box (row-indexed) and its companions on the same row. */
  'service.procedure',
  'service.procedureModifier',
  'service.procedureUnits',
  'service.procedureFrequency',
  'service.procedureDescription',
  // Network gap and clinical text
  'exceptionReasons',
  'clinicalRationale',
  'continuity.priorInsurer',
  'continuity.coverageStartDate',
  'continuity.providerTerminationDate',
  'continuity.activeTreatment',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

const KEY_SET: ReadonlySet<string> = new Set(FIELD_KEYS);

export function isFieldKey(value: unknown): value is FieldKey {
  return typeof value === 'string' && KEY_SET.has(value);
}

/** Keys whose value depends on the control's row (diagnosis 1, 2 ... ; procedure line 1, 2 ...). */
export const ROW_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'service.diagnosis',
  'service.diagnosisDescription',
  'service.procedure',
  'service.procedureModifier',
  'service.procedureUnits',
  'service.procedureFrequency',
  'service.procedureDescription',
]);
