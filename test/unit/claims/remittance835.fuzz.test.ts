// 1,200 seeded mutations of the fixtures: the reader never throws, and answers either claims or a
// message, never both (nothing partial can be written from a damaged file).
import { describe, expect, it } from 'vitest';
import { read835 } from '../../../lib/claims/remittance835';
import { fixtureText } from './claimCases';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = '*~:^0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.- \n';
const BASES = ['paid-as-agreed', 'underpaid', 'out-of-network', 'missing-authorization', 'denied', 'multiple-members'].map(fixtureText);

function mutate(text: string, r: () => number): string {
  const at = () => Math.floor(r() * text.length);
  const segs = text.split('~');
  switch (Math.floor(r() * 7)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const i = at();
      return text.slice(0, i) + text.slice(i + 1 + Math.floor(r() * 5));
    }
    case 2: {
      const i = at();
      return text.slice(0, i) + ALPHABET[Math.floor(r() * ALPHABET.length)] + text.slice(i);
    }
    case 3: {
      const i = at();
      return text.slice(0, i) + ALPHABET[Math.floor(r() * ALPHABET.length)] + text.slice(i + 1);
    }
    case 4: {
      const i = Math.floor(r() * segs.length);
      const j = Math.floor(r() * segs.length);
      [segs[i], segs[j]] = [segs[j]!, segs[i]!];
      return segs.join('~');
    }
    case 5: {
      const i = Math.floor(r() * segs.length);
      segs.splice(i, 0, segs[Math.floor(r() * segs.length)]!);
      return segs.join('~');
    }
    default: {
      const i = Math.floor(r() * segs.length);
      segs.splice(i, 1);
      return segs.join('~');
    }
  }
}

describe('read835 fuzz', () => {
  it('1,200 mutated files: no crash, claims or a message, never both', () => {
    const r = rng(17);
    let refused = 0;
    for (let n = 0; n < 1200; n++) {
      let text = BASES[n % BASES.length]!;
      for (let m = 1 + Math.floor(r() * 3); m > 0; m--) text = mutate(text, r);
      const out = read835(text);
      if (out.ok) {
        expect(out.claims.length).toBeGreaterThan(0);
        expect('message' in out).toBe(false);
      } else {
        refused++;
        // Every refusal says where: a segment by number, or the file's start.
        expect(out.message).toMatch(/[Ss]egment \d+|not an X12 file|more than one interchange/);
        expect('claims' in out).toBe(false);
      }
    }
    // Most mutations damage the file; the rest (a changed digit in an amount) still read.
    expect(refused).toBeGreaterThan(600);
  }, 300_000);
});
