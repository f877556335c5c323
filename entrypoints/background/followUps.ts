// Follow-up reminders: an alarm (it survives browser restarts) checks the pending cases, shows the
// number due on the toolbar badge, and raises one notification per case and due date.
import browser from 'webextension-polyfill';
import { getDb } from '../../lib/store/instance';
import { dueFollowUps } from '../../lib/clocks/followUp';
import { localDateOf } from '../../lib/clocks/calendarDate';

export const FOLLOW_UP_ALARM = 'follow-ups';
const CHECK_EVERY_MINUTES = 30;
const notifiedKey = (caseId: string) => `followUpNotified:${caseId}`;

export async function scheduleFollowUpChecks(): Promise<void> {
  const existing = await browser.alarms.get(FOLLOW_UP_ALARM);
  if (!existing) browser.alarms.create(FOLLOW_UP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
}

/** Updates the badge and notifies about follow-ups that became due since the last notice. */
export async function checkFollowUps(now = new Date()): Promise<number> {
  const db = getDb();
  const cases = await db.cases.toArray();
  const due = dueFollowUps(cases, localDateOf(now));
  await browser.action.setBadgeText({ text: due.length ? String(due.length) : '' });
  if (due.length) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  for (const d of due) {
    // Marked in the meta table, not on the case: a reminder is not an edit of the case.
    const key = notifiedKey(d.caseId);
    const last = await db.meta.get(key);
    if (last?.value === d.due) continue;
    await browser.notifications.create(`follow-up:${d.caseId}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Follow-up call due',
      message: `${d.title || 'A pending request'}: ${d.businessDaysLate ? `${d.businessDaysLate} business day(s) overdue` : 'due today'}. Call the plan and log the reference number.`,
    });
    await db.meta.put({ key, value: d.due });
  }
  return due.length;
}
