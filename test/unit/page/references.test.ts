import { describe, expect, it } from 'vitest';
import { scanReferences } from '../../../lib/page/references';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

describe('scanReferences', () => {
  it('finds label: value pairs in running text', () => {
    const refs = scanReferences(doc('<p>Your request was received. Decision ID: A2611-77120. Tracking ID #TRK00912 was assigned.</p>'));
    expect(refs).toEqual([
      { label: 'Decision ID', value: 'A2611-77120' },
      { label: 'Tracking ID', value: 'TRK00912' },
    ]);
  });
  it('finds values in neighbouring cells and definition lists', () => {
    const refs = scanReferences(
      doc('<dl><dt>Reference number</dt><dd>REF-99812</dd></dl><table><tr><th>Authorization #</th><td>AUTH553201</td></tr></table>'),
    );
    expect(refs.map((r) => r.value).sort()).toEqual(['AUTH553201', 'REF-99812']);
  });
  it('ignores dates, plain words and pages without references', () => {
    expect(scanReferences(doc('<p>Request date: 11/02/2026. Reference: pending review.</p><p>Case status: open</p>'))).toEqual([]);
    expect(scanReferences(doc('<h1>Claims search</h1><input name="q">'))).toEqual([]);
  });
});
