// The extension API for the scripts that run in portal pages, without webextension-polyfill:
// they use only runtime messaging, which both browsers offer as promises, and every byte there is
// paid by every portal page load (content script budget: 40 KB).
interface PageScriptRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | void): void;
  };
}

export function pageScriptRuntime(): PageScriptRuntime | undefined {
  const g = globalThis as { browser?: { runtime?: PageScriptRuntime }; chrome?: { runtime?: PageScriptRuntime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}
