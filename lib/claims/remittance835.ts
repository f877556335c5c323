// Reads an X12 835 health care claim payment/advice (005010X221A1) into claims. The text is split
// into segments here; node-x12 builds the interchange from them and checks its envelope; this file
// walks the 835's loops in order and maps the
// segments documented in docs/835.md. Any fault stops the read: the answer is every claim in the
// file or a message naming the segment and its position, never part of a file.
import { X12Element, X12Parser, X12Segment } from 'node-x12';
import { GROUP_CODES, type Adjustment, type ClaimFieldsInput, type ClaimLineInput, type GroupCode } from './claim';
import { networkOf } from './codes';

export type Read835Result = { ok: true; claims: ClaimFieldsInput[]; payer: string; payee: string } | { ok: false; message: string };

/** A numbered segment: `number` counts from ISA = 1 (as acknowledgements count them), `line` from 1. */
interface Seg {
  tag: string;
  number: number;
  line: number;
  x12: X12Segment;
  el: (i: number) => string;
  parts: (i: number) => string[];
}

class Stop extends Error {}

const VERSION = '005010X221';

export function read835(input: string): Read835Result {
  try {
    return { ok: true, ...readOrStop(input) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, message: e.message };
    return { ok: false, message: `This file is not a readable X12 835: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readOrStop(input: string) {
  const text = input.replace(/^\uFEFF/, '').replace(/^\s+/, '');
  if (!text.startsWith('ISA')) throw new Stop('This is not an X12 file: it must begin with an ISA segment (segment 1).');
  if (text.length < 106 || text.charAt(103) !== text.charAt(3)) {
    throw new Stop('Segment 1 (ISA), line 1: the interchange header is cut off or not the fixed 106 characters long.');
  }
  const options = {
    segmentTerminator: text.charAt(105),
    elementDelimiter: text.charAt(3),
    subElementDelimiter: text.charAt(104),
    repetitionDelimiter: text.charAt(82),
  };
  const { segs, multiline } = tokenize(text, options.segmentTerminator, options.elementDelimiter, options.subElementDelimiter);
  const where = (s: Seg) => `Segment ${s.number} (${s.tag})${multiline ? `, line ${s.line}` : ''}`;
  const fail = (s: Seg, what: string): never => {
    throw new Stop(`${where(s)}: ${what}`);
  };
  // node-x12 builds the interchange and checks its envelope (control numbers and counts).
  const parser = new X12Parser(false);
  parser.getInterchangeFromSegments(
    segs.map((s) => s.x12),
    options,
  );
  const read = walk(segs, fail);
  if (parser.diagnostics.length > 0) {
    const message = parser.diagnostics[0]!.message.replace(/^X12 Standard: /, '');
    const tag = /\b(IEA|GE|SE|ISA|GS|ST)\d*\b/.exec(message)?.[1];
    fail(segs.find((s) => s.tag === tag) ?? segs[segs.length - 1]!, message);
  }
  return read;
}

/**
 * Splits the text into numbered segments (node-x12 segments, built from a plain split: the library's
 * own tokenizer reads one character at a time and takes seconds on a 5 MB file), refusing empty or
 * badly named segments, trailers without their header, a cut-off end and a second interchange.
 */
const ENVELOPE = new Set(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']);
/** Body segments share one bare library segment each (only counted by the envelope checks): a
 *  full one costs four objects per element, seconds on a 5 MB file. */
function envelope(tag: string, values: string[]): X12Segment {
  if (ENVELOPE.has(tag)) {
    const x = new X12Segment(tag);
    x.elements = values.map((v) => new X12Element(v));
    return x;
  }
  const x = Object.create(X12Segment.prototype) as X12Segment;
  x.tag = tag;
  return x;
}

function tokenize(text: string, term: string, sep: string, sub: string): { segs: Seg[]; multiline: boolean } {
  const parts = text.split(term);
  const rest = parts.pop()!.trim();
  const segs: Seg[] = [];
  const open: string[] = [];
  const pairs: Record<string, string> = { SE: 'ST', GE: 'GS', IEA: 'ISA' };
  let line = 1;
  let multiline = false;
  const stop = (n: number, tag: string, what: string): never => {
    throw new Stop(`Segment ${n}${tag ? ` (${tag})` : ''}${multiline ? `, line ${line}` : ''}: ${what}`);
  };
  for (let n = 1; n <= parts.length; n++) {
    let raw = parts[n - 1]!;
    if (term === '\n') line = n;
    else if (raw.charCodeAt(0) <= 32) {
      const lead = /^\s*/.exec(raw)![0];
      const breaks = lead.split('\n').length - 1;
      if (breaks > 0) multiline = true;
      line += breaks;
      raw = raw.slice(lead.length);
    }
    raw = raw.trimEnd();
    const values = raw.split(sep);
    const tag = values.shift()!;
    if (tag === '') stop(n, '', 'the segment is empty (two segment terminators in a row).');
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(tag)) stop(n, '', `"${tag.slice(0, 10)}" is not a segment name.`);
    if (tag === 'ISA') {
      if (n > 1) stop(n, tag, 'a second interchange starts here; read one interchange (ISA ... IEA) at a time.');
      values[12] = String(parseInt(values[12] ?? '', 10));
    }
    if (tag === 'IEA') values[1] = String(parseInt(values[1] ?? '', 10));
    if (tag === 'ISA' || tag === 'GS' || tag === 'ST') open.push(tag);
    const opener = pairs[tag];
    if (opener) {
      if (values.length < 2) stop(n, tag, `${tag} needs its count and control number.`);
      if (open[open.length - 1] !== opener) stop(n, tag, `${tag} closes a ${opener} that is not open.`);
      open.pop();
    }
    const x12 = envelope(tag, values);
    const el = (i: number) => (values[i - 1] ?? '').trim();
    segs.push({ tag, number: n, line, x12, el, parts: (i) => el(i).split(sub) });
  }
  if (rest !== '') {
    const tag = rest.split(sep)[0]!.slice(0, 3);
    throw new Stop(
      `Segment ${parts.length + 1} (${tag}) is cut off: the file ends inside it ("${rest.slice(0, 20)}"), before its terminator and the IEA trailer.`,
    );
  }
  const last = segs[segs.length - 1]!;
  if (last.tag !== 'IEA') throw new Stop(`The file is cut off: it ends at segment ${last.number} (${last.tag}) without the IEA trailer.`);
  return { segs, multiline };
}

type Fail = (s: Seg, what: string) => never;

/** Segments allowed in each part of the 835, beyond the ones that open a loop. */
const ALLOWED: Record<string, readonly string[]> = {
  header: ['BPR', 'TRN', 'CUR', 'REF', 'DTM'],
  payer: ['N3', 'N4', 'REF', 'PER'],
  payee: ['N3', 'N4', 'REF', 'RDM'],
  lx: ['TS3', 'TS2'],
  claim: ['CAS', 'NM1', 'MIA', 'MOA', 'REF', 'DTM', 'PER', 'AMT', 'QTY'],
  line: ['DTM', 'CAS', 'REF', 'AMT', 'QTY', 'LQ'],
  summary: [],
};

function walk(segs: Seg[], fail: Fail) {
  const claims: ClaimFieldsInput[] = [];
  let payer = '';
  let payee = '';
  let i = 0;
  const expect = (tag: string) => {
    const s = segs[i];
    if (!s || s.tag !== tag) fail(s ?? segs[segs.length - 1]!, `expected ${tag} here.`);
    i++;
    return s!;
  };
  expect('ISA');
  while (segs[i]?.tag === 'GS') {
    const gs = expect('GS');
    if (gs.el(1) !== 'HP')
      fail(gs, `this functional group is "${gs.el(1)}", not HP (health care claim payment/advice); the file is not an 835 remittance.`);
    while (segs[i]?.tag === 'ST') {
      const st = segs[i]!;
      const start = i;
      if (st.el(1) !== '835') fail(st, `this is transaction set ${st.el(1) || '(none)'}, not 835 (health care claim payment/advice).`);
      const version = st.el(3) || gs.el(8);
      if (!version.startsWith(VERSION)) fail(st, `version "${version}" is not ${VERSION}A1 (the HIPAA 835 this reader knows).`);
      i++;
      const r = transaction(segs, i, fail);
      i = r.next;
      const se = expect('SE');
      if (Number(se.el(1)) !== i - start) fail(se, `SE01 says ${se.el(1)} segments but the transaction has ${i - start}.`);
      if (se.el(2) !== st.el(2)) fail(se, `control number ${se.el(2)} does not match the ST's ${st.el(2)}.`);
      claims.push(...r.claims);
      payer ||= r.payer;
      payee ||= r.payee;
    }
    expect('GE');
  }
  const iea = expect('IEA');
  if (i !== segs.length) fail(segs[i]!, 'segments follow the interchange trailer (IEA).');
  if (claims.length === 0) fail(iea, 'the file holds no claims (no CLP segment).');
  return { claims, payer, payee };
}

