// Section texts computed once per container: a heading counts only for controls after it, and a
// container's heading still counts however many other blocks lie between it and the control.
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../../lib/page/collect';

function sections(html: string): string[][] {
  document.body.innerHTML = html;
  return collectFields(document).fields.map((f) => f.section.map((s) => s.text));
}

describe('sections on long forms', () => {
  it('gives a heading only to the controls after it in its container', () => {
    expect(sections('<div><h2>Outer</h2><div><input aria-label="a"><h3>Subscriber</h3><input aria-label="b"></div></div>')).toEqual([
      ['Outer'],
      ['Subscriber', 'Outer'],
    ]);
  });

  it('gives a radio group or checkbox the headings before it, not the heading of the next block', () => {
    const all = sections(`<div><h2>Service</h2>
      <div><span>Setting</span><label><input type="radio" name="s" value="c"> Clinic</label><label><input type="radio" name="s" value="h"> Home</label>
      <label><input type="checkbox" name="urgent"> Urgent</label>
      <h3>Codes requested</h3><input aria-label="code"></div></div>`);
    expect(all).toEqual([['Service'], ['Service'], ['Codes requested', 'Service']]);
  });

  it('does not take a select option for a heading', () => {
    const all = sections(
      '<div><h2>Member</h2><select aria-label="State"><option class="section-title">Texas</option></select><input aria-label="zip"></div>',
    );
    expect(all).toEqual([['Member'], ['Member']]);
  });

  it('keeps the form title for controls after many titled blocks', () => {
    const blocks = Array.from({ length: 60 }, (_, i) => `<div><h3>Block ${i}</h3><input aria-label="f${i}"></div>`).join('');
    const all = sections(`<form><h1>Network exception request</h1>${blocks}</form>`);
    expect(all).toHaveLength(60);
    expect(all[59]).toEqual(['Block 59', 'Network exception request']);
  });

  it('keeps legend and region texts nearest first, four at most', () => {
    const all = sections(`<section aria-label="Request"><h1>Form</h1><div role="group" aria-label="Providers"><h2>Referring</h2>
      <fieldset><legend>Address</legend><h4>Street</h4><input aria-label="x"></fieldset></div></section>`);
    expect(all[0]).toEqual(['Street', 'Address', 'Referring', 'Providers']);
  });
});
