// A plain-text table for pasting into portals, letters and faxes: space-aligned columns for a
// monospaced page, or tab-separated cells that spreadsheets and rich editors split into columns.
export type TableFormat = 'aligned' | 'tsv';

/** Cells are flattened to one line (tabs and newlines would break the columns). */
function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').trim();
}

export function plainTable(header: readonly string[], rows: readonly (readonly string[])[], format: TableFormat = 'aligned'): string {
  const all = [header, ...rows].map((r) => header.map((_, i) => cell(r[i] ?? '')));
  if (format === 'tsv') return all.map((r) => r.join('\t')).join('\n');
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n');
}