function transaction(segs: Seg[], from: number, fail: Fail) {
  const claims: ClaimFieldsInput[] = [];
  let part = 'header';
  let payer = '';
  let payee = '';
  let paymentNumber = '';
  let paymentDate = '';
  let claim: ClaimFieldsInput | undefined;
  let line: ClaimLineInput | undefined;
  let i = from;
  const close = () => {
    if (claim) {
      claim.payer = payer;
      claim.paymentNumber = paymentNumber;
      claim.paymentDate = paymentDate;
      claim.network = networkOf(claim);
      claims.push(claim);
    }
    claim = undefined;
    line = undefined;
  };
  for (; i < segs.length && segs[i]!.tag !== 'SE'; i++) {
    const s = segs[i]!;
    const t = s.tag;
    if (i === from && t !== 'BPR') fail(s, 'an 835 begins with BPR (financial information) right after ST.');
    if (t === 'N1') {
      const q = s.el(1);
      if (q === 'PR' && part === 'header') {
        part = 'payer';
        payer = s.el(2);
      } else if (q === 'PE' && part === 'payer') {
        part = 'payee';
        payee = s.el(2);
      } else
        fail(
          s,
          q === 'PR' || q === 'PE'
            ? 'the payer (N1*PR) and then the payee (N1*PE) come once each, before the claims.'
            : `N1 qualifier "${q}" is not a payer (PR) or payee (PE).`,
        );
      continue;
    }
    if (t === 'LX') {
      if (part === 'header' || part === 'payer' || part === 'summary')
        fail(s, 'a claim group (LX) must follow the payer and payee (N1*PR, N1*PE).');
      close();
      part = 'lx';
      continue;
    }
    if (t === 'CLP') {
      if (part === 'header' || part === 'payer' || part === 'summary')
        fail(s, 'a claim (CLP) must follow the payer and payee (N1*PR, N1*PE).');
      close();
      claim = {
        source: '835',
        claimNumber: s.el(1),
        statusCode: s.el(2),
        billed: money(s, 3, fail),
        paid: money(s, 4, fail),
        patientResponsibility: s.el(5) ? money(s, 5, fail) : 0,
        payerClaimControlNumber: s.el(7),
        patient: {},
        insured: {},
        renderingProvider: {},
        adjustments: [],
        remarks: [],
        lines: [],
      };
      if (!s.el(1)) fail(s, 'CLP01 (the claim number) is empty.');
      part = 'claim';
      continue;
    }
    if (t === 'SVC') {
      if (!claim || (part !== 'claim' && part !== 'line')) fail(s, 'a service line (SVC) must follow its claim (CLP).');
      const [qualifier, code = '', ...mods] = s.parts(1);
      if (!qualifier || !code) fail(s, 'SVC01 has no procedure code (expected like HC:97153).');
      line = {
        code,
        modifiers: mods.filter((m) => m !== '').slice(0, 4),
        billed: money(s, 2, fail),
        paid: money(s, 3, fail),
        units: s.el(5) ? quantity(s, 5, fail) : 1,
        patientShare: { deductible: 0, copay: 0, coinsurance: 0, other: 0 },
        adjustments: [],
        remarks: [],
      };
      claim!.lines!.push(line);
      part = 'line';
      continue;
    }
    if (t === 'PLB') {
      if (part === 'header' || part === 'payer') fail(s, 'the provider adjustment (PLB) comes after the claims.');
      close();
      part = 'summary';
      continue;
    }
    if (!ALLOWED[part]!.includes(t)) {
      const known = Object.values(ALLOWED).some((l) => l.includes(t));
      fail(s, known ? `${t} is out of place here (${PART_NAMES[part]}).` : `${t} is not a segment of the 835 remittance.`);
    }
    if (part === 'header') {
      if (t === 'BPR') paymentDate = date(s, 16, fail);
      if (t === 'TRN') paymentNumber = s.el(2);
    } else if (part === 'claim') claimSegment(s, claim!, fail);
    else if (part === 'line') lineSegment(s, line!, fail);
  }
  close();
  if (i >= segs.length) fail(segs[segs.length - 1]!, 'the transaction has no SE trailer.');
  return { claims, payer, payee, next: i };
}

