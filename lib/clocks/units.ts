// Units used against units approved per code, and the warnings that say it is time to ask for an
// extension (2-3 sessions or 10% of units left, or the end date within 14 days).
import type { CaseBundle } from '../case/schema';
import { daysBetween, formatUsDate, isCalendarDate } from '../dates/calendarDate';

export interface CodeUsage {
  code: string;
  /** Units approved; undefined when the agreement gives none for the code. */
  approved?: number;
  used: number;
  remaining?: number;
  /** Sessions logged for the code (usage entries). */
  sessions: number;
  /** Remaining units divided by the average units of a logged session; undefined without sessions. */
  sessionsLeft?: number;
}

export const SESSIONS_LEFT_WARNING = 3;
export const UNITS_FRACTION_WARNING = 0.1;
export const END_DATE_WARNING_DAYS = 14;

const normCode = (c: string) => c.trim().toUpperCase();

export function unitsByCode(bundle: CaseBundle): CodeUsage[] {
  return bundle.case.agreement.approvedCodes
    .filter((a) => a.code.trim() !== '')
    .map((a) => {
      const entries = bundle.usage.filter((u) => normCode(u.code) === normCode(a.code));
      const used = entries.reduce((n, u) => n + u.units, 0);
      const remaining = a.units === undefined ? undefined : a.units - used;
      const perSession = entries.length > 0 ? used / entries.length : 0;
      return {
        code: a.code.trim(),
        ...(a.units === undefined ? {} : { approved: a.units }),
        used,
        ...(remaining === undefined ? {} : { remaining }),
        sessions: entries.length,
        ...(remaining !== undefined && perSession > 0 ? { sessionsLeft: Math.max(0, Math.floor(remaining / perSession)) } : {}),
      };
    });
}

export interface ExtensionWarning {
  kind: 'units' | 'end-date';
  code?: string;
  /** Short line for the case view. */
  message: string;
  /** Sentence ready to paste into an extension request. */
  requestText: string;
}

const ACTIVE = ['approved', 'partially-approved'];

export function extensionWarnings(bundle: CaseBundle, today: string, endDateWarningDays = END_DATE_WARNING_DAYS): ExtensionWarning[] {
  const k = bundle.case;
  if (!ACTIVE.includes(k.status)) return [];
  const auth = k.agreement.authorizationNumber.trim();
  const authPart = auth ? ` under authorization ${auth}` : '';
  const end = k.agreement.endDate;
  const endPart = isCalendarDate(end) ? `, which ends ${formatUsDate(end)}` : '';
  const out: ExtensionWarning[] = [];
  for (const u of unitsByCode(bundle)) {
    if (u.approved === undefined || u.remaining === undefined || u.approved === 0) continue;
    const fewSessions = u.sessionsLeft !== undefined && u.sessionsLeft <= SESSIONS_LEFT_WARNING;
    const fewUnits = u.remaining <= u.approved * UNITS_FRACTION_WARNING;
    if (!fewSessions && !fewUnits) continue;
    const left =
      u.remaining <= 0
        ? 'no units remain'
        : `${u.remaining} of ${u.approved} units remain${u.sessionsLeft !== undefined ? ` (about ${u.sessionsLeft} session${u.sessionsLeft === 1 ? '' : 's'})` : ''}`;
    out.push({
      kind: 'units',
      code: u.code,
      message: `${u.code}: ${left}. Ask for an extension.`,
      requestText: `We request an extension of the single case agreement${authPart}${endPart} for ${u.code}: ${u.used} of ${u.approved} approved units have been used and ${u.remaining <= 0 ? 'none remain' : `${u.remaining} remain`}. Treatment is ongoing and continues to be medically necessary.`,
    });
  }
  if (isCalendarDate(end)) {
    const days = daysBetween(today, end);
    if (days <= endDateWarningDays) {
      const when =
        days < 0
          ? `ended ${formatUsDate(end)}`
          : days === 0
            ? 'ends today'
            : `ends ${formatUsDate(end)} (in ${days} day${days === 1 ? '' : 's'})`;
      out.push({
        kind: 'end-date',
        message: `The agreement ${when}. Ask for an extension.`,
        requestText: `We request an extension of the single case agreement${authPart}, which ${days < 0 ? 'ended' : 'ends'} ${formatUsDate(end)}. Treatment is ongoing and continues to be medically necessary; no in-network provider able to continue it has become available.`,
      });
    }
  }
  return out;
}

export interface CodeBurnDown extends CodeUsage {
  /** The extension warnings about this code. */
  warnings: ExtensionWarning[];
}

export interface UnitsBurnDown {
  codes: CodeBurnDown[];
  /** Every warning: per code, then the end date. */
  warnings: ExtensionWarning[];
  /** Usage logged under codes the agreement does not list (billing them may be denied). */
  unapproved: { code: string; used: number }[];
}

/**
 * Units approved, used and remaining per approved code, with the warnings that say to ask for an
 * extension (while the agreement is active); `endDateWarningDays` sets how near the end date warns.
 */
export function unitsBurnDown(bundle: CaseBundle, today: string, endDateWarningDays = END_DATE_WARNING_DAYS): UnitsBurnDown {
  const warnings = extensionWarnings(bundle, today, endDateWarningDays);
  const codes = unitsByCode(bundle).map((u) => ({ ...u, warnings: warnings.filter((w) => w.code === u.code) }));
  const approved = new Set(codes.map((c) => normCode(c.code)));
  const unapproved = new Map<string, number>();
  for (const u of bundle.usage) {
    const code = normCode(u.code);
    if (code && !approved.has(code)) unapproved.set(code, (unapproved.get(code) ?? 0) + u.units);
  }
  return { codes, warnings, unapproved: [...unapproved].map(([code, used]) => ({ code, used })) };
}
