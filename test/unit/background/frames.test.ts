// Frames of one page report at the same moment: every report must be kept (a lost top frame
// leaves the panel with nothing to fill on a portal page).
import { expect, it } from 'vitest';
import { forgetFrame, forgetTab, framesOf, rememberFrame } from '../../../entrypoints/background/frames';

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
