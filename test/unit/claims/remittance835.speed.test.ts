// A 5 MB remittance (10,000 service lines) read and matched: the time goes to the console only; the
// budget belongs in the bench (a busy CI box makes timing assertions lie).
import { describe, expect, it } from 'vitest';
import { matchClaimsToCases } from '../../../lib/claims/matchCases';
import { read835 } from '../../../lib/claims/remittance835';
import { remittance, type ClaimSpec } from '../../fixtures/835/make835';
import { jordanBundle, mayaBundle } from './claimCases';

function bigRemittance(lines: number): string {
  const claims: ClaimSpec[] = [];
  for (let i = 0; i < lines / 2; i++) {
    const member =
      i % 3 === 0 ? { last: 'CHEN', first: 'MAYA', memberId: 'W987654321' } : { last: 'RIVERA', first: 'JORDAN', memberId: 'W123456789' };
    const day = String(1 + (i % 28)).padStart(2, '0');
    claims.push({
      claimNumber: `BIG${String(i).padStart(6, '0')}`,
      patient: member,
      auth: 'SCA-2026-0042',
      lines: [0, 1].map(() => ({
        code: '97153',
        mods: ['HO', 'U5'],
        units: 8,
        billed: 200,
        allowed: 148,
        paid: 118.4,
        date: `202612${day}`,
        cas: ['CO*45*52', 'PR*2*29.6'],
        remarks: ['N381', 'M80'],
      })),
    });
  }
  return remittance(claims);
}

describe('read835 speed', () => {
  it('reads and matches a 5 MB file with 10,000 service lines', () => {
    let text = bigRemittance(10_000);
    // Pad every claim's rendering provider name until the file is 5 MB, as real payers' names run long.
    const pad = Math.max(0, Math.ceil((5_000_000 - text.length) / 5_000));
    text = text.replaceAll('NM1*82*1*LOPEZ*ANA', `NM1*82*1*LOPEZ${'X'.repeat(pad)}*ANA`);
    const t0 = performance.now();
    const r = read835(text);
    const t1 = performance.now();
    if (!r.ok) throw new Error(r.message);
    const preview = matchClaimsToCases(r.claims, [jordanBundle().case, mayaBundle().case]);
    const t2 = performance.now();
    expect(r.claims.flatMap((c) => c.lines ?? [])).toHaveLength(10_000);
    expect(preview.placed.map((p) => p.claims.length).reduce((a, b) => a + b, 0)).toBe(5_000);
    console.log(
      `835 speed: ${(text.length / 1e6).toFixed(2)} MB, 10,000 lines: read ${Math.round(t1 - t0)} ms, matched ${Math.round(t2 - t1)} ms`,
    );
  }, 300_000);
});
