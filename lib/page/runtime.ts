// The extension API for the scripts that run in portal pages, without webextension-polyfill:
// they use only runtime messaging, which both browsers offer as promises, and every byte there is
// paid by every portal page load (content script budget: 40 KB).
import type { ContentToBackground } from '../protocol/background';
import type { FrameAnswer } from '../protocol/frames';
import type { Failure } from '../protocol/outcome';

interface PageScriptRuntime {
  id?: string;
  /** Reports to the background; nothing here reads its answer, so it stays unknown. */
  sendMessage(message: ContentToBackground): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: unknown, sendResponse: (answer: FrameAnswer | Failure) => void) => boolean | void,
    ): void;
  };
}

export function pageScriptRuntime(): PageScriptRuntime | undefined {
  const g = globalThis as { browser?: { runtime?: PageScriptRuntime }; chrome?: { runtime?: PageScriptRuntime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}
