// Service worker: wires browser events to lib/ and the feature handlers beside this file.
import browser, { type Runtime } from 'webextension-polyfill';
import { handleMessage } from './router';
import { forgetTab, forgetTabsOutside, tabNavigated } from './frames';
import { allPortals } from './portals';
import { syncUserPortals } from './userPortals';
import { checkFollowUps, FOLLOW_UP_ALARM, scheduleFollowUpChecks } from './followUps';
import { fillFocusedTab, undoKeyboardFill } from './fillCommand';
import { injectIntoOpenPortalTabs, watchPortalTabs } from './injection';

export default defineBackground({
  type: 'module',
  main() {
    // Toolbar icon opens the side panel (Chrome/Edge); Firefox opens its sidebar from the action.
    const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
    if (chromeSidePanel) {
      chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    } else {
      browser.action.onClicked.addListener(() => {
        (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => {});
      });
    }

    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));
    // Registered scripts persist, but the user may have revoked a host in the browser's settings.
    watchPortalTabs();
    // User portals first, so their open tabs are recognised too.
    void syncUserPortals()
      .catch(() => {})
      .then(() => injectIntoOpenPortalTabs())
      .catch(() => {});
    browser.permissions.onRemoved.addListener(
      () =>
        void syncUserPortals()
          .then(async () => forgetTabsOutside(await allPortals()))
          .catch(() => {}),
    );
    void scheduleFollowUpChecks();
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === FOLLOW_UP_ALARM) void checkFollowUps();
    });
    browser.runtime.onStartup.addListener(() => void checkFollowUps());
    browser.commands.onCommand.addListener((command) => {
      if (command === 'fill-form') void fillFocusedTab().catch(() => {});
    });
    // Firefox notifications have no buttons (nor this event); the fill command offers none there.
    browser.notifications.onButtonClicked?.addListener((id) => void undoKeyboardFill(id).catch(() => {}));
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      // A new top document is loading: its content scripts will report their frames again.
      if (change.status === 'loading' && change.url) void tabNavigated(tabId, change.url);
    });
  },
});