const PART_NAMES: Record<string, string> = {
  header: 'the payment header',
  payer: 'the payer',
  payee: 'the payee',
  lx: 'a claim group header',
  claim: 'a claim',
  line: 'a service line',
  summary: 'the provider adjustments at the end',
};

function claimSegment(s: Seg, claim: ClaimFieldsInput, fail: Fail) {
  switch (s.tag) {
    case 'CAS':
      claim.adjustments!.push(...adjustments(s, fail));
      return;
    case 'NM1': {
      const person = { lastName: s.el(3), firstName: s.el(4), memberId: s.el(9) };
      if (s.el(1) === 'QC') claim.patient = person;
      else if (s.el(1) === 'IL') claim.insured = person;
      else if (s.el(1) === '82')
        claim.renderingProvider = { name: [s.el(4), s.el(3)].filter(Boolean).join(' '), npi: s.el(8) === 'XX' ? s.el(9) : '' };
      return;
    }
    case 'REF':
      if (s.el(1) === 'BB' || s.el(1) === 'G1') claim.authorizationNumber ||= s.el(2);
      else if (s.el(1) === '1K') claim.payerClaimControlNumber ||= s.el(2);
      return;
    case 'DTM':
      if (s.el(1) === '232') claim.dateFrom = date(s, 2, fail);
      else if (s.el(1) === '233') claim.dateTo = date(s, 2, fail);
      return;
    case 'MOA':
      // MOA03-MOA07 are claim-level remark codes.
      for (let k = 3; k <= 7; k++) if (s.el(k)) claim.remarks!.push(s.el(k));
      return;
    case 'MIA':
      for (const k of [5, 20, 21, 22, 23]) if (s.el(k)) claim.remarks!.push(s.el(k));
      return;
    default:
  }
}

