// Asking every frame of a portal tab the same thing (collect, undo, highlight, find references,
// insert): one frame that fails or does not answer never stops the others, and each caller sees
// which frame answered what and which gave no answer.

/** One frame's part: its answer (which may be the frame's own failure), or why no answer came. */
export type FrameReply<A> = { frameId: number; answer: A } | { frameId: number; lost: string };

export interface FanOutOptions<A> {
  /** Ask one frame at a time, in order, and stop at the first answer this accepts (only one frame holds the caret). */
  until?: (answer: A) => boolean;
}

/** Asks each frame (all at once, unless `until`) and gives the replies in the frames' order. `index`: the frame's place in `frameIds`. */
export async function forEachFrame<A>(
  frameIds: readonly number[],
  ask: (frameId: number, index: number) => Promise<A>,
  options: FanOutOptions<A> = {},
): Promise<FrameReply<A>[]> {
  const one = (frameId: number, index: number): Promise<FrameReply<A>> =>
    Promise.resolve()
      .then(() => ask(frameId, index))
      .then(
        (answer) => ({ frameId, answer }),
        (error: unknown) => ({ frameId, lost: error instanceof Error ? error.message : String(error) }),
      );
  const { until } = options;
  if (!until) return Promise.all(frameIds.map(one));
  const replies: FrameReply<A>[] = [];
  for (const [index, frameId] of frameIds.entries()) {
    const reply = await one(frameId, index);
    replies.push(reply);
    if ('answer' in reply && until(reply.answer)) break;
  }
  return replies;
}

/** Throws the first frame's reason when any frame gave no answer (for requests whose answers say nothing, e.g. highlight). */
export function throwIfLost(replies: readonly FrameReply<unknown>[]): void {
  for (const reply of replies) if ('lost' in reply) throw new Error(reply.lost);
}
