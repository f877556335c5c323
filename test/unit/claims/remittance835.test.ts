import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read835 } from '../../../lib/claims/remittance835';
import { ClaimFieldsSchema } from '../../../lib/claims/claim';
import { HEADER, remittance, wrap835 } from '../../fixtures/835/make835';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/835', `${name}.835`), 'utf8');

describe('read835', () => {
  it('maps the claim, its people, its lines and money in cents', () => {
    const r = read835(fixture('paid-as-agreed'));
    if (!r.ok) throw new Error(r.message);
    expect(r.payer).toBe('SYNTHETIC HEALTH PLAN');
    expect(r.payee).toBe('BRIGHT STEPS ABA');
    expect(r.claims).toHaveLength(1);
    const c = ClaimFieldsSchema.parse(r.claims[0]);
    expect(c).toMatchObject({
      source: '835',
      claimNumber: 'ABA1001',
      payerClaimControlNumber: 'PCNABA1001',
      statusCode: '1',
      payer: 'SYNTHETIC HEALTH PLAN',
      patient: { lastName: 'RIVERA', firstName: 'JORDAN', memberId: 'W123456789' },
      renderingProvider: { name: 'ANA LOPEZ', npi: '1234567893' },
      authorizationNumber: 'SCA-2026-0042',
      dateFrom: '2026-11-03',
      dateTo: '2026-11-04',
      billed: 27000,
      paid: 16320,
      patientResponsibility: 4080,
      network: 'unknown',
      paymentNumber: 'EFT0001234',
      paymentDate: '2026-12-15',
    });
    expect(c.lines[1]).toMatchObject({
      dateFrom: '2026-11-04',
      code: '97155',
      modifiers: ['HO'],
      units: 2,
      billed: 7000,
      allowed: 5600,
      paid: 4480,
      patientShare: { deductible: 0, copay: 0, coinsurance: 1120, other: 0 },
      adjustments: [
        { group: 'CO', reason: '45', amount: 1400 },
        { group: 'PR', reason: '2', amount: 1120 },
      ],
    });
  });

  it('splits patient responsibility and marks out-of-network codes', () => {
    const r = read835(fixture('out-of-network'));
    if (!r.ok) throw new Error(r.message);
    const [a, b] = r.claims.map((c) => ClaimFieldsSchema.parse(c));
    expect(a!.lines[0]!.patientShare).toEqual({ deductible: 6000, copay: 0, coinsurance: 4400, other: 0 });
    expect(a!.network).toBe('unknown');
    expect(b!.network).toBe('out');
    expect(b!.lines[0]!.patientShare.other).toBe(7000);
    expect(b!.lines[0]!.remarks).toEqual(['N54']);
  });

  it('reads several claims and members from one file', () => {
    const r = read835(fixture('multiple-members'));
    if (!r.ok) throw new Error(r.message);
    expect(r.claims.map((c) => [c.claimNumber, c.patient?.memberId])).toEqual([
      ['ABA6001', 'W123456789'],
      ['ABA6002', 'W123456789'],
      ['MC7001', 'W987654321'],
      ['SO8001', 'X555000111'],
    ]);
  });

  it('reads a file with no line breaks and one with CRLF the same', () => {
    const lf = fixture('underpaid');
    const flat = read835(lf.replace(/\n/g, ''));
    const crlf = read835(lf.replace(/\n/g, '\r\n'));
    expect(flat).toEqual(read835(lf));
    expect(crlf).toEqual(read835(lf));
  });

  it.each([
    ['truncated', /Segment 20 \(SVC\) is cut off: the file ends inside it/],
    ['claim-837', /Segment 2 \(GS\), line 2: this functional group is "HC", not HP/],
    ['unknown-segment', /Segment 21 \(XYZ\), line 21: XYZ is not a segment of the 835 remittance/],
  ])('refuses %s with a message naming the segment', (name, message) => {
    const r = read835(fixture(name));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    expect('claims' in r).toBe(false);
  });

  it('names an out-of-place segment and a bad amount', () => {
    const lx = remittance([]).replace('REF*TJ*741234567~\n', 'REF*TJ*741234567~\nSVC*HC:97153*10*10~\n');
    const r1 = read835(lx);
    expect(r1).toEqual({
      ok: false,
      message: expect.stringMatching(/Segment 13 \(SVC\), line 13: a service line \(SVC\) must follow its claim/),
    });
    const bad = read835(fixture('underpaid').replace('CLP*ABA2001*1*200*96', 'CLP*ABA2001*1*2x0*96'));
    expect(bad).toEqual({ ok: false, message: expect.stringMatching(/Segment 14 \(CLP\), line 14: "2x0" in CLP03 is not an amount/) });
  });

  it('refuses a transaction set other than 835 and a file with no claims', () => {
    const st = read835(wrap835(HEADER, { transactionSet: '277' }));
    expect(st).toEqual({ ok: false, message: expect.stringMatching(/Segment 3 \(ST\), line 3: this is transaction set 277, not 835/) });
    const none = read835(wrap835(HEADER));
    expect(none).toEqual({ ok: false, message: expect.stringMatching(/no claims/) });
    expect(read835('hello')).toEqual({ ok: false, message: expect.stringMatching(/not an X12 file/) });
  });

  it("reports node-x12's envelope checks by segment: IEA02 against ISA13", () => {
    const r = read835(fixture('underpaid').replace('IEA*1*000000001', 'IEA*1*000000002'));
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/^Segment 27 \(IEA\), line 27: The value in IEA02 \(2\) does not match the value in ISA13 \(1\)/),
    });
  });

  it('checks the SE segment count', () => {
    const r = read835(fixture('underpaid').replace('SE*23*0001', 'SE*21*0001'));
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/Segment 25 \(SE\), line 25: SE01 says 21 segments but the transaction has 23/),
    });
  });
});
