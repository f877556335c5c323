// Public API of calls: scripts per stage, departments, one-line summaries and the case timeline.
export type { CallScript } from './callScript';
export { callScript, CALL_RECORD_REMINDERS } from './callScript';
export type { CallDepartment } from './departments';
export { callDepartments } from './departments';
export { summarizeCall, describeCall, localTimeOf } from './summarizeCall';
export type { TimelineEntry, TimelineKind } from './caseTimeline';
export { caseTimeline } from './caseTimeline';
