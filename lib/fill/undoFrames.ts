// Undo of one fill across the frames it filled, for the Fill screen's button and the keyboard
// fill's notification alike: every frame is asked (one that fails does not stop the others) and
// the answer is one sentence for the user.
import type { UndoAnswer } from '../protocol/frames';
import type { FrameSender } from './session';
import { undoMessage } from './undoMessage';

export async function undoFrames(send: FrameSender, frameIds: readonly number[]): Promise<string> {
  const answers: UndoAnswer[] = [];
  let unanswered = 0;
  for (const frameId of frameIds) {
    const answer = (await send(frameId, { op: 'undo' }).catch(() => undefined)) as UndoAnswer | undefined;
    if (answer && Array.isArray(answer.notRestored)) answers.push(answer);
    else unanswered++;
  }
  if (unanswered) {
    const part = answers.length ? `${undoMessage(answers)} Part of the page did not answer` : 'Could not undo the fill: the page did not answer';
    return `${part} (it changed or closed). Check the form before you submit.`;
  }
  // The fill code keeps one record per page: none when the page was reloaded or put back already.
  const nothing = answers.every((a) => a.restored === 0 && a.notRestored.length === 0 && !a.changed?.length);
  return nothing ? 'Nothing to undo: the page was reloaded or already put back since that fill.' : undoMessage(answers);
}
