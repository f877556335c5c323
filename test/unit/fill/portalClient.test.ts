// The side panel's line to a portal tab reads every answer where it arrives: an answer of the wrong
// shape, from the background or from a frame, ends in a sentence for the user, never a crash, and
// a frame that answers oddly does not keep the others from being asked.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { focusedFieldInfo, getTabStatus, insertIntoFocusedField, sendToFrame } from '../../../lib/fill/portalClient';
import { NO_ANSWER } from '../../../lib/protocol/frameAnswers';
import type { PageToBackground } from '../../../lib/protocol/background';

const TAB = 7;

/** The background of a tab whose allowed frames answer as given: a raw answer, or an Error for a frame it refuses. */
function background(frames: Record<number, unknown>) {
  const asked: { frameId: number; op: string }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const m = message as PageToBackground;
    if (m.type === 'tab-status') {
      const ids = Object.keys(frames).map(Number);
      return {
        tabId: TAB,
        portal: { id: 'availity', name: 'Availity' },
        frames: ids.map((frameId) => ({ frameId, origin: 'https://apps.availity.com', portalId: 'availity', controls: 4 })),
        refusedFrames: 0,
      };
    }
    if (m.type !== 'frame-request') return undefined;
    asked.push({ frameId: m.frameId, op: m.request.op });
    const answer = frames[m.frameId];
    return answer instanceof Error ? { ok: false, error: answer.message } : { ok: true, result: answer };
  });
  return asked;
}

describe('asking one frame', () => {
  it('gives the frame its typed answer, or its failure in words', async () => {
    background({
      0: { references: [{ label: 'Decision ID', value: 'D-2026-1142' }] },
      3: { ok: false, error: 'SCA Assistant could not start that on this page.' },
    });
    expect(await sendToFrame(TAB, 0, { op: 'scan-references' })).toEqual({ references: [{ label: 'Decision ID', value: 'D-2026-1142' }] });
    expect(await sendToFrame(TAB, 3, { op: 'scan-references' })).toEqual({
      ok: false,
      error: 'SCA Assistant could not start that on this page.',
    });
  });

  it('reads a malformed answer as a frame that did not answer', async () => {
    background({ 0: { fields: 'everything' }, 3: undefined });
    expect(await sendToFrame(TAB, 0, { op: 'collect' })).toEqual({ ok: false, error: NO_ANSWER });
    expect(await sendToFrame(TAB, 3, { op: 'undo' })).toEqual({ ok: false, error: NO_ANSWER });
  });

  it("rejects with the background's words when it refuses the frame, and says so when the background gives no answer it can read", async () => {
    background({ 5: new Error('That frame is not part of the portal on this tab, so SCA Assistant will not act on it.') });
    await expect(sendToFrame(TAB, 5, { op: 'collect' })).rejects.toThrow('That frame is not part of the portal on this tab');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: 'yes' });
    await expect(sendToFrame(TAB, 0, { op: 'collect' })).rejects.toThrow(
      'The background did not answer. Reload the extension page and try again.',
    );
    await expect(getTabStatus(TAB)).rejects.toThrow('SCA Assistant could not read the state of that tab. Reload the portal page.');
  });
});

describe('inserting a text into the focused field of a portal tab', () => {
  it('goes on past a frame that answers oddly, and stops at the frame that took the text', async () => {
    const inserted = { ok: true, inserted: 'Hello', cut: false, boundary: 'none', fieldLabel: 'Clinical notes' };
    const asked = background({
      0: { ok: 'maybe' },
      3: inserted,
      9: { ok: false, error: 'No field has focus in this frame.', noFocus: true },
    });
    expect(await insertIntoFocusedField(TAB, 'Hello')).toEqual(inserted);
    expect(asked).toEqual([
      { frameId: 0, op: 'insert-text' },
      { frameId: 3, op: 'insert-text' },
    ]);
  });

  it('tells the user when the only frames either lack the caret or answer oddly', async () => {
    background({ 0: { ok: 'maybe' }, 3: { ok: false, error: 'No field has focus in this frame.', noFocus: true } });
    expect(await insertIntoFocusedField(TAB, 'Hello')).toEqual({ ok: false, error: NO_ANSWER });
    background({ 0: { ok: false, error: 'No field has focus in this frame.', noFocus: true } });
    expect(await insertIntoFocusedField(TAB, 'Hello')).toEqual({ ok: false, error: 'Click into the portal text box first, then insert.' });
  });
});

describe("the focused field's limit", () => {
  it('comes from the frame holding the caret, past frames that answer oddly', async () => {
    const asked = background({
      0: { focused: true },
      2: { focused: false },
      3: { focused: true, label: 'Reason', maxLength: 250 },
      4: { focused: true, label: 'Other' },
    });
    expect(await focusedFieldInfo(TAB)).toEqual({ label: 'Reason', maxLength: 250 });
    expect(asked.map((a) => a.frameId)).toEqual([0, 2, 3]);
  });

  it('is none when no frame answers in a way that can be read', async () => {
    background({ 0: 'focused', 3: null });
    expect(await focusedFieldInfo(TAB)).toBeUndefined();
  });
});
