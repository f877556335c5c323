// The keyboard fill (Alt+Shift+F) tells what it filled in a notification with an "Undo fill" button;
// the button puts the page back frame by frame and says how it went, as the Fill screen's Undo does.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillFocusedTab, undoKeyboardFill, UNDO_BUTTON } from '../../../entrypoints/background/fillCommand';
import { sendToAllowedFrame, tabStatus } from '../../../entrypoints/background/router';
import { planTab, runFill } from '../../../lib/fill/session';
import { setActiveCaseId } from '../../../lib/store/activeCase';
import { getDb } from '../../../lib/store/instance';
import { bundleWith } from '../clocks/bundles';

vi.mock('../../../entrypoints/background/router', () => ({ tabStatus: vi.fn(), sendToAllowedFrame: vi.fn() }));
vi.mock('../../../lib/fill/session', async (actual) => ({
  ...(await actual<typeof import('../../../lib/fill/session')>()),
  planTab: vi.fn(),
  runFill: vi.fn(),
}));

const verified = (fieldId: string) => ({ fieldId, outcome: 'verified' });
type Shown = Record<string, { message: string; buttons?: { title: string }[] }>;
const shown = async () => (await fakeBrowser.notifications.getAll()) as Shown;

async function fillWithShortcut(outcomes: { frameId: number; reports: object[] }[], plans: object[] = []) {
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  const bundle = bundleWith();
  await db.cases.add(bundle.case);
  const tab = await fakeBrowser.tabs.create({ url: 'https://apps.availity.com/sca/form.html', active: true });
  // The fake browser has no focused window to match `lastFocusedWindow` against.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
  await setActiveCaseId(db, tab.windowId!, bundle.case.id);
  vi.mocked(tabStatus).mockResolvedValue({
    tabId: tab.id!,
    portal: { id: 'availity', name: 'Availity' },
    frames: outcomes.map((o) => ({ frameId: o.frameId, origin: 'https://apps.availity.com', portalId: 'availity', controls: 20 })),
    refusedFrames: 0,
  });
  vi.mocked(planTab).mockResolvedValue([]);
  vi.mocked(runFill).mockResolvedValue({ outcomes: outcomes as never, plans: plans as never });
  vi.mocked(sendToAllowedFrame).mockResolvedValue({ ok: true });
  await fillFocusedTab();
  return tab.id!;
}

beforeEach(() => {
  // Braces: a function returned from beforeEach would run as a cleanup hook.
  vi.mocked(sendToAllowedFrame).mockReset();
});

describe('the keyboard fill and its Undo', () => {
  it('offers Undo on the notification, and the button puts back every frame it filled', async () => {
    const tabId = await fillWithShortcut([
      { frameId: 0, reports: [verified('a'), verified('b')] },
      { frameId: 3, reports: [verified('c')] },
    ]);
    const [[id, note]] = Object.entries(await shown()) as [string, Shown[string]][];
    expect(note!.message).toBe('Filled 3 field(s) on Availity. Check the page before you submit.');
    expect(note!.buttons).toEqual([{ title: UNDO_BUTTON }]);

    vi.mocked(sendToAllowedFrame).mockClear();
    vi.mocked(sendToAllowedFrame).mockImplementation(async (_tab, frameId) =>
      frameId === 0 ? { restored: 2, notRestored: [] } : { restored: 0, notRestored: [{ kind: 'checked', label: 'Service setting' }] },
    );
    await undoKeyboardFill(id!);
    expect(vi.mocked(sendToAllowedFrame).mock.calls).toEqual([
      [tabId, 0, { op: 'undo' }],
      [tabId, 3, { op: 'undo' }],
    ]);
    const after = Object.values(await shown());
    expect(after.map((n) => n.message)).toEqual([
      'Put back 2 fields. Could not undo: Service setting (choice). Change those on the page yourself.',
    ]);
    expect(after[0]!.buttons).toBeUndefined();
  });

  it('reads an undo answer it cannot make sense of as a frame that did not answer', async () => {
    await fillWithShortcut([
      { frameId: 0, reports: [verified('a'), verified('b')] },
      { frameId: 3, reports: [verified('c')] },
    ]);
    const [id] = Object.keys(await shown());
    vi.mocked(sendToAllowedFrame).mockImplementation(async (_tab, frameId) =>
      frameId === 0 ? { restored: 2, notRestored: [] } : { restored: 'all', notRestored: null },
    );
    await undoKeyboardFill(id!);
    expect(Object.values(await shown()).map((n) => n.message)).toEqual([
      'Put back 2 fields. Part of the page did not answer (it changed or closed). Check the form before you submit.',
    ]);
  });

  it('offers no Undo when nothing was filled', async () => {
    await fillWithShortcut([{ frameId: 0, reports: [{ fieldId: 'a', outcome: 'rejected-by-page' }] }]);
    const [note] = Object.values(await shown());
    expect(note!.buttons).toBeUndefined();
  });

  it('says so when the page was reloaded since (nothing to put back) or no longer answers', async () => {
    await fillWithShortcut([{ frameId: 0, reports: [verified('a')] }]);
    const [id] = Object.keys(await shown());
    vi.mocked(sendToAllowedFrame).mockResolvedValue({ restored: 0, notRestored: [] });
    await undoKeyboardFill(id!);
    expect(Object.values(await shown()).map((n) => n.message)).toEqual([
      'Nothing to undo: the page was reloaded or already put back since that fill.',
    ]);

    await fakeBrowser.notifications.clear(Object.keys(await shown())[0]!);
    vi.mocked(sendToAllowedFrame).mockImplementation(async () => {
      throw new Error('The portal page changed or closed before it could answer.');
    });
    await undoKeyboardFill(id!.replace(/:\d+$/u, ':1'));
    expect(Object.values(await shown()).map((n) => n.message)).toEqual([
      'Could not undo the fill: the page did not answer (it changed or closed). Check the form before you submit.',
    ]);
  });

  it('marks on the page what the Fill screen marks after a fill: what was filled green, and what is still empty amber (rejected or not in the case), never protected or already filled fields', async () => {
    const plan = {
      actions: [{ fieldId: 'f3', key: 'member.memberId', kind: 'set-value', value: 'W1', preview: 'W1' }],
      unfilled: [
        { fieldId: 'f1', label: 'Patient name', reason: 'already-filled' },
        { fieldId: 'f2', label: 'Fax', reason: 'no-value-in-case' },
        { fieldId: 'f9', label: 'Signature', reason: 'protected' },
      ],
      recollectAfter: false,
    };
    const tabId = await fillWithShortcut(
      [{ frameId: 0, reports: [verified('f3'), { fieldId: 'f4', outcome: 'rejected-by-page' }] }],
      [{ frameId: 0, path: '/sca/form.html', title: 'SCA', classifications: [], plan, undoable: false }],
    );
    expect(vi.mocked(sendToAllowedFrame).mock.calls).toEqual([[tabId, 0, { op: 'highlight', filled: ['f3'], unfilled: ['f2', 'f4'] }]]);
  });

  it('ignores other notifications (follow-up reminders)', async () => {
    await undoKeyboardFill('follow-up:case-1');
    expect(sendToAllowedFrame).not.toHaveBeenCalled();
  });
});
