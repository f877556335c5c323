// The background trusts nothing: messages of the wrong shape or from the wrong kind of sender are
// dropped, and requests only reach frames whose origin is the tab's portal.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, tabStatus } from '../../../entrypoints/background/router';
import { framesOf } from '../../../entrypoints/background/frames';

const EXT = fakeBrowser.runtime.id;
const extensionPage = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };
const portalFrame = (frameId: number, origin: string, tabId = 7) => ({
  id: EXT,
  url: `${origin}/form.html`,
  origin,
  frameId,
  tab: { id: tabId },
});

async function hello(sender: object, message: unknown = { type: 'frame-hello', controls: 12 }) {
  await handleMessage(message, sender as never);
}

describe('background router', () => {
  it('records frames that content scripts report, and ignores malformed reports', async () => {
    await hello(portalFrame(0, 'https://apps.availity.com'));
    await hello(portalFrame(3, 'https://apps.availity.com'), { type: 'frame-hello', controls: -1 });
    await hello(portalFrame(4, 'https://apps.availity.com'), { type: 'frame-request', tabId: 7, frameId: 0, request: { op: 'collect' } });
    expect((await framesOf(7)).map((f) => f.frameId)).toEqual([0]);
  });

  it('ignores messages from other extensions and from web pages', async () => {
    await hello({ ...portalFrame(0, 'https://apps.availity.com'), id: 'another-extension' });
    expect(await framesOf(7)).toEqual([]);
    const forged = handleMessage({ type: 'tab-status', tabId: 7 }, { id: 'another-extension', url: 'https://evil.example/' } as never);
    expect(forged).toBeUndefined();
  });

  it('does not let a content script use the page-only requests', () => {
    const answer = handleMessage(
      { type: 'frame-request', tabId: 7, frameId: 0, request: { op: 'collect' } },
      portalFrame(0, 'https://apps.availity.com') as never,
    );
    expect(answer).toBeUndefined();
  });

  it('refuses requests to frames of another origin or to sandboxed (opaque) frames', async () => {
    await hello(portalFrame(0, 'https://apps.availity.com'));
    await hello(portalFrame(5, 'https://ads.example.org'));
    await hello(portalFrame(6, 'null'));
    const status = await tabStatus(7);
    expect(status.portal?.id).toBe('availity');
    expect(status.frames.map((f) => f.frameId)).toEqual([0]);
    expect(status.refusedFrames).toBe(2);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    for (const frameId of [5, 6]) {
      const answer = (await handleMessage(
        { type: 'frame-request', tabId: 7, frameId, request: { op: 'collect' } },
        extensionPage as never,
      )) as { ok: boolean; error?: string };
      expect(answer.ok).toBe(false);
      expect(answer.error).toMatch(/not part of the portal/);
    }
    expect(send).not.toHaveBeenCalled();
  });

  it('drops page messages of the wrong shape', () => {
    expect(handleMessage({ type: 'frame-request', tabId: 'x', frameId: 0 }, extensionPage as never)).toBeUndefined();
    expect(handleMessage({ type: 'delete-everything' }, extensionPage as never)).toBeUndefined();
    expect(handleMessage(null, extensionPage as never)).toBeUndefined();
    // Gone from the protocol: nothing sent it.
    expect(handleMessage({ type: 'list-frames', tabId: 7 }, extensionPage as never)).toBeUndefined();
  });

  it('relays only well-formed frame requests, without what rides along, and hands back the raw answer to read', async () => {
    await hello(portalFrame(0, 'https://apps.availity.com'));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    for (const request of [{ op: 'submit' }, { op: 'insert-text', text: 42 }, { op: 'apply', actions: [{ kind: 'set-value' }] }]) {
      expect(handleMessage({ type: 'frame-request', tabId: 7, frameId: 0, request }, extensionPage as never)).toBeUndefined();
    }
    expect(send).not.toHaveBeenCalled();
    const answer = await handleMessage(
      { type: 'frame-request', tabId: 7, frameId: 0, request: { op: 'clear-highlight', selector: 'body' } },
      extensionPage as never,
    );
    expect(answer).toEqual({ ok: true, result: { ok: true } });
    expect(send).toHaveBeenLastCalledWith(7, { op: 'clear-highlight' }, { frameId: 0 });
  });
});
