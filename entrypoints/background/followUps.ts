// Follow-up reminders: an alarm (it survives browser restarts) checks the pending cases, shows the
// number due on the toolbar badge, and raises one notification per case and due date.
import browser from 'webextension-polyfill';
import { getDb } from '../../lib/store/instance';
import { dueFollowUps, followUpNeedsCalls } from '../../lib/clocks/followUp';
import { localDateOf } from '../../lib/dates/calendarDate';
import { lockStatus } from '../../lib/store/lock';
import { sealedFollowUpsDue } from '../../lib/store/sealedFollowUps';
import { listRecordsOfCases } from '../../lib/store/records';
import type { ScaDatabase } from '../../lib/store/db';

export const FOLLOW_UP_ALARM = 'follow-ups';
const CHECK_EVERY_MINUTES = 30;
const notifiedKey = (caseId: string) => `followUpNotified:${caseId}`;

export async function scheduleFollowUpChecks(): Promise<void> {
  const existing = await browser.alarms.get(FOLLOW_UP_ALARM);
  if (!existing) browser.alarms.create(FOLLOW_UP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
}

/**
 * The due follow-ups as the side panel counts them: a case with nothing scheduled is due an
 * interval after its last contact, logged calls included. Only those cases' calls are read.
 */
async function openFollowUpsDue(db: ScaDatabase, today: string) {
  return db.transaction('r', [db.cases, db.calls], async () => {
    const cases = await db.cases.toArray();
    const calls = await listRecordsOfCases(
      db,
      'calls',
      cases.filter(followUpNeedsCalls).map((c) => c.id),
    );
    return dueFollowUps(cases, today, calls);
  });
}

/** Updates the badge and notifies about follow-ups that became due since the last notice. */
export async function checkFollowUps(now = new Date()): Promise<number> {
  const db = getDb();
  // With the passphrase lock on the background never holds the key: it counts the clear due dates
  // of the sealed cases and names no case in the notification.
  const locked = (await lockStatus(db)) !== 'off';
  const due = locked
    ? (await sealedFollowUpsDue(db, localDateOf(now))).map((d) => ({ ...d, title: '', businessDaysLate: 0 }))
    : await openFollowUpsDue(db, localDateOf(now));
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
      // Never the case title (usually the patient's name): notifications show on a locked screen
      // and in the system's history. The side panel names the case.
      message: locked
        ? 'A follow-up call is due. Unlock SCA Assistant in the side panel to see which case.'
        : `A follow-up call is ${d.businessDaysLate ? `${d.businessDaysLate} business day(s) overdue` : 'due today'}. Open SCA Assistant to see which case, call the plan and log the reference number.`,
    });
    await db.meta.put({ key, value: d.due });
  }
  return due.length;
}
