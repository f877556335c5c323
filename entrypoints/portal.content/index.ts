// Content script on portal hosts (all frames): detects request forms, collects control descriptors
// (no case data), and applies fill actions the user asked for. Never opens IndexedDB: here it is
// the portal's database. Leaves no trace in the page's DOM until the user fills.
import browser from 'webextension-polyfill';
import { BUILT_IN_PORTALS, portalMatchPatterns } from '../../lib/portals/registry';
import { watchControls } from './detect';

export default defineContentScript({
  matches: portalMatchPatterns(BUILT_IN_PORTALS),
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // A user-added portal's tab may get this script twice (registered + injected when added).
    const flag = globalThis as { __scaAssistantContent?: boolean };
    if (flag.__scaAssistantContent) return;
    flag.__scaAssistantContent = true;
    watchControls(document, (controls) => {
      browser.runtime.sendMessage({ type: 'frame-hello', controls }).catch(() => {
        // The extension was reloaded or updated: this old script has nobody to talk to.
      });
    });
  },
});
