// "Find reference numbers" across the frames of a portal tab: every frame is asked (one that
// fails does not stop the others), values are deduplicated, and a page that could not be read is
// said so rather than shown as "None found" (which would send the user to copy numbers by hand
// from a page we never read).
import type { FrameSender } from './session';
import type { FoundReference } from '../protocol/frames';

export interface ReferenceScan {
  references: FoundReference[];
  /** Set when a frame did not answer or could not run the scan: a sentence for the user. */
  problem?: string;
}

function referencesOf(answer: unknown): FoundReference[] | undefined {
  const list = (answer as { references?: unknown } | undefined)?.references;
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((r: { label?: unknown; value?: unknown }) => (typeof r?.value === 'string' && r.value ? [{ label: String(r.label ?? ''), value: r.value }] : []));
}

export async function scanReferenceFrames(send: FrameSender, frameIds: readonly number[]): Promise<ReferenceScan> {
  const references: FoundReference[] = [];
  let failed = 0;
  let error: string | undefined;
  for (const frameId of frameIds) {
    const answer = await send(frameId, { op: 'scan-references' }).catch(() => undefined);
    const found = referencesOf(answer);
    if (!found) {
      failed++;
      const said = (answer as { error?: unknown } | undefined)?.error;
      if (typeof said === 'string' && said) error = said;
      continue;
    }
    for (const r of found) if (!references.some((a) => a.value === r.value)) references.push(r);
  }
  if (!failed) return { references };
  const reason = error ?? 'The page did not answer (it changed or closed). Reload the page and try again.';
  if (failed === frameIds.length) return { references, problem: `Could not read this page. ${reason}` };
  return { references, problem: `Part of the page could not be read; numbers there are not listed. ${reason}` };
}
