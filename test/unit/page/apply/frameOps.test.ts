// A portal frame's request handler as the side panel drives it: Undo of a fill that added code rows
// (a first round clicks "Add", a second "more" round fills the new row, Undo puts back both), and
// requests that arrive while a fill runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDescriptor, FillAction } from '../../../../lib/form/types';
import { handleFrameRequest } from '../../../../lib/page/requests';

const codes = () => [...document.querySelectorAll<HTMLInputElement>('#rows input')].map((i) => i.value);

async function collect(): Promise<FieldDescriptor[]> {
  return ((await handleFrameRequest({ op: 'collect' })) as { fields: FieldDescriptor[] }).fields;
}

/** Fills the first code box, adds a row, then fills the new row in a second round. */
async function fillTwoRounds(): Promise<void> {
  const first = await collect();
  const add = first.find((f) => f.kind === 'add-row')!;
  const [code0] = first.filter((f) => f.kind === 'text');
  const round1: FillAction[] = [
    { fieldId: code0!.id, key: 'service.procedure', kind: 'set-value', value: '97153', preview: '97153' },
    { fieldId: add.id, key: 'service.procedure', kind: 'click-add-row', preview: 'Add a procedure row' },
  ];
  await handleFrameRequest({ op: 'apply', actions: round1 });
  const code1 = (await collect()).filter((f) => f.kind === 'text')[1]!;
  await handleFrameRequest({
    op: 'apply',
    actions: [{ fieldId: code1.id, key: 'service.procedure', kind: 'set-value', value: '97155', preview: '97155' }],
    more: true,
  });
  expect(codes()).toEqual(['97153', '97155']);
}

beforeEach(async () => {
  // The extras script, as the background injects it into the frame for Undo.
  (await import('../../../../entrypoints/portal-extras/index')).default.main();
  document.body.innerHTML = `<form><table><thead><tr><th>CPT code</th></tr></thead><tbody id="rows"><tr><td><input name="cpt0" aria-label="CPT code"></td></tr></tbody></table>
    <button type="button" id="add">+ Add another procedure</button></form>`;
  let n = 1;
  document.getElementById('add')!.addEventListener('click', () => {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td><input name="cpt${n}" aria-label="CPT code ${n}"></td><td><button type="button" aria-label="Remove line">✕</button></td>`;
    n++;
    tr.querySelector('button')!.addEventListener('click', () => tr.remove());
    document.getElementById('rows')!.append(tr);
  });
});
afterEach(() => {
  delete (globalThis as { __scaExtras?: unknown }).__scaExtras;
  document.body.innerHTML = '';
});

describe('undo of a fill that added rows', () => {
  it('removes the row it added and empties the box it filled', async () => {
    expect(await handleFrameRequest({ op: 'collect' })).not.toHaveProperty('undoable');
    await fillTwoRounds();
    // Any panel that reads the frame now learns it can undo that fill (a panel opened after it, too).
    expect(await handleFrameRequest({ op: 'collect' })).toMatchObject({ undoable: true });
    const answer = await handleFrameRequest({ op: 'undo' });
    expect(await handleFrameRequest({ op: 'collect' })).not.toHaveProperty('undoable');
    expect(codes()).toEqual(['']);
    expect(answer).toMatchObject({ notRestored: [] });
    expect(answer).not.toHaveProperty('changed');
  });

  it('keeps an added row the user typed into since the fill, with what they typed, and says so', async () => {
    await fillTwoRounds();
    // The user corrects the code in the added row before asking for Undo.
    const added = document.querySelectorAll<HTMLInputElement>('#rows input')[1]!;
    added.value = '97156';
    const answer = (await handleFrameRequest({ op: 'undo' })) as { changed?: { kind: string }[] };
    expect(codes()).toEqual(['', '97156']);
    expect(answer.changed?.map((c) => c.kind).sort()).toEqual(['row', 'value']);
  });
});

describe('requests to one frame', () => {
  it('reads the page after a fill that is still running, not half-way through it', async () => {
    // A form whose inputs cost the page 2 ms each: the fill gives the thread back between slices.
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<label>Code ${i} <input name="c${i}"></label>`).join('');
    for (const input of document.querySelectorAll('input'))
      input.addEventListener('input', () => {
        const until = performance.now() + 2;
        while (performance.now() < until);
      });
    const fields = await collect();
    const filling = handleFrameRequest({
      op: 'apply',
      actions: fields.map((f): FillAction => ({ fieldId: f.id, key: 'service.procedure', kind: 'set-value', value: '97153', preview: '' })),
    });
    // The panel reads the page again while the fill runs (its rows changed the page).
    const reading = handleFrameRequest({ op: 'collect' }) as Promise<{ fields: FieldDescriptor[] }>;
    const [read] = await Promise.all([reading, filling]);
    expect(read.fields.map((f) => f.state.hasValue)).toEqual(fields.map(() => true));
  });
});
