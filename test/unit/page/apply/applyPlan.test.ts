import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, undoFill } from '../../../../lib/page/apply';
import type { FillAction, FillPlan } from '../../../../lib/form/types';
import { phoneMask, reactControlled, reactSelect, sectionedDate } from './pages';

const plan = (...actions: FillAction[]): FillPlan => ({ actions, unfilled: [], recollectAfter: false });
const byId = (...ids: string[]) => new Map(ids.map((id) => [id, document.getElementById(id)!]));
const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('applyPlan on framework-controlled inputs', () => {
  it('fills a React-like controlled input so its state sees the value, and verifies it', async () => {
    document.body.innerHTML = '<form><input id="mid"><textarea id="why"></textarea></form>';
    const state: Record<string, string> = {};
    reactControlled($('mid'), state, 'memberId');
    reactControlled($<HTMLTextAreaElement>('why'), state, 'why');
    const { reports } = await applyPlan(
      plan(
        { fieldId: 'mid', key: 'member.memberId', kind: 'set-value', value: 'W123456789', preview: '' },
        { fieldId: 'why', key: 'clinicalRationale', kind: 'set-value', value: 'Severe self-injury.', preview: '' },
      ),
      byId('mid', 'why'),
    );
    expect(state).toEqual({ memberId: 'W123456789', why: 'Severe self-injury.' });
    expect(reports.map((r) => r.outcome)).toEqual(['verified', 'verified']);
  });

  it('types a masked phone key by key and verifies by digits', async () => {
    document.body.innerHTML = '<input id="ph" placeholder="(___) ___-____">';
    const mask = phoneMask($('ph'));
    const { reports } = await applyPlan(
      plan({ fieldId: 'ph', key: 'member.phone', kind: 'type-keys', text: '5125550142', preview: '(512) 555-0142' }),
      byId('ph'),
    );
    expect($('ph').value).toBe('(512) 555-0142');
    expect(mask.keys.join('')).toBe('5125550142');
    expect(reports[0]?.outcome).toBe('verified');
  });

  it('reports rejected-by-page when the page clears the value', async () => {
    document.body.innerHTML = '<input id="zip">';
    $('zip').addEventListener('change', () => setTimeout(() => ($('zip').value = ''), 0));
    const { reports } = await applyPlan(
      plan({ fieldId: 'zip', key: 'member.address.zip', kind: 'set-value', value: '78704', preview: '' }),
      byId('zip'),
    );
    expect(reports[0]).toMatchObject({ outcome: 'rejected-by-page' });
  });

  it('types a sectioned date section by section', async () => {
    document.body.innerHTML = '<div id="start"></div>';
    sectionedDate($('start'));
    const { reports } = await applyPlan(
      plan({
        fieldId: 'start',
        key: 'service.startDate',
        kind: 'type-keys',
        text: '12012026',
        sections: ['12', '01', '2026'],
        preview: '',
      }),
      byId('start'),
    );
    expect($('start').textContent).toBe('12/01/2026');
    expect(reports[0]?.outcome).toBe('verified');
  });
});

describe('applyPlan on selects, radios and checkboxes', () => {
  it('selects the option and dispatches change; clicks radios and checkboxes whose state differs', async () => {
    document.body.innerHTML = `
      <select id="pos"><option value="">Select</option><option value="11">Office (11)</option><option value="12">Home (12)</option></select>
      <input type="radio" name="sex" id="sex-f" value="F"><input type="radio" name="sex" id="sex-m" value="M">
      <input type="checkbox" id="r0"><input type="checkbox" id="r1" checked>`;
    const changes: string[] = [];
    document.body.addEventListener('change', (e) => changes.push((e.target as HTMLElement).id));
    let clicks = 0;
    $('r1').addEventListener('click', () => clicks++);
    const { reports } = await applyPlan(
      plan(
        { fieldId: 'pos', key: 'service.placeOfService', kind: 'select-option', value: '12', text: 'Home (12)', preview: '' },
        { fieldId: 'sex', key: 'member.sex', kind: 'check', optionId: 'sex-m', checked: true, preview: '' },
        { fieldId: 'reasons', key: 'exceptionReasons', kind: 'check', optionId: 'r0', checked: true, preview: '' },
        { fieldId: 'reasons', key: 'exceptionReasons', kind: 'check', optionId: 'r1', checked: true, preview: '' },
      ),
      byId('pos', 'sex-m', 'r0', 'r1'),
    );
    expect($<HTMLSelectElement>('pos').value).toBe('12');
    expect($('sex-m').checked && $('r0').checked && $('r1').checked).toBe(true);
    expect(clicks).toBe(0);
    expect(changes).toEqual(expect.arrayContaining(['pos', 'sex-m', 'r0']));
    expect(reports.map((r) => r.outcome)).toEqual(['verified', 'verified', 'verified', 'verified']);
  });
});

