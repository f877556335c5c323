// Frames' answers are read where they arrive: what the fill code really answers reads back as it
// is, and anything else becomes a failure in words instead of a crash further on.
import { afterEach, describe, expect, it } from 'vitest';
import { NO_ANSWER, readFrameAnswer } from '../../../lib/protocol/frameAnswers';
import type { CollectAnswer, FrameOp, FrameRequest } from '../../../lib/protocol/frames';
import { handleFrameRequest } from '../../../lib/page/requests';

afterEach(() => {
  delete (globalThis as { __scaExtras?: unknown }).__scaExtras;
  document.body.innerHTML = '';
});

describe('reading the answers of the fill code', () => {
  it('reads every answer the fill code gives exactly as it was given', async () => {
    (await import('../../../entrypoints/portal-extras/index')).default.main();
    document.body.innerHTML = `<form>
      <fieldset><legend>Member</legend>
        <label for="mid">Member ID</label><input id="mid" name="memberId" maxlength="20" required>
        <label for="tin">Tax ID</label><input id="tin" placeholder="##-#######">
        <span>Date of birth</span><input aria-label="Month" placeholder="MM" maxlength="2"><input aria-label="Day" placeholder="DD" maxlength="2"><input aria-label="Year" placeholder="YYYY" maxlength="4">
      </fieldset>
      <fieldset><legend>Setting</legend><label><input type="radio" name="setting" value="o">Outpatient</label><label><input type="radio" name="setting" value="h">Home</label></fieldset>
      <label for="state">State</label><select id="state"><option value="">Choose</option><option value="CA">California</option></select>
      <label for="notes">Clinical notes</label><textarea id="notes" maxlength="500"></textarea>
      <p>Decision ID: D-2026-1142</p>
    </form>`;
    const answers: [FrameOp, unknown][] = [];
    const ask = async (request: FrameRequest) => {
      const answer = await handleFrameRequest(request);
      answers.push([request.op, answer]);
      return answer;
    };
    await ask({ op: 'ping' });
    const collected = (await ask({ op: 'collect' })) as CollectAnswer;
    // The form has what the schema must take: options, sections, constraints and widget hints.
    expect(collected.fields.some((f) => f.options.length > 0 && f.section.length > 0)).toBe(true);
    expect(collected.fields.flatMap((f) => f.widgets.map((w) => w.kind))).toEqual(expect.arrayContaining(['masked']));
    const memberId = collected.fields.find((f) => f.htmlId === 'mid')!;
    expect(memberId.constraints).toMatchObject({ required: true, maxLength: 20 });
    await ask({ op: 'apply', actions: [{ kind: 'set-value', fieldId: memberId.id, key: 'member.memberId', preview: 'W1', value: 'W1' }] });
    await ask({ op: 'highlight', filled: [memberId.id], unfilled: [] });
    await ask({ op: 'clear-highlight' });
    await ask({ op: 'undo' });
    await ask({ op: 'scan-references' });
    await ask({ op: 'focused-field' });
    document.getElementById('notes')!.focus();
    await ask({ op: 'focused-field' });
    await ask({ op: 'insert-text', text: 'No in-network provider within 60 miles.' });
    document.getElementById('notes')!.blur();
    await ask({ op: 'insert-text', text: 'x' });

    expect(answers.map(([op]) => op)).toEqual([
      'ping',
      'collect',
      'apply',
      'highlight',
      'clear-highlight',
      'undo',
      'scan-references',
      'focused-field',
      'focused-field',
      'insert-text',
      'insert-text',
    ]);
    for (const [op, answer] of answers) expect([op, readFrameAnswer(op, answer)]).toEqual([op, answer]);
    // What those answers said, so the check above compared real answers rather than failures.
    expect(answers.map(([, a]) => a)).toEqual([
      { ok: true },
      expect.objectContaining({ fields: expect.any(Array) }),
      { reports: [expect.objectContaining({ fieldId: memberId.id, outcome: 'verified' })] },
      { ok: true },
      { ok: true },
      { restored: 1, notRestored: [] },
      { references: [{ label: 'Decision ID', value: 'D-2026-1142' }] },
      { focused: false },
      { focused: true, label: 'Clinical notes', maxLength: 500 },
      expect.objectContaining({ ok: true, fieldLabel: 'Clinical notes' }),
      expect.objectContaining({ ok: false, noFocus: true }),
    ]);
  });

  it("passes on a frame's own failure with its words", () => {
    const failure = { ok: false, error: 'SCA Assistant could not start that on this page. Reload the page and try again.' };
    for (const op of ['collect', 'apply', 'undo', 'scan-references', 'insert-text', 'focused-field'] as const)
      expect(readFrameAnswer(op, failure)).toEqual(failure);
  });

  it.each<[FrameOp, unknown]>([
    ['collect', undefined],
    ['collect', 'collect'],
    ['collect', { fields: 'all of them', path: '/', title: '' }],
    ['collect', { fields: [{ id: 'f1', labels: 'Member ID' }], path: '/', title: '' }],
    ['apply', { reports: [{ fieldId: 'f1' }] }],
    ['apply', { ok: true }],
    ['undo', { restored: '2', notRestored: [] }],
    ['undo', { restored: 1 }],
    ['scan-references', { references: 'D-2026-1142' }],
    ['insert-text', { ok: true }],
    ['focused-field', { focused: true }],
    ['ping', null],
    ['highlight', { ok: false }],
  ])('reads a malformed %s answer (%j) as a frame that did not answer', (op, answer) => {
    expect(readFrameAnswer(op, answer)).toEqual({ ok: false, error: NO_ANSWER });
  });
});
