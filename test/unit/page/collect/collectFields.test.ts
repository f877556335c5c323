// collect on small snippets: label sources, groups, widgets, rows, shadow roots, what is skipped.
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../../lib/page/collect';
import type { FieldDescriptor } from '../../../../lib/form/types';

function collect(html: string): FieldDescriptor[] {
  document.body.innerHTML = html;
  return collectFields(document).fields;
}
const labelOf = (f: FieldDescriptor | undefined, source: string) => f?.labels.find((l) => l.source === source)?.text;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('label sources', () => {
  it('records each source with its text', () => {
    const fields = collect(`
      <label for="a">Member ID *</label><input id="a">
      <label>Date of birth <input name="dob"></label>
      <span id="l1">Group</span><span id="l2">number</span><input aria-labelledby="l1 l2">
      <input aria-label="Subscriber ID">
      <input placeholder="ZIP code" title="Five digits">
      <div><span>City</span><input name="city"></div>`);
    expect(labelOf(fields[0], 'label-for')).toBe('Member ID');
    expect(labelOf(fields[1], 'wrapping-label')).toBe('Date of birth');
    expect(labelOf(fields[2], 'aria-labelledby')).toBe('Group number');
    expect(labelOf(fields[3], 'aria-label')).toBe('Subscriber ID');
    expect(labelOf(fields[4], 'placeholder')).toBe('ZIP code');
    expect(labelOf(fields[4], 'title')).toBe('Five digits');
    expect(labelOf(fields[5], 'preceding-text')).toBe('City');
  });

  it("does not take another control's label as preceding text", () => {
    const fields = collect('<div><label for="x">First name</label><input id="x"></div><div><input name="unlabelled"></div>');
    expect(fields[1]!.labels).toEqual([]);
  });

  it('reads table column and row headers', () => {
    const fields = collect(`<table><thead><tr><th>Line</th><th>CPT code</th><th>Units</th></tr></thead>
      <tbody><tr><td>1</td><td><input name="c1"></td><td><input name="u1"></td></tr>
      <tr><td>2</td><td><input name="c2"></td><td><input name="u2"></td></tr></tbody></table>`);
    expect(labelOf(fields[0], 'table-header')).toBe('CPT code');
    expect(labelOf(fields[1], 'table-header')).toBe('Units');
    expect(labelOf(fields[2], 'table-row')).toBe('2');
    expect(fields.map((f) => f.rowIndex)).toEqual([0, 0, 1, 1]);
    expect(new Set(fields.map((f) => f.rowGroup)).size).toBe(1);
  });
});

describe('sections', () => {
  it('gives the nearest heading, legend and region, nearest first', () => {
    const fields = collect(`<h1>Request</h1>
      <section aria-label="Providers"><h2>Referring provider</h2><label for="n">NPI</label><input id="n"></section>
      <fieldset><legend>Subscriber</legend><label for="s">ID</label><input id="s"></fieldset>`);
    expect(fields[0]!.section.map((s) => s.text)).toEqual(['Referring provider', 'Providers', 'Request']);
    expect(fields[1]!.section[0]).toEqual({ source: 'legend', text: 'Subscriber' });
  });

  it('does not use a heading from a sibling container', () => {
    const fields = collect('<div><h3>Patient</h3><input aria-label="Name"></div><div><input aria-label="Name"></div>');
    expect(fields[1]!.section).toEqual([]);
  });
});

