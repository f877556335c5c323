// Content script on portal hosts (all frames): only notices forms and reports how many controls
// the frame has (a count, nothing else). The fill code (collect, apply, undo, insert) is injected
// into a frame on the first request from the side panel (entrypoints/portal-ops.ts), so portal
// pages the user never fills pay for a few kilobytes only. Never opens IndexedDB: here it would be
// the portal's database. Leaves no trace in the page's DOM.
import { BUILT_IN_PORTALS, portalMatchPatterns } from '../../lib/portals/registry';
import { pageScriptRuntime } from '../../lib/messaging/extensionApi';
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
    const runtime = pageScriptRuntime();
    if (!runtime) return;
    watchControls(document, (controls) => {
      runtime.sendMessage({ type: 'frame-hello', controls }).catch(() => {
        // The extension was reloaded or updated: this old script has nobody to talk to.
      });
    });
  },
});
