import { describe, expect, it } from 'vitest';
import { nextFollowUp, unitsBurnDown } from '../../../lib/clocks';
import { bundleWith, usage } from './bundles';

describe('nextFollowUp', () => {
  it('defaults to 3 business days and skips weekends and holidays', () => {
    expect(nextFollowUp('2026-11-04')).toBe('2026-11-09');
    expect(nextFollowUp('2026-11-25')).toBe('2026-12-01');
    expect(nextFollowUp('2026-11-06', 5)).toBe('2026-11-16');
  });
});

const approved = (codes: { code: string; units?: number }[], endDate = '2027-05-31') => ({
  status: 'approved' as const,
  agreement: { authorizationNumber: 'AUTH-7781', approvedCodes: codes, startDate: '2026-12-01', endDate },
});

describe('unitsBurnDown', () => {
  it('approved, used and remaining per code; usage matched case-insensitively', () => {
    const b = bundleWith(
      approved([
        { code: '97153', units: 480 },
        { code: '97155', units: 96 },
      ]),
      {
        usage: [usage('97153', '2026-12-02', 16), usage('97153', '2026-12-03', 16), usage(' 97155 ', '2026-12-03', 4)],
      },
    );
    const r = unitsBurnDown(b, '2026-12-04');
    expect(r.codes.map((c) => [c.code, c.approved, c.used, c.remaining])).toEqual([
      ['97153', 480, 32, 448],
      ['97155', 96, 4, 92],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.unapproved).toEqual([]);
  });

  it('warns to ask for an extension when about 3 sessions remain', () => {
    const sessions = Array.from({ length: 6 }, (_, i) => usage('97153', `2026-12-0${i + 1}`, 16));
    const b = bundleWith(approved([{ code: '97153', units: 144 }]), { usage: sessions });
    const r = unitsBurnDown(b, '2026-12-07');
    const row = r.codes[0]!;
    expect([row.remaining, row.sessionsLeft]).toEqual([48, 3]);
    expect(row.warnings).toHaveLength(1);
    expect(row.warnings[0]!.message).toMatch(/97153: 48 of 144 units remain \(about 3 sessions\)\. Ask for an extension/);
    expect(row.warnings[0]!.requestText).toMatch(/authorization AUTH-7781/);
  });

  it('does not warn while many sessions remain', () => {
    const b = bundleWith(approved([{ code: '97153', units: 480 }]), { usage: [usage('97153', '2026-12-02', 16)] });
    expect(unitsBurnDown(b, '2026-12-03').warnings).toEqual([]);
  });

  it('warns when the end date is within N days (default 14), configurable', () => {
    const b = bundleWith(approved([{ code: '97153', units: 480 }], '2027-05-31'));
    expect(unitsBurnDown(b, '2027-05-10').warnings).toEqual([]);
    const w = unitsBurnDown(b, '2027-05-20').warnings;
    expect(w.map((x) => x.kind)).toEqual(['end-date']);
    expect(w[0]!.message).toMatch(/ends 05\/31\/2027 \(in 11 days\)/);
    expect(unitsBurnDown(b, '2027-05-10', 30).warnings.map((x) => x.kind)).toEqual(['end-date']);
  });

  it('lists usage under codes the agreement does not approve', () => {
    const b = bundleWith(approved([{ code: '97153', units: 480 }]), {
      usage: [usage('97156', '2026-12-02', 4), usage('97156', '2026-12-09', 4)],
    });
    expect(unitsBurnDown(b, '2026-12-10').unapproved).toEqual([{ code: '97156', used: 8 }]);
  });

  it('no warnings while the agreement is not active', () => {
    const b = bundleWith({ ...approved([{ code: '97153', units: 16 }]), status: 'closed' }, { usage: [usage('97153', '2026-12-02', 16)] });
    const r = unitsBurnDown(b, '2027-05-30');
    expect(r.codes[0]!.remaining).toBe(0);
    expect(r.warnings).toEqual([]);
  });
});
