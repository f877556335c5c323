// Service worker: wires browser events to lib/ and the feature handlers beside this file.
import browser from 'webextension-polyfill';

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
  },
});
