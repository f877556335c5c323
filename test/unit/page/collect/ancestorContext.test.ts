// What a control's ancestors tell collect, read from the walk's path: what crosses a shadow
// boundary (hiding, sections, rows) and what stops at it (labels, table cells, disabled
// fieldsets), rows only within reach, and a shadow root collected on its own.
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../../lib/page/collect';
import type { FieldDescriptor } from '../../../../lib/form/types';

function collect(html: string, shadows: Record<string, string> = {}): FieldDescriptor[] {
  document.body.innerHTML = html;
  for (const [id, inner] of Object.entries(shadows)) document.getElementById(id)!.attachShadow({ mode: 'open' }).innerHTML = inner;
  return collectFields(document).fields;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('context across shadow boundaries', () => {
  it('gives a control in a shadow root the sections and rows around its host', () => {
    const fields = collect('<fieldset><legend>Referring provider</legend><div data-row="1"><div id="host"></div></div></fieldset>', {
      host: '<label for="n">NPI</label><input id="n">',
    });
    expect(fields).toHaveLength(1);
    expect(fields[0]!.section).toEqual([{ source: 'legend', text: 'Referring provider' }]);
    expect(fields[0]!.rowIndex).toBe(0);
    expect(fields[0]!.rowGroup).toMatch(/^rows-/u);
  });

  it("hides a shadow root's controls when an ancestor of the host is hidden", () => {
    expect(
      collect('<div aria-hidden="true"><div id="host"></div></div><input aria-label="Outside">', {
        host: '<input aria-label="Inside">',
      }).map((f) => f.labels[0]?.text),
    ).toEqual(['Outside']);
  });

  it('does not take a label, table cell or disabled fieldset from outside the shadow root', () => {
    const fields = collect(
      `<label>Wrapping words <span id="a"></span></label>
       <table><tr><th>Units</th></tr><tr><td><span id="b"></span></td></tr></table>
       <fieldset disabled><span id="c"></span></fieldset>`,
      { a: '<input name="one">', b: '<input name="two">', c: '<input name="three">' },
    );
    expect(fields.map((f) => f.name)).toEqual(['one', 'two', 'three']);
    for (const f of fields) expect(f.labels.filter((l) => l.source === 'wrapping-label' || l.source === 'table-header')).toEqual([]);
  });
});

describe('row containers', () => {
  const nested = (levels: number) => `<div data-row="1">${'<div>'.repeat(levels)}<input name="code">${'</div>'.repeat(levels)}</div>`;

  it("count within eight levels of the control's parent, not beyond", () => {
    expect(collect(nested(7))[0]!.rowIndex).toBe(0);
    expect(collect(nested(8))[0]!.rowIndex).toBeUndefined();
  });

  it('number repeated containers in order', () => {
    const fields = collect('<div class="line" data-line><input name="a"></div><div class="line" data-line><input name="b"></div>');
    expect(fields.map((f) => f.rowIndex)).toEqual([0, 1]);
    expect(fields[0]!.rowGroup).toBe(fields[1]!.rowGroup);
  });
});

describe('a shadow root collected on its own', () => {
  it("still reads the host's ancestors: a hidden one hides, a legend titles", () => {
    document.body.innerHTML =
      '<fieldset><legend>Subscriber</legend><div id="shown"></div></fieldset><div hidden><div id="gone"></div></div>';
    const shown = document.getElementById('shown')!.attachShadow({ mode: 'open' });
    shown.innerHTML = '<label for="m">Member ID</label><input id="m">';
    const gone = document.getElementById('gone')!.attachShadow({ mode: 'open' });
    gone.innerHTML = '<input aria-label="Group number">';
    const fields = collectFields(shown).fields;
    expect(fields.map((f) => f.labels[0]?.text)).toEqual(['Member ID']);
    expect(fields[0]!.section[0]).toEqual({ source: 'legend', text: 'Subscriber' });
    expect(collectFields(gone).fields).toEqual([]);
  });
});

describe('roles, read only on elements that carry attributes', () => {
  it('finds role=heading, role=row and role=combobox in the document and inside a shadow root', () => {
    const fields = collect(
      '<div><div role="heading" class="title">Servicing provider</div><div role="row"><input name="npi"></div></div><div id="host"></div>',
      {
        host: '<div><span role="heading" aria-level="3">Facility</span><div role="row"><div role="combobox" aria-label="State"></div></div></div>',
      },
    );
    expect(fields.map((f) => [f.name || f.labels[0]?.text, f.kind, f.section[0]?.text, f.rowIndex])).toEqual([
      ['npi', 'text', 'Servicing provider', 0],
      ['State', 'combobox', 'Facility', 0],
    ]);
  });
});

describe('table columns', () => {
  it('counts colspans so each control gets its own column header, and a row shares its row header', () => {
    const fields = collect(`<table>
      <tr><th>Line</th><th colspan="2">Dates of service</th><th>Units</th></tr>
      <tr><td>Speech therapy</td><td><input name="from"></td><td><input name="to"></td><td><input name="units"></td></tr>
    </table>`);
    expect(
      fields.map((f) => [
        f.name,
        f.labels.find((l) => l.source === 'table-header')?.text,
        f.labels.find((l) => l.source === 'table-row')?.text,
      ]),
    ).toEqual([
      ['from', 'Dates of service', 'Speech therapy'],
      ['to', 'Dates of service', 'Speech therapy'],
      ['units', 'Units', 'Speech therapy'],
    ]);
  });
});
