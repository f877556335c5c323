import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, undoFill, widgetUndo, type UndoRecord } from '../../../../lib/page/apply';
import type { FillAction, FillPlan } from '../../../../lib/form/types';
import { matSelect, reactSelect, sectionedDate } from './pages';

const plan = (...actions: FillAction[]): FillPlan => ({ actions, unfilled: [], recollectAfter: false });
const byId = (...ids: string[]) => new Map(ids.map((id) => [id, document.getElementById(id)!]));
const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const widgets = widgetUndo({ comboboxTimeoutMs: 300 });
/** The frame labels entries after the fill, as the preview names the fields. */
const label = (undo: UndoRecord, names: Record<string, string>) => undo.entries.forEach((e) => (e.label = names[e.fieldId ?? ''] ?? ''));

afterEach(() => {
  document.body.innerHTML = '';
});

const stateAction = (id: string): FillAction => ({
  fieldId: id,
  key: 'member.address.state',
  kind: 'combobox-choose',
  query: 'Texas',
  accept: ['tx', 'texas'],
  preview: 'Texas',
});

describe('undo of comboboxes', () => {
  it('picks the old choice again when the combobox showed one', async () => {
    document.body.innerHTML = '<div id="st"></div>';
    const rs = reactSelect($('st'), ['Tennessee', 'Texas', 'Utah'], 30, { initial: 'Utah' });
    $('st').querySelector('input')!.id = 'st-in';
    const { undo, reports } = await applyPlan(plan(stateAction('st-in')), byId('st-in'));
    expect(reports[0]?.outcome).toBe('verified');
    expect(rs.selected()).toBe('Texas');
    const result = await undoFill(undo, byId('st-in'), widgets);
    expect(rs.selected()).toBe('Utah');
    expect($('st').querySelector('.rs__single-value')?.textContent).toBe('Utah');
    expect(result).toEqual({ restored: 1, notRestored: [] });
  });

  it('clears it with its clear control when it showed no choice', async () => {
    document.body.innerHTML = '<div id="st"></div>';
    const rs = reactSelect($('st'), ['Texas'], 10, { clearable: true });
    $('st').querySelector('input')!.id = 'st-in';
    const { undo } = await applyPlan(plan(stateAction('st-in')), byId('st-in'));
    expect(rs.selected()).toBe('Texas');
    const result = await undoFill(undo, byId('st-in'), widgets);
    expect(rs.selected()).toBeUndefined();
    expect(result.notRestored).toEqual([]);
  });

  it('clears it with Backspace when it has no clear control', async () => {
    document.body.innerHTML = '<div id="st"></div>';
    const rs = reactSelect($('st'), ['Texas'], 10);
    $('st').querySelector('input')!.id = 'st-in';
    const { undo } = await applyPlan(plan(stateAction('st-in')), byId('st-in'));
    expect(rs.selected()).toBe('Texas');
    await undoFill(undo, byId('st-in'), widgets);
    expect(rs.selected()).toBeUndefined();
  });

  it('names a choice list it cannot empty again (no clear control, ignores Backspace)', async () => {
    document.body.innerHTML = '<div id="sex"></div>';
    const ms = matSelect($('sex'), ['Female', 'Male']);
    const { undo, reports } = await applyPlan(
      plan({ fieldId: 'sex', key: 'member.sex', kind: 'combobox-choose', query: 'Male', accept: ['male', 'm'], preview: 'Male' }),
      byId('sex'),
    );
    expect(reports[0]?.outcome).toBe('verified');
    label(undo, { sex: 'Gender' });
    const result = await undoFill(undo, byId('sex'), widgets);
    expect(ms.selected()).toBe('Male');
    expect(result).toEqual({ restored: 0, notRestored: [{ label: 'Gender', kind: 'choice' }] });
    // Its option list was closed again.
    expect(document.querySelector('.cdk-overlay-pane')).toBeNull();
  });

  it('picks the old option of a choice list that had one', async () => {
    document.body.innerHTML = '<div id="sex"></div>';
    const ms = matSelect($('sex'), ['Female', 'Male']);
    $('sex').click();
    document.querySelector<HTMLElement>('mat-option')!.click();
    expect(ms.selected()).toBe('Female');
    const { undo } = await applyPlan(
      plan({ fieldId: 'sex', key: 'member.sex', kind: 'combobox-choose', query: 'Male', accept: ['male', 'm'], preview: 'Male' }),
      byId('sex'),
    );
    expect(ms.selected()).toBe('Male');
    const result = await undoFill(undo, byId('sex'), widgets);
    expect(ms.selected()).toBe('Female');
    expect(result.notRestored).toEqual([]);
  });

  it('without the widget code, names the combobox rather than claiming it is back', async () => {
    document.body.innerHTML = '<div id="st"></div>';
    reactSelect($('st'), ['Texas'], 10, { clearable: true });
    $('st').querySelector('input')!.id = 'st-in';
    const { undo } = await applyPlan(plan(stateAction('st-in')), byId('st-in'));
    label(undo, { 'st-in': 'State' });
    const result = await undoFill(undo, byId('st-in'));
    expect(result.notRestored).toEqual([{ label: 'State', kind: 'choice' }]);
  });
});

