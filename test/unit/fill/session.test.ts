// A fill whose frames answer oddly: the frame is left out of the plan, or the fill stops with a
// sentence the Fill screen shows, never a crash on a missing list.
import { describe, expect, it } from 'vitest';
import { planTab, runFill, type FramePlan } from '../../../lib/fill/session';
import { NO_ANSWER, readingAnswers, type FrameSender } from '../../../lib/protocol/frameAnswers';
import type { FrameOp } from '../../../lib/protocol/frames';
import { bundleWith } from '../clocks/bundles';

/** A tab whose frames give these raw answers, per frame and request. */
function tab(answers: Record<number, Partial<Record<FrameOp, unknown>>>): FrameSender {
  return readingAnswers(async (frameId, request) => answers[frameId]?.[request.op]);
}

const options = { rules: [], portalId: 'availity' };
const planOf = (frameId: number): FramePlan => ({
  frameId,
  path: '/auth',
  title: 'Request',
  classifications: [],
  plan: {
    actions: [{ kind: 'set-value', fieldId: 'f1', key: 'member.memberId', preview: 'W1', value: 'W1' }],
    unfilled: [],
    recollectAfter: false,
  },
  undoable: false,
});

describe('a fill when a frame answers oddly', () => {
  it('plans the frames that answered and leaves out the one whose answer cannot be read', async () => {
    const send = tab({
      0: { collect: { fields: [], path: '/auth', title: 'Request' } },
      3: { collect: { fields: [{ id: 'f1' }], path: '/x', title: '' } },
    });
    const plans = await planTab(send, [0, 3], bundleWith(), options);
    expect(plans.map((p) => [p.frameId, p.path, p.title])).toEqual([[0, '/auth', 'Request']]);
  });

  it('stops with words when a frame answers the fill with something that is not a report', async () => {
    await expect(runFill(tab({ 0: { apply: { reports: 'done' } } }), [planOf(0)], bundleWith(), options)).rejects.toThrow(NO_ANSWER);
    await expect(
      runFill(
        tab({ 0: { apply: { ok: false, error: 'The page did not let SCA Assistant finish: gone' } } }),
        [planOf(0)],
        bundleWith(),
        options,
      ),
    ).rejects.toThrow('The page did not let SCA Assistant finish: gone');
  });

  it('reports what a frame that answered properly did', async () => {
    const report = { fieldId: 'f1', key: 'member.memberId', outcome: 'verified' };
    const { outcomes } = await runFill(tab({ 0: { apply: { reports: [report] } } }), [planOf(0)], bundleWith(), options);
    expect(outcomes).toEqual([{ frameId: 0, reports: [report] }]);
  });
});