function lineSegment(s: Seg, line: ClaimLineInput, fail: Fail) {
  switch (s.tag) {
    case 'DTM':
      if (s.el(1) === '472' || s.el(1) === '150') line.dateFrom = date(s, 2, fail);
      else if (s.el(1) === '151') line.dateTo = date(s, 2, fail);
      return;
    case 'CAS': {
      const list = adjustments(s, fail);
      line.adjustments!.push(...list);
      const share = line.patientShare as { deductible: number; copay: number; coinsurance: number; other: number };
      for (const a of list) {
        if (a.group !== 'PR') continue;
        if (a.reason === '1') share.deductible += a.amount;
        else if (a.reason === '2') share.coinsurance += a.amount;
        else if (a.reason === '3') share.copay += a.amount;
        else share.other += a.amount;
      }
      return;
    }
    case 'REF':
      if (s.el(1) === 'BB' || s.el(1) === 'G1') line.authorizationNumber ||= s.el(2);
      else if (s.el(1) === '6R') line.lineControlNumber = s.el(2);
      return;
    case 'AMT':
      if (s.el(1) === 'B6') line.allowed = money(s, 2, fail);
      return;
    case 'LQ':
      if (s.el(1) === 'HE' && s.el(2)) line.remarks!.push(s.el(2));
      return;
    default:
  }
}

function adjustments(s: Seg, fail: Fail): Adjustment[] {
  const group = s.el(1);
  if (!(GROUP_CODES as readonly string[]).includes(group)) fail(s, `adjustment group "${group}" is not CO, PR, OA or PI.`);
  const out: Adjustment[] = [];
  for (let k = 2; k <= 17; k += 3) {
    const reason = s.el(k);
    if (!reason) continue;
    if (!/^[A-Z0-9]{1,5}$/.test(reason)) fail(s, `"${reason}" in CAS${pad(k)} is not an adjustment reason code.`);
    out.push({
      group: group as GroupCode,
      reason,
      amount: money(s, k + 1, fail),
      ...(s.el(k + 2) ? { quantity: quantity(s, k + 2, fail) } : {}),
    });
  }
  if (out.length === 0) fail(s, 'CAS has no reason code.');
  return out;
}

const pad = (k: number) => String(k).padStart(2, '0');

/** An X12 decimal amount in integer cents, read from its digits (never through a float). */
function money(s: Seg, k: number, fail: Fail): number {
  const v = s.el(k);
  const m = /^(-?)(\d{0,10})(?:\.(\d{0,2})0*)?$/.exec(v);
  if (!m || (m[2] === '' && !m[3])) fail(s, `"${v}" in ${s.tag}${pad(k)} is not an amount.`);
  const c = Number(m![2] || '0') * 100 + Number((m![3] ?? '').padEnd(2, '0'));
  return m![1] ? -c : c;
}

function quantity(s: Seg, k: number, fail: Fail): number {
  const v = s.el(k);
  if (!/^-?(\d{1,6}(\.\d{0,4})?|\.\d{1,4})$/.test(v)) fail(s, `"${v}" in ${s.tag}${pad(k)} is not a quantity.`);
  return Number(v);
}

function date(s: Seg, k: number, fail: Fail): string {
  const v = s.el(k);
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31)
    fail(s, `"${v}" in ${s.tag}${pad(k)} is not a date (CCYYMMDD).`);
  return `${m![1]}-${m![2]}-${m![3]}`;
}
