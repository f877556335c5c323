// Public API of the clocks: deadlines with their rules and sources, business days, follow-ups, units.
export type { Deadline, DeadlineStatus, DeadlineBasis } from './deadlines';
export { computeDeadlines, applyRule, deadlineStatus, DUE_SOON_DAYS } from './deadlines';
export type { DeadlineRule, ClockEvent, ClockUnit } from './rules';
export { DEADLINE_RULES, CLOCK_EVENT_LABELS, ruleById } from './rules';
export type { FederalHoliday } from './businessDays';
export {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  businessDaysBetween,
  federalHolidays,
  isBusinessDay,
  observedHolidayOn,
} from './businessDays';
export { daysBetween, formatUsDate, isCalendarDate, localDateOf, latestDate } from '../dates/calendarDate';
export type { DueFollowUp } from './followUp';
export {
  nextFollowUp,
  followUpDueDate,
  followUpAfterLastContact,
  followUpNeedsCalls,
  dueFollowUps,
  isFollowUpPending,
  FOLLOW_UP_STATUSES,
} from './followUp';
export type { CodeUsage, CodeBurnDown, ExtensionWarning, UnitsBurnDown } from './units';
export { unitsBurnDown, unitsByCode, extensionWarnings, SESSIONS_LEFT_WARNING, END_DATE_WARNING_DAYS } from './units';