describe('control kinds', () => {
  it('groups radios and checkboxes by name with option texts', () => {
    const fields = collect(`<fieldset><legend>Is this request urgent?</legend>
      <label><input type="radio" name="urgent" value="y"> Yes</label><label><input type="radio" name="urgent" value="n" checked> No</label></fieldset>
      <p>Place of service</p><input type="checkbox" name="pos" id="p1" value="11"><label for="p1">Office</label><input type="checkbox" name="pos" id="p2" value="12"><label for="p2">Home</label>
      <label><input type="checkbox" name="activeTx"> Patient is in active treatment</label>`);
    expect(fields.map((f) => f.kind)).toEqual(['radio-group', 'checkbox-group', 'checkbox']);
    expect(labelOf(fields[0], 'legend')).toBe('Is this request urgent?');
    expect(fields[0]!.options.map((o) => o.text)).toEqual(['Yes', 'No']);
    expect(fields[0]!.state.hasValue).toBe(true);
    expect(labelOf(fields[1], 'preceding-text')).toBe('Place of service');
    expect(fields[1]!.options.map((o) => [o.value, o.text])).toEqual([
      ['11', 'Office'],
      ['12', 'Home'],
    ]);
    expect(labelOf(fields[2], 'wrapping-label')).toBe('Patient is in active treatment');
  });

  it('maps option ids to the radio elements', () => {
    document.body.innerHTML = '<input type="radio" name="sex" value="M"><input type="radio" name="sex" value="F">';
    const { fields, elements } = collectFields(document);
    expect((elements.get(fields[0]!.options[1]!.id!) as HTMLInputElement).value).toBe('F');
  });

  it('describes selects with their options and textareas', () => {
    const fields = collect(
      '<select name="st"><option value="">Select</option><option value="TX">Texas</option></select><textarea name="why"></textarea>',
    );
    expect(fields[0]!.kind).toBe('select');
    expect(fields[0]!.options).toEqual([
      { value: '', text: 'Select' },
      { value: 'TX', text: 'Texas' },
    ]);
    expect(fields[0]!.state.hasValue).toBe(false);
    expect(fields[1]!.kind).toBe('textarea');
  });

  it('describes react-select, mat-select and ng-select as one combobox each', () => {
    const fields = collect(`
      <div class="rs"><label for="rs-1">Payer</label><div class="rs__control"><div class="rs__single-value is-placeholder">Select...</div><input id="rs-1" class="rs__input" role="combobox"></div><input type="hidden" name="payer" value=""></div>
      <mat-select role="combobox" aria-label="Gender"></mat-select>
      <ng-select><div class="ng-select-container"><input role="combobox" aria-label="Diagnosis"></div></ng-select>
      <div role="combobox" aria-label="Outer"><input aria-label="Inner"></div>`);
    expect(fields.map((f) => f.kind)).toEqual(['combobox', 'combobox', 'combobox', 'combobox']);
    expect(fields.map((f) => f.widgets[0])).toEqual([
      { kind: 'combobox', library: 'react-select' },
      { kind: 'combobox', library: 'mat-select' },
      { kind: 'combobox', library: 'ng-select' },
      { kind: 'combobox', library: 'aria' },
    ]);
    expect(fields[0]!.name).toBe('payer');
    expect(fields[0]!.state.hasValue).toBe(false);
  });

  it('describes a MUI sectioned date as one control with its parts', () => {
    const fields = collect(`<label id="d">Date of birth</label><div role="group" aria-labelledby="d">
      <span role="spinbutton" aria-label="Month">MM</span>/<span role="spinbutton" aria-label="Day">DD</span>/<span role="spinbutton" aria-label="Year">YYYY</span></div>
      <input aria-hidden="true" name="dob" tabindex="-1">`);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.kind).toBe('sectioned-date');
    expect(fields[0]!.widgets).toEqual([{ kind: 'sectioned-date', sections: ['month', 'day', 'year'], typing: 'sections' }]);
    expect(labelOf(fields[0], 'aria-labelledby')).toBe('Date of birth');
    expect(fields[0]!.state.hasValue).toBe(false);
  });

  it('reads a sectioned date as holding a value once a section shows digits, with or without aria-valuenow', () => {
    const date = (sections: string) =>
      collect(`<label id="d">Date of birth</label><div role="group" aria-labelledby="d">${sections}</div>`)[0]!.state.hasValue;
    const section = (label: string, text: string, attrs = '') => `<span role="spinbutton" aria-label="${label}" ${attrs}>${text}</span>`;
    expect(
      date(
        section('Month', 'MM', 'aria-valuetext="Empty"') +
          section('Day', 'DD', 'aria-valuetext="Empty"') +
          section('Year', 'YYYY', 'aria-valuetext="Empty"'),
      ),
    ).toBe(false);
    expect(date(section('Month', '04', 'aria-valuetext="04"') + section('Day', '07') + section('Year', '2019'))).toBe(true);
    expect(
      date(section('Month', 'April', 'aria-valuenow="4" aria-valuetext="April"') + section('Day', 'DD') + section('Year', 'YYYY')),
    ).toBe(true);
  });

  it('reads a Material select as holding a value from its shown choice, never from its placeholder', () => {
    const chosen = (inner: string) =>
      collect(
        `<span id="g">Gender</span><div class="mat-select" role="combobox" aria-labelledby="g" tabindex="0">${inner}<span class="mat-select-arrow">▾</span></div>`,
      )[0]!.state.hasValue;
    expect(chosen('<span class="mat-select-value">Male</span>')).toBe(true);
    expect(chosen('<span class="mat-select-placeholder">Select</span>')).toBe(false);
    // Angular Material's own markup: the value wrapper holds the placeholder while nothing is chosen.
    expect(chosen('<div class="mat-select-value"><span class="mat-select-placeholder">Select</span></div>')).toBe(false);
    expect(chosen('<div class="mat-select-value"><span class="mat-select-value-text"><span>Female</span></span></div>')).toBe(true);
  });

  it('flags split date boxes as parts of one date and shares the date label', () => {
    const fields = collect(`<div><span>Date of birth</span>
      <input name="dob_m" placeholder="MM" maxlength="2"> / <input name="dob_d" placeholder="DD" maxlength="2"> / <input name="dob_y" placeholder="YYYY" maxlength="4"></div>
      <input name="year" aria-label="Year">`);
    const parts = fields.slice(0, 3).map((f) => f.widgets.find((w) => w.kind === 'date-part'));
    expect(parts).toEqual([
      { kind: 'date-part', part: 'month', group: fields[0]!.id, width: 2 },
      { kind: 'date-part', part: 'day', group: fields[0]!.id, width: 2 },
      { kind: 'date-part', part: 'year', group: fields[0]!.id, width: 4 },
    ]);
    expect(fields[2]!.labels.map((l) => l.text)).toContain('Date of birth');
    expect(fields[3]!.widgets).toEqual([]);
  });

  it('flags masked inputs and add-row buttons', () => {
    const fields = collect(`<input aria-label="Phone" placeholder="(___) ___-____"><input aria-label="TIN" data-mask="##-#######">
      <input aria-label="Phone example" placeholder="(555) 555-5555">
      <button type="button">+ Add another diagnosis</button><button type="button">Add row</button><button>Submit</button><a href="#">Add to favourites</a>`);
    expect(fields[0]!.widgets).toEqual([{ kind: 'masked', mask: '(___) ___-____' }]);
    expect(fields[1]!.widgets).toEqual([{ kind: 'masked', mask: '##-#######' }]);
    expect(fields[2]!.widgets).toEqual([]);
    expect(fields.filter((f) => f.kind === 'add-row').map((f) => f.labels[0]!.text)).toEqual(['+ Add another diagnosis', 'Add row']);
  });

  it('numbers rows from indexed names and row containers', () => {
    const fields = collect(`<div data-line="0"><input name="lines[0].code"></div><div data-line="1"><input name="lines[1].code"></div>
      <input name="icd1"><input name="icd2"><input name="icd3">`);
    expect(fields.map((f) => f.rowIndex)).toEqual([0, 1, 0, 1, 2]);
  });
});

