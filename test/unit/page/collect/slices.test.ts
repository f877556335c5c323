// The collect the content script runs gives the page its thread back between slices, and reads
// exactly what the one-piece collect reads (shadow roots, groups, rows and sections included).
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields, collectFieldsInSlices } from '../../../../lib/page/collect';
import { generatePage } from '../../../fixtures/generatePage';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('collect in slices', () => {
  it('describes the same fields as the one-piece collect, shadow roots included, and offers to yield as it goes', async () => {
    document.body.innerHTML = `${generatePage(300)}<div id="host"></div><h2>After the widget</h2><label>Notes <textarea name="after"></textarea></label>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h3>Referring provider</h3><label for="npi">NPI</label><input id="npi" name="refNpi"><div id="inner"></div>';
    shadow.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<label>Tax ID <input name="refTin"></label>';

    const whole = collectFields(document);
    let yields = 0;
    const sliced = await collectFieldsInSlices(document, async () => {
      yields++;
    });
    expect(JSON.stringify(sliced.fields)).toBe(JSON.stringify(whole.fields));
    expect([...sliced.elements.keys()]).toEqual([...whole.elements.keys()]);
    expect(sliced.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['refNpi', 'refTin', 'after']));
    expect(yields).toBeGreaterThan(3);
  });

  it('keeps working when the page changes the form between slices', async () => {
    document.body.innerHTML = generatePage(300);
    let changed = false;
    const sliced = await collectFieldsInSlices(document, async () => {
      if (changed) return;
      changed = true;
      // A single-page app re-renders: the last section goes away mid-read.
      document.querySelector('form')!.lastElementChild!.remove();
    });
    expect(changed).toBe(true);
    // What stayed on the page reads as before.
    const now = collectFields(document).fields;
    expect(sliced.fields.slice(0, 40).map((f) => [f.name, f.kind, f.labels[0]?.text])).toEqual(
      now.slice(0, 40).map((f) => [f.name, f.kind, f.labels[0]?.text]),
    );
  });
});
