import { describe, expect, it } from 'vitest';
import { scanReferenceFrames } from '../../../lib/fill/scanFrames';
import { readingAnswers, type FrameSender } from '../../../lib/protocol/frameAnswers';

const NO_EXTRAS = { ok: false, error: 'SCA Assistant could not start that on this page. Reload the page and try again.' };

/** A tab whose frames answer as given: a value, or an Error the message channel rejects with. */
function tab(answers: Record<number, unknown>): FrameSender {
  return readingAnswers(async (frameId, request) => {
    expect(request).toEqual({ op: 'scan-references' });
    const a = answers[frameId];
    if (a instanceof Error) throw a;
    return a;
  });
}

describe('finding reference numbers across the frames of a portal tab', () => {
  it('lists each value once, from every frame', async () => {
    const send = tab({
      0: { references: [{ label: 'Decision ID', value: 'D-2026-1142' }] },
      7: {
        references: [
          { label: 'Reference #', value: 'D-2026-1142' },
          { label: 'Tracking ID', value: 'TRK88213' },
        ],
      },
    });
    expect(await scanReferenceFrames(send, [0, 7])).toEqual({
      references: [
        { label: 'Decision ID', value: 'D-2026-1142' },
        { label: 'Tracking ID', value: 'TRK88213' },
      ],
    });
  });

  it('says "none" only when every frame was read', async () => {
    expect(await scanReferenceFrames(tab({ 0: { references: [] } }), [0])).toEqual({ references: [] });
  });

  it('says the page could not be read when the scan code did not start, instead of "none found"', async () => {
    const scan = await scanReferenceFrames(tab({ 0: NO_EXTRAS }), [0]);
    expect(scan.references).toEqual([]);
    expect(scan.problem).toBe('Could not read this page. SCA Assistant could not start that on this page. Reload the page and try again.');
  });

  it('says part of the page was not read, and keeps what the other frames found', async () => {
    const scan = await scanReferenceFrames(
      tab({ 0: { references: [{ label: 'Case number', value: 'C778812' }] }, 3: new Error('Could not establish connection') }),
      [0, 3],
    );
    expect(scan.references).toEqual([{ label: 'Case number', value: 'C778812' }]);
    expect(scan.problem).toBe(
      'Part of the page could not be read; numbers there are not listed. The page did not answer (it changed or closed). Reload the page and try again.',
    );
  });

  it('drops malformed entries from a frame instead of showing them', async () => {
    const scan = await scanReferenceFrames(
      tab({ 0: { references: [{ label: 'Ref', value: 42 }, null, { label: 'Auth #', value: 'A12345' }] } }),
      [0],
    );
    expect(scan).toEqual({ references: [{ label: 'Auth #', value: 'A12345' }] });
  });
});
