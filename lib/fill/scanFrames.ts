// "Find reference numbers" across the frames of a portal tab: every frame is asked (one that
// fails does not stop the others), values are deduplicated, and a page that could not be read is
// said so rather than shown as "None found" (which would send the user to copy numbers by hand
// from a page we never read).
import { NO_ANSWER, type FrameSender } from '../protocol/frameAnswers';
import type { FoundReference } from '../protocol/frames';
import { isFailure } from '../protocol/outcome';
import { forEachFrame } from './forEachFrame';

export interface ReferenceScan {
  references: FoundReference[];
  /** Set when a frame did not answer or could not run the scan: a sentence for the user. */
  problem?: string;
}

export async function scanReferenceFrames(send: FrameSender, frameIds: readonly number[]): Promise<ReferenceScan> {
  const references: FoundReference[] = [];
  let failed = 0;
  let error: string | undefined;
  for (const reply of await forEachFrame(frameIds, (frameId) => send(frameId, { op: 'scan-references' }))) {
    const answer = 'answer' in reply ? reply.answer : undefined;
    if (!answer || isFailure(answer)) {
      failed++;
      // The frame's own words; a frame the message never reached "did not answer".
      if (answer?.error) error = answer.error;
      continue;
    }
    for (const r of answer.references) if (!references.some((a) => a.value === r.value)) references.push(r);
  }
  if (!failed) return { references };
  const reason = error ?? NO_ANSWER;
  if (failed === frameIds.length) return { references, problem: `Could not read this page. ${reason}` };
  return { references, problem: `Part of the page could not be read; numbers there are not listed. ${reason}` };
}