describe('applyPlan on comboboxes', () => {
  it('types the query, waits for late options and clicks the matching one', async () => {
    document.body.innerHTML = '<div id="state"></div>';
    const rs = reactSelect($('state'), ['Tennessee', 'Texas', 'Utah'], 120);
    const input = $('state').querySelector('input')!;
    input.id = 'state-input';
    const { reports } = await applyPlan(
      plan({
        fieldId: 'state-input',
        key: 'member.address.state',
        kind: 'combobox-choose',
        query: 'Texas',
        accept: ['tx', 'texas'],
        preview: 'Texas',
      }),
      byId('state-input'),
    );
    expect(rs.selected()).toBe('Texas');
    expect(reports[0]?.outcome).toBe('verified');
  });

  it('picks from a combobox inside a shadow root whose options are listed in that root', async () => {
    document.body.innerHTML = '<provider-card id="card"></provider-card>';
    const shadow = $('card').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="state"></div>';
    const rs = reactSelect(shadow.getElementById('state')!, ['Tennessee', 'Texas', 'Utah'], 20, { menuInRoot: true });
    const input = shadow.querySelector('input')!;
    const { reports } = await applyPlan(
      plan({
        fieldId: 'state-input',
        key: 'member.address.state',
        kind: 'combobox-choose',
        query: 'Texas',
        accept: ['tx', 'texas'],
        preview: 'Texas',
      }),
      new Map([['state-input', input]]),
    );
    expect(rs.selected()).toBe('Texas');
    expect(reports[0]?.outcome).toBe('verified');
  });

  it('reports rejected-by-page when no option matches in time, leaving no typed text', async () => {
    document.body.innerHTML = '<div id="dx"></div>';
    reactSelect($('dx'), ['F84.0 - Autistic disorder'], 10);
    const input = $('dx').querySelector('input')!;
    input.id = 'dx-input';
    const { reports } = await applyPlan(
      plan({ fieldId: 'dx-input', key: 'service.diagnosis', kind: 'combobox-choose', query: 'F90.2', accept: ['f90 2'], preview: '' }),
      byId('dx-input'),
      { comboboxTimeoutMs: 150 },
    );
    expect(reports[0]?.outcome).toBe('rejected-by-page');
    expect(input.value).toBe('');
  });
});

