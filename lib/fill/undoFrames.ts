// Undo of one fill across the frames it filled, for the Fill screen's button and the keyboard
// fill's notification alike: every frame is asked (one that fails does not stop the others) and
// the answer is one sentence for the user.
import type { FrameSender } from '../protocol/frameAnswers';
import { isFailure } from '../protocol/outcome';
import { forEachFrame } from './forEachFrame';
import { undoMessage } from './undoMessage';

export async function undoFrames(send: FrameSender, frameIds: readonly number[]): Promise<string> {
  const replies = await forEachFrame(frameIds, (frameId) => send(frameId, { op: 'undo' }));
  const answers = replies.flatMap((r) => ('answer' in r && !isFailure(r.answer) ? [r.answer] : []));
  if (answers.length < replies.length) {
    const part = answers.length
      ? `${undoMessage(answers)} Part of the page did not answer`
      : 'Could not undo the fill: the page did not answer';
    return `${part} (it changed or closed). Check the form before you submit.`;
  }
  // The fill code keeps one record per page: none when the page was reloaded or put back already.
  const nothing = answers.every((a) => a.restored === 0 && a.notRestored.length === 0 && !a.changed?.length);
  return nothing ? 'Nothing to undo: the page was reloaded or already put back since that fill.' : undoMessage(answers);
}
