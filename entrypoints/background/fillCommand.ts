// The keyboard command (Alt+Shift+F): fills the focused window's portal tab from that window's
// active case, the same way the Fill screen's button does, and says what happened in a notification.
import browser from 'webextension-polyfill';
import { getDb } from '../../lib/store/instance';
import { getActiveCaseId } from '../../lib/store/activeCase';
import { loadBundle } from '../../lib/store/bundle';
import { lockStatus } from '../../lib/store/lock';
import { listFieldRules } from '../../lib/store/fieldRules';
import { planTab, runFill, summarize } from '../../lib/fill/session';
import { sendToAllowedFrame, tabStatus } from './router';

async function tell(message: string) {
  await browser.notifications.create(`fill:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'SCA Assistant',
    message,
  });
}

export async function fillFocusedTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined || tab.windowId === undefined) return;
  const status = await tabStatus(tab.id);
  if (!status.portal || status.frames.length === 0) {
    await tell('This tab is not a portal form SCA Assistant knows. Open the side panel to add the site.');
    return;
  }
  const db = getDb();
  // The key lives only in the side panel that unlocked; the background cannot open the case.
  if ((await lockStatus(db)) !== 'off') {
    await tell('Unlock SCA Assistant in the side panel first, then press the shortcut again.');
    return;
  }
  const caseId = await getActiveCaseId(db, tab.windowId);
  const bundle = caseId ? await loadBundle(db, caseId) : undefined;
  if (!bundle) {
    await tell('Choose a case in the side panel first, then press the shortcut again.');
    return;
  }
  const tabId = tab.id;
  const send = (frameId: number, request: unknown) => sendToAllowedFrame(tabId, frameId, request);
  const options = { rules: await listFieldRules(db, status.portal.id), portalId: status.portal.id };
  const plans = await planTab(send, status.frames.map((f) => f.frameId), bundle, options);
  const { outcomes } = await runFill(send, plans, bundle, options);
  const s = summarize(outcomes);
  for (const o of outcomes)
    await send(o.frameId, { op: 'highlight', filled: o.reports.filter((r) => r.outcome === 'verified').map((r) => r.fieldId), unfilled: o.reports.filter((r) => r.outcome !== 'verified').map((r) => r.fieldId) }).catch(() => undefined);
  await tell(s.verified + s.rejected + s.errors === 0 ? 'Nothing on this page to fill from the case.' : `Filled ${s.verified} field(s) on ${status.portal.name}${s.rejected ? `; ${s.rejected} rejected by the page` : ''}. Check the page before you submit.`);
}