describe('undo of sectioned dates', () => {
  const dateAction: FillAction = {
    fieldId: 'd',
    key: 'member.dob',
    kind: 'type-keys',
    text: '04072019',
    sections: ['04', '07', '2019'],
    preview: '',
  };

  it('empties the sections of a date that was empty', async () => {
    document.body.innerHTML = '<div id="d"></div>';
    sectionedDate($('d'));
    const { undo } = await applyPlan(plan(dateAction), byId('d'));
    expect($('d').textContent).toBe('04/07/2019');
    const result = await undoFill(undo, byId('d'), widgets);
    expect($('d').textContent).toBe('MM/DD/YYYY');
    expect(result).toEqual({ restored: 1, notRestored: [] });
  });

  it('types the old date back', async () => {
    document.body.innerHTML = '<div id="d"></div>';
    sectionedDate($('d'), ['11', '30', '2018']);
    const { undo } = await applyPlan(plan(dateAction), byId('d'));
    expect($('d').textContent).toBe('04/07/2019');
    await undoFill(undo, byId('d'), widgets);
    expect($('d').textContent).toBe('11/30/2018');
  });

  it('names a date whose sections ignore Backspace', async () => {
    document.body.innerHTML = '<div id="d"></div>';
    sectionedDate($('d'));
    const { undo } = await applyPlan(plan(dateAction), byId('d'));
    // This widget only lets sections be replaced, never emptied.
    for (const s of $('d').querySelectorAll('[role=spinbutton]'))
      s.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Backspace' && e.stopImmediatePropagation(), { capture: true });
    label(undo, { d: 'Date of birth' });
    const result = await undoFill(undo, byId('d'), widgets);
    expect($('d').textContent).toBe('04/07/2019');
    expect(result.notRestored).toEqual([{ label: 'Date of birth', kind: 'sections' }]);
  });
});

describe('undo of added rows', () => {
  const page = (removable: boolean) => {
    document.body.innerHTML =
      '<form id="f"><table><tbody id="rows"><tr><td><input name="c0"></td></tr></tbody></table><button id="add">Add row</button></form>';
    let n = 1;
    $('add').addEventListener('click', (e) => {
      e.preventDefault();
      const tr = document.createElement('tr');
      tr.innerHTML = `<td><input name="c${n++}"></td>${removable ? '<td><button type="button" aria-label="Remove line">✕</button></td>' : ''}`;
      tr.querySelector('button')?.addEventListener('click', () => tr.remove());
      $('rows').append(tr);
    });
  };
  const add: FillAction = { fieldId: 'add', key: 'service.procedure', kind: 'click-add-row', preview: '' };

  it('removes each row the fill added with its own remove button, and keeps the first', async () => {
    page(true);
    const { undo } = await applyPlan(plan(add, add), byId('add'));
    expect($('rows').children).toHaveLength(3);
    const result = await undoFill(undo, byId('add'), widgets);
    expect([...$('rows').querySelectorAll('input')].map((i) => i.name)).toEqual(['c0']);
    expect(result).toEqual({ restored: 2, notRestored: [] });
  });

  it('reports each added row it cannot remove', async () => {
    page(false);
    const { undo } = await applyPlan(plan(add, add), byId('add'));
    const result = await undoFill(undo, byId('add'), widgets);
    expect($('rows').children).toHaveLength(3);
    expect(result.notRestored.map((n) => n.kind)).toEqual(['row', 'row']);
  });
});

describe('undo of radios', () => {
  it('names a radio group that had nothing chosen (no click can empty it again)', async () => {
    document.body.innerHTML = '<input type="radio" name="pos" id="p11"><input type="radio" name="pos" id="p12">';
    const { undo } = await applyPlan(
      plan({ fieldId: 'pos', key: 'service.placeOfService', kind: 'check', optionId: 'p12', checked: true, preview: '' }),
      byId('p11', 'p12'),
    );
    label(undo, { pos: 'Service setting' });
    const result = await undoFill(undo, byId('p11', 'p12'), widgets);
    expect($('p12').checked).toBe(false);
    expect(result).toEqual({ restored: 0, notRestored: [{ label: 'Service setting', kind: 'checked' }] });
  });
});

describe('undo after the user changed a filled field', () => {
  it('keeps what the user typed or picked after the fill, names it, and puts the rest back', async () => {
    document.body.innerHTML = `<input id="mid" value=""><input id="phone" value="555">
      <input type="radio" name="set" id="set-office" value="11"><input type="radio" name="set" id="set-home" value="12" checked><input type="radio" name="set" id="set-tele" value="02">`;
    const { undo } = await applyPlan(
      plan(
        { fieldId: 'mid', key: 'member.memberId', kind: 'set-value', value: 'W123456789', preview: '' },
        { fieldId: 'phone', key: 'contact.phone', kind: 'set-value', value: '(512) 555-0199', preview: '' },
        { fieldId: 'set', key: 'service.placeOfService', kind: 'check', optionId: 'set-office', checked: true, preview: '' },
      ),
      byId('mid', 'phone', 'set-office'),
    );
    label(undo, { mid: 'Member ID', phone: 'Phone', set: 'Service setting' });
    expect($('set-office').checked).toBe(true);
    // After the fill the user corrects the member ID and picks a third setting.
    $('mid').value = 'W123456780';
    $('set-tele').click();

    const result = await undoFill(undo, byId('mid', 'phone', 'set-office'), widgets);
    expect($('mid').value).toBe('W123456780');
    expect($('set-tele').checked).toBe(true);
    expect($('set-home').checked).toBe(false);
    expect($('phone').value).toBe('555');
    expect(result).toEqual({
      restored: 1,
      notRestored: [],
      changed: [
        { label: 'Member ID', kind: 'value' },
        { label: 'Service setting', kind: 'checked' },
      ],
    });
  });
});
