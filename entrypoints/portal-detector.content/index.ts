// The portal detector, in every frame of a portal tab: notices forms and reports how many
// controls the frame has (a count, nothing else). Injected by the background once a portal page
// has finished loading (entrypoints/background/injection.ts) rather than declared in the manifest:
// a declared content script holds back every portal page's load event (measured ~50 ms), an
// injected one costs the page nothing until it is done loading. The fill code is injected later
// still, on the side panel's first request (entrypoints/portal-fill/). Never opens IndexedDB
// (here it would be the portal's database); leaves no trace in the page's DOM.
import { BUILT_IN_PORTALS, portalMatchPatterns } from '../../lib/portals/registry';
import { pageScriptRuntime } from '../../lib/page/runtime';
import type { ContentToBackground } from '../../lib/protocol/background';
import { watchControls, watchFrameLoads } from './detect';

export default defineContentScript({
  matches: portalMatchPatterns(BUILT_IN_PORTALS),
  registration: 'runtime',
  main() {
    // Injected again when frames load (and for user-added portals): once per document is enough.
    const flag = globalThis as { __scaAssistantContent?: boolean };
    if (flag.__scaAssistantContent) return;
    flag.__scaAssistantContent = true;
    const runtime = pageScriptRuntime();
    if (!runtime) return;
    const send = (message: ContentToBackground) =>
      runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated: this old script has nobody to talk to.
      });
    watchControls(document, (controls) => void send({ type: 'frame-hello', controls }));
    // A wizard step that adds a frame: ask the background to start this script in it too.
    watchFrameLoads(document, () => void send({ type: 'frame-loaded' }));
  },
});
