// Public API of the network-access evidence: adequacy standards, per-contact breaches, the exhibit.
export type { AdequacyStandard, CareCategory, DistanceStandard, WaitStandard } from './standards';
export { adequacyStandard, careCategoryOf } from './standards';
export type { StandardBreach } from './assessAttempt';
export { assessAttempt } from './assessAttempt';
export type { ExhibitOptions } from './exhibit';
export { evidenceExhibit, attemptsByDate, EXHIBIT_TITLE } from './exhibit';
export type { TableFormat } from './plainTable';
export { plainTable } from './plainTable';
export { REQUIRED_NETWORK_ATTEMPTS, attemptGaps } from './attemptCount';
