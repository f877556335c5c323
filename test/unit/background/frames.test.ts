// Frames of one page report at the same moment: every report must be kept (a lost top frame
// leaves the panel with nothing to fill on a portal page).
import { expect, it } from 'vitest';
import { forgetFrame, forgetTab, forgetTabsOutside, framesOf, rememberFrame, tabNavigated } from '../../../entrypoints/background/frames';
import { BUILT_IN_PORTALS, type Portal } from '../../../lib/portals/registry';

const frame = (frameId: number, origin = 'https://apps.availity.com') => ({ frameId, origin, url: `${origin}/form.html`, controls: 3 });

it('keeps every frame when several report at once', async () => {
  await Promise.all([rememberFrame(9, frame(0)), rememberFrame(9, frame(5, 'null')), rememberFrame(9, frame(2))]);
  expect((await framesOf(9)).map((f) => f.frameId)).toEqual([0, 2, 5]);
});

it('does not bring back a frame forgotten while a report was being stored', async () => {
  await Promise.all([rememberFrame(4, frame(0)), rememberFrame(4, frame(1)), forgetFrame(4, 1)]);
  expect((await framesOf(4)).map((f) => f.frameId)).toEqual([0]);
  await Promise.all([rememberFrame(4, frame(3)), forgetTab(4)]);
  expect(await framesOf(4)).toEqual([]);
});

it('drops the records of tabs whose page stopped being a portal, and keeps the others', async () => {
  const mine: Portal = { ...BUILT_IN_PORTALS[0]!, id: 'user-mycareplan', name: 'MyCarePlan', domains: ['mycareplan.example'] };
  await rememberFrame(21, frame(0, 'https://provider.mycareplan.example'));
  await rememberFrame(22, frame(0));
  await rememberFrame(22, frame(3, 'null'));
  await rememberFrame(23, frame(2));
  await forgetTabsOutside([...BUILT_IN_PORTALS, mine]);
  expect((await framesOf(21)).map((f) => f.frameId)).toEqual([0]);
  await forgetTabsOutside(BUILT_IN_PORTALS);
  expect(await framesOf(21)).toEqual([]);
  // A built-in portal page keeps its frames, sandboxed ones included; a tab whose top frame has not
  // reported yet is left for that report to decide.
  expect((await framesOf(22)).map((f) => f.frameId)).toEqual([0, 3]);
  expect((await framesOf(23)).map((f) => f.frameId)).toEqual([2]);
});

it('keeps a tab whose iframe navigated (the tab reports its own URL again), forgets it when the top page changes', async () => {
  await rememberFrame(31, frame(0));
  await rememberFrame(31, frame(4));
  // Chrome's tabs.onUpdated for an iframe's new src: status 'loading' with the tab's (unchanged) URL.
  await tabNavigated(31, 'https://apps.availity.com/form.html');
  await tabNavigated(31, 'https://apps.availity.com/form.html#step-2');
  expect((await framesOf(31)).map((f) => f.frameId)).toEqual([0, 4]);
  await tabNavigated(31, 'https://apps.availity.com/other.html');
  expect(await framesOf(31)).toEqual([]);
  await rememberFrame(32, frame(0));
  await tabNavigated(32, 'https://www.example.org/');
  expect(await framesOf(32)).toEqual([]);
});
