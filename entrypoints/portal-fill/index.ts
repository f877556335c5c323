// The fill code for one portal frame, injected by the background (scripting.executeScript) when the
// side panel first asks this frame for something. Answers the requests of lib/protocol/frames (handled in lib/page/requests).
import { pageScriptRuntime } from '../../lib/page/runtime';
import { handleFrameRequest } from '../../lib/page/requests';

export default defineUnlistedScript(() => {
  const flag = globalThis as { __scaAssistantOps?: boolean };
  if (flag.__scaAssistantOps) return;
  flag.__scaAssistantOps = true;
  // Only the extension can message a content script; the background relays the side panel's requests.
  pageScriptRuntime()?.onMessage.addListener((message, _sender, sendResponse) => {
    const answer = handleFrameRequest(message);
    if (!answer) return;
    answer.then(sendResponse);
    return true;
  });
});
