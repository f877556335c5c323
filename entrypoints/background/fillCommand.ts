// The keyboard command (Alt+Shift+F): fills the focused window's portal tab from that window's
// active case, the same way the Fill screen's button does, and says what happened in a notification.
// That notification has an "Undo fill" button where notifications have buttons (Chromium, not
// Firefox). Its id names the tab and frames filled, so the button still works after the service
// worker was stopped in between; the undo record itself lives in the page, with the fill code.
import browser from 'webextension-polyfill';
import { undoFrames } from '../../lib/fill/undoFrames';
import { framesMarks } from '../../lib/fill/marks';
import { getDb } from '../../lib/store/instance';
import { getActiveCaseId } from '../../lib/store/activeCase';
import { loadBundle } from '../../lib/store/bundle';
import { lockStatus } from '../../lib/store/lock';
import { listFieldRules } from '../../lib/store/fieldRules';
import { planTab, runFill, summarize } from '../../lib/fill/session';
import { forEachFrame } from '../../lib/fill/forEachFrame';
import { readingAnswers, type FrameSender } from '../../lib/protocol/frameAnswers';
import { sendToAllowedFrame, tabStatus } from './router';

interface FilledFrames {
  tabId: number;
  frameIds: number[];
}

const UNDO_PREFIX = 'fill-undo:';
export const UNDO_BUTTON = 'Undo fill';

const undoNotificationId = ({ tabId, frameIds }: FilledFrames) => `${UNDO_PREFIX}${tabId}:${frameIds.join(',')}:${Date.now()}`;

function filledFramesOf(notificationId: string): FilledFrames | undefined {
  const m = /^fill-undo:(\d+):(\d+(?:,\d+)*):\d+$/u.exec(notificationId);
  return m ? { tabId: Number(m[1]), frameIds: m[2]!.split(',').map(Number) } : undefined;
}

async function tell(message: string, undoable?: FilledFrames) {
  const buttons = undoable && browser.notifications.onButtonClicked ? { buttons: [{ title: UNDO_BUTTON }] } : {};
  await browser.notifications.create(undoable && buttons.buttons ? undoNotificationId(undoable) : `fill:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'SCA Assistant',
    message,
    ...buttons,
  });
}

/** The keyboard fill's line to a tab's frames: answers are read here, where they arrive. */
function frameSender(tabId: number): FrameSender {
  return readingAnswers((frameId, request) => sendToAllowedFrame(tabId, frameId, request));
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
  const send = frameSender(tabId);
  const options = { rules: await listFieldRules(db, status.portal.id), portalId: status.portal.id };
  const plans = await planTab(
    send,
    status.frames.map((f) => f.frameId),
    bundle,
    options,
  );
  const filled = await runFill(send, plans, bundle, options);
  const { outcomes } = filled;
  const s = summarize(outcomes);
  // The same marks the Fill screen shows after its fill (what is still left empty turns amber too);
  // a frame that cannot show them stays as it is.
  const marks = framesMarks(filled.plans, outcomes);
  await forEachFrame(
    marks.map((m) => m.frameId),
    (frameId, i) => send(frameId, { op: 'highlight', ...marks[i]!.marks }),
  );
  const undoable = s.verified ? { tabId, frameIds: outcomes.map((o) => o.frameId) } : undefined;
  await tell(
    s.verified + s.rejected + s.errors === 0
      ? 'Nothing on this page to fill from the case.'
      : `Filled ${s.verified} field(s) on ${status.portal.name}${s.rejected ? `; ${s.rejected} rejected by the page` : ''}. Check the page before you submit.`,
    undoable,
  );
}

/** The notification's "Undo fill": puts back what that fill changed, frame by frame, and says how it went. */
export async function undoKeyboardFill(notificationId: string): Promise<void> {
  const filled = filledFramesOf(notificationId);
  if (!filled) return;
  await browser.notifications.clear(notificationId);
  await tell(await undoFrames(frameSender(filled.tabId), filled.frameIds));
}