describe('what is skipped or protected', () => {
  it('skips hidden, disabled and hidden-type controls', () => {
    const fields = collect(`<input type="hidden" name="a"><input name="b" disabled><div hidden><input name="c"></div>
      <div style="display:none"><input name="d"></div><div style="visibility:hidden"><input name="e"></div>
      <div aria-hidden="true"><input name="f"></div><fieldset disabled><input name="g"></fieldset><input name="ok">`);
    expect(fields.map((f) => f.name)).toEqual(['ok']);
  });

  it('marks password, captcha, signature, attestation and office-use controls as protected', () => {
    const fields = collect(`<input type="password" name="pw"><input name="captcha_answer" aria-label="Type the characters">
      <input aria-label="Signature of requesting provider"><label><input type="checkbox" name="att"> I certify that the information is true</label>
      <fieldset><legend>For internal use only</legend><input aria-label="Date received"></fieldset><input aria-label="Member ID">`);
    expect(fields.map((f) => f.protected?.reason)).toEqual([
      'password',
      'captcha',
      'signature',
      'attestation',
      'office use only',
      undefined,
    ]);
  });

  it("never copies the page's values into descriptors", () => {
    const fields = collect('<input aria-label="Member ID" value="W123456789"><textarea aria-label="Notes">secret note</textarea>');
    expect(JSON.stringify(fields)).not.toMatch(/W123456789|secret note/u);
    expect(fields.map((f) => f.state.hasValue)).toEqual([true, true]);
  });
});

describe('shadow roots and frames', () => {
  it('descends into open shadow roots in document order', () => {
    document.body.innerHTML = '<input aria-label="Before"><div id="host"></div><input aria-label="After">';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h3>Subscriber</h3><label for="s">ID</label><input id="s">';
    const { fields, elements } = collectFields(document);
    expect(fields.map((f) => f.labels[0]!.text)).toEqual(['Before', 'ID', 'After']);
    expect(fields[1]!.section[0]!.text).toBe('Subscriber');
    expect(elements.get(fields[1]!.id)!.getRootNode()).toBe(shadow);
  });

  it('does not enter iframes', () => {
    const fields = collect('<iframe srcdoc="<input aria-label=Inner>"></iframe><input aria-label="Outer">');
    expect(fields.map((f) => f.labels[0]!.text)).toEqual(['Outer']);
  });
});
