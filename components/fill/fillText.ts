// Words the Fill screen uses for reasons and outcomes (one place, so the preview and the report agree).
import type { FieldOutcome, UnfilledReason } from '../../lib/form/types';

export const UNFILLED_REASON_TEXT: Record<UnfilledReason, string> = {
  'no-value-in-case': 'the case has no value for it',
  'low-confidence': 'not sure what it asks for',
  protected: 'never filled (password, signature, attestation or internal use)',
  'already-filled': 'already has a value',
  'no-matching-option': 'none of its options matches the case',
};

export const OUTCOME_TEXT: Record<FieldOutcome, string> = {
  verified: 'filled',
  'rejected-by-page': 'rejected by the page',
  skipped: 'skipped',
  error: 'could not be filled',
};
