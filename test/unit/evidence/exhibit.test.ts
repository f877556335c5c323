import { describe, expect, it } from 'vitest';
import { evidenceExhibit, EXHIBIT_TITLE } from '../../../lib/evidence';
import { attempt, bundleWith } from '../clocks/bundles';

/** Column start offsets of an aligned row, from the header's column names. */
function columnStarts(header: string, names: string[]): number[] {
  return names.map((n) => header.indexOf(n));
}

describe('evidenceExhibit', () => {
  it('lists every contact in date order with outcome, wait and distance, and nothing undefined', () => {
    const text = evidenceExhibit(bundleWith());
    expect(text.startsWith(EXHIBIT_TITLE)).toBe(true);
    expect(text).not.toMatch(/undefined|null|NaN/);
    const rows = text.split('\n').filter((l) => /^\d+ {2}/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/Hill Country Autism Center.*10\/21\/2026.*Waitlist.*120 business days.*14 mi/);
    expect(rows[1]).toMatch(/Capital Kids Behavioral.*Not accepting new patients/);
    expect(rows[2]).toMatch(/Lone Star ABA.*too far|Lone Star ABA.*Too far/);
    expect(text).toMatch(/Member: Jordan Rivera, ID W123456789/);
    expect(text).toMatch(/3 in-network providers contacted\./);
  });

  it('aligns columns: every row starts each column at the same offset', () => {
    const lines = evidenceExhibit(bundleWith({ plan: { lineOfBusiness: 'commercial-fully-insured', state: 'CA' } })).split('\n');
    const headerIndex = lines.findIndex((l) => l.startsWith('#'));
    const header = lines[headerIndex]!;
    const starts = columnStarts(header, [
      'Provider',
      'NPI',
      'Phone',
      'Contacted',
      'Outcome',
      'Wait offered',
      'Distance',
      'Over standard',
      'Notes',
    ]);
    expect(starts.every((s) => s > 0)).toBe(true);
    for (const row of lines.slice(headerIndex + 2).filter((l) => /^\d+ {2}/.test(l))) {
      for (const s of starts) expect(row[s - 1], `space before column at ${s} in "${row}"`).toBe(' ');
      for (const s of starts) expect(row[s], `column text at ${s} in "${row}"`).not.toBe(' ');
    }
  });

  it('marks contacts over the plan standard and cites it (California commercial, behavioral health)', () => {
    const text = evidenceExhibit(bundleWith({ plan: { lineOfBusiness: 'commercial-fully-insured', state: 'CA' } }));
    expect(text).toMatch(/Access standard \(California commercial\): 10 business days for non-physician mental health care/);
    expect(text).toMatch(/Source: California/);
    const hill = text.split('\n').find((l) => l.includes('Hill Country'))!;
    expect(hill).toMatch(/wait over 10 business days/);
    // California's distance figure (28 CCR 1300.51) is for primary care, so a distant ABA provider is no breach.
    const lone = text.split('\n').find((l) => l.includes('Lone Star'))!;
    expect(lone).not.toMatch(/distance over/);
  });

  it('tab-separated: one tab between each of the 10 columns, notes with tabs or newlines flattened', () => {
    const b = bundleWith(
      {},
      { attempts: [attempt({ providerName: 'A\tB Clinic', date: '2026-10-01', outcome: 'other', notes: 'line one\nline two' })] },
    );
    const rows = evidenceExhibit(b, { format: 'tsv' })
      .split('\n')
      .filter((l) => l.includes('\t'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.split('\t')).toHaveLength(10);
    expect(rows[1]).toContain('A B Clinic');
    expect(rows[1]).toContain('line one line two');
  });

  it('missing values show as "-"; an empty log says so', () => {
    const b = bundleWith({}, { attempts: [attempt({ providerName: 'No Phone Clinic' })] });
    const row = evidenceExhibit(b)
      .split('\n')
      .find((l) => l.includes('No Phone Clinic'))!;
    expect(row).not.toMatch(/undefined/);
    expect(row.split(/\s{2,}/)).toContain('-');
    expect(evidenceExhibit(bundleWith({}, { attempts: [] }))).toMatch(/No in-network contacts logged yet\./);
  });
});
