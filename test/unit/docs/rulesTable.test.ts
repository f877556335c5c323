// docs/RULES.md is generated from the code; this fails when a rule or standard changed without
// `npm run rules:table`, so the published table never disagrees with what the product computes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES } from '../../../lib/clocks/rules';
import { rulesTableMarkdown } from '../../../scripts/rulesTable';

describe('docs/RULES.md', () => {
  it('matches the code (run `npm run rules:table` after changing a rule or standard)', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/RULES.md'), 'utf8');
    expect(committed).toBe(rulesTableMarkdown());
  });

  it('lists every deadline rule with its source and kind', () => {
    const table = rulesTableMarkdown();
    for (const r of DEADLINE_RULES) {
      const line = table.split('\n').find((l) => l.includes(`(\`${r.id}\`)`));
      expect([r.id, line?.includes(r.source.replace(/\|/g, '\\|'))]).toEqual([r.id, true]);
      expect(line).toContain(`| ${r.sourceKind} |`);
    }
  });

  it('lists the access standards, with the Medicaid wait standards binding from 2027-07-09', () => {
    const medicaid = rulesTableMarkdown()
      .split('\n')
      .filter((l) => l.startsWith('| Medicaid managed care |'));
    expect(medicaid.some((l) => l.includes('| 2027-07-09 |') && l.includes('10 business days'))).toBe(true);
  });
});