describe('applyPlan when the page changes', () => {
  it('clicks add-row without submitting, and reports the new row', async () => {
    document.body.innerHTML =
      '<form id="f"><table><tbody id="rows"><tr><td><input></td></tr></tbody></table><button id="add">Add row</button></form>';
    let submitted = 0;
    $('f').addEventListener('submit', () => submitted++);
    $('add').addEventListener('click', () => $('rows').insertAdjacentHTML('beforeend', '<tr><td><input></td></tr>'));
    const { reports } = await applyPlan(
      plan({ fieldId: 'add', key: 'service.procedure', kind: 'click-add-row', preview: '' }),
      byId('add'),
    );
    expect($('rows').querySelectorAll('input')).toHaveLength(2);
    expect(submitted).toBe(0);
    expect(reports[0]?.outcome).toBe('verified');
  });

  it('reports error for an element removed mid-fill and goes on with the rest', async () => {
    document.body.innerHTML = '<input id="a"><input id="b"><input id="c">';
    $('a').addEventListener('change', () => $('b').remove());
    const result = applyPlan(
      plan(
        { fieldId: 'a', key: 'member.firstName', kind: 'set-value', value: 'Jordan', preview: '' },
        { fieldId: 'b', key: 'member.lastName', kind: 'set-value', value: 'Rivera', preview: '' },
        { fieldId: 'c', key: 'member.memberId', kind: 'set-value', value: 'W1', preview: '' },
      ),
      byId('a', 'b', 'c'),
    );
    await expect(result).resolves.toBeDefined();
    expect((await result).reports.map((r) => r.outcome)).toEqual(['verified', 'error', 'verified']);
  });

  it('refuses to touch a password input', async () => {
    document.body.innerHTML = '<input id="pw" type="password">';
    const { reports } = await applyPlan(
      plan({ fieldId: 'pw', key: 'member.memberId', kind: 'set-value', value: 'x', preview: '' }),
      byId('pw'),
    );
    expect($('pw').value).toBe('');
    expect(reports[0]?.outcome).toBe('skipped');
  });
});

describe('undoFill', () => {
  it('restores previous values, selections and checks with events the app sees', async () => {
    document.body.innerHTML = `<input id="name" value="Old name">
      <select id="sel"><option value="a">A</option><option value="b">B</option></select>
      <input type="radio" name="p" id="p0" checked><input type="radio" name="p" id="p1">
      <input type="checkbox" id="cb">`;
    const state: Record<string, string> = {};
    reactControlled($('name'), state, 'name');
    const elements = byId('name', 'sel', 'p0', 'p1', 'cb');
    const { undo } = await applyPlan(
      plan(
        { fieldId: 'name', key: 'member.firstName', kind: 'set-value', value: 'Jordan', preview: '' },
        { fieldId: 'sel', key: 'member.sex', kind: 'select-option', value: 'b', text: 'B', preview: '' },
        { fieldId: 'p', key: 'request.priority', kind: 'check', optionId: 'p1', checked: true, preview: '' },
        { fieldId: 'cb', key: 'continuity.activeTreatment', kind: 'check', checked: true, preview: '' },
      ),
      elements,
    );
    expect(state.name).toBe('Jordan');
    expect($('p1').checked).toBe(true);
    const result = await undoFill(undo, elements);
    expect(result).toEqual({ restored: 4, notRestored: [] });
    expect($('name').value).toBe('Old name');
    expect(state.name).toBe('Old name');
    expect($<HTMLSelectElement>('sel').value).toBe('a');
    expect($('p0').checked).toBe(true);
    expect($('p1').checked).toBe(false);
    expect($('cb').checked).toBe(false);
  });
});

describe('applyPlan gives the page its thread back', () => {
  it('lets the page run between slices of a long fill, and still fills and verifies every field', async () => {
    // Each field's input handler costs the page 2 ms, as a large form's style and layout do.
    const ids = Array.from({ length: 20 }, (_, i) => `f${i}`);
    document.body.innerHTML = ids.map((id) => `<input id="${id}">`).join('');
    let filled = 0;
    for (const id of ids)
      $(id).addEventListener('input', () => {
        filled++;
        const until = performance.now() + 2;
        while (performance.now() < until);
      });
    // Page work queued before the fill starts (a click, a render): it must not wait for the whole fill.
    let filledWhenPageRan = -1;
    setTimeout(() => (filledWhenPageRan = filled), 0);
    const { reports } = await applyPlan(
      plan(...ids.map((id): FillAction => ({ fieldId: id, key: 'member.memberId', kind: 'set-value', value: `v-${id}`, preview: '' }))),
      byId(...ids),
    );
    expect(reports.map((r) => r.outcome)).toEqual(ids.map(() => 'verified'));
    // The queued work ran while the fill was under way, not after it.
    expect(filledWhenPageRan).toBeGreaterThanOrEqual(0);
    expect(filledWhenPageRan).toBeLessThan(ids.length);
  });
});
