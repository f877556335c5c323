import { describe, expect, it } from 'vitest';
import { tidy } from '../../../lib/justify/render';
import { fitToLength } from '../../../lib/text/truncate';

// The regex chain tidy() used to be: right, but quadratic on a long run of spaces that does not end
// a line (a 49k-space run took 3 s per render). The linear version must give the same text.
function tidyByRegex(text: string): string {
  return text
    .replace(/[ \t]+$/gmu, '')
    .replace(/^ +/gmu, '')
    .replace(/([^\s]) {2,}(?=\S)/gu, '$1 ')
    .replace(/ +([.,;:])/gu, '$1')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** A small seeded generator (mulberry32), so a failure names a string that can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [' ', ' ', ' ', '\t', '\n', '\n', '\r', 'a', 'b', '.', ',', ';', ':', '\u00a0', '\u2028', '-'];

describe('tidy', () => {
  it('gives what the regex chain gave, on 5,000 random strings of spaces, tabs, lines and punctuation', () => {
    const next = random(20261208);
    for (let i = 0; i < 5_000; i++) {
      const length = Math.floor(next() * 40);
      let s = '';
      for (let j = 0; j < length; j++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(tidy(s), JSON.stringify(s)).toBe(tidyByRegex(s));
    }
  });

  it('tidies adversarial runs: 49,000 spaces inside a line, before punctuation, and at a line end', () => {
    const run = ' '.repeat(49_000);
    expect(tidy(`Dear reviewer,${run}the patient${run}.${run}\nNext line${run}\t${run}`)).toBe('Dear reviewer, the patient.\nNext line');
    expect(tidy(`a${run}\tb`)).toBe(`a${run}\tb`); // a run beside a tab is not a double space between words
    expect(tidy('\n'.repeat(49_000) + 'x' + '\n'.repeat(49_000))).toBe('x');
  });
});

describe('fitToLength on adversarial text', () => {
  it('cuts a text with a 49,000-space run at a word boundary and drops the trailing run', () => {
    const text = `Needs ABA now,${' '.repeat(49_000)}x`;
    const r = fitToLength(text, 30_000);
    expect(r).toMatchObject({ text: 'Needs ABA now', cut: true, boundary: 'word' });
    expect(fitToLength(`Short.${' '.repeat(49_000)}`, 10)).toMatchObject({ text: 'Short.', cut: false });
  });
});
