// Content script on portal hosts (all frames): detects request forms, collects control descriptors
// (no case data), and applies fill actions the user asked for. Never opens IndexedDB: here it is
// the portal's database.
import { BUILT_IN_PORTALS, portalMatchPatterns } from '../../lib/portals/registry';

export default defineContentScript({
  matches: portalMatchPatterns(BUILT_IN_PORTALS),
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.scaAssistant = 'ready';
  },
});
