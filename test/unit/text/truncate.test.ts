import { describe, expect, it } from 'vitest';
import { fitToLength } from '../../../lib/text/truncate';

describe('fitToLength', () => {
  it('leaves text within the limit alone', () => {
    expect(fitToLength('Short text.', 50)).toEqual({ text: 'Short text.', cut: false, boundary: 'none', dropped: 0 });
  });
  it('cuts at the last sentence end when it is near the limit', () => {
    const r = fitToLength('First sentence here. Second sentence is much longer than fits.', 26);
    expect(r).toMatchObject({ text: 'First sentence here.', cut: true, boundary: 'sentence' });
  });
  it('cuts at a word boundary when no sentence end is near', () => {
    const r = fitToLength('The patient has tried three in-network providers without success', 30);
    expect(r.boundary).toBe('word');
    expect(r.text).toBe('The patient has tried three');
  });
  it('does not treat a decimal point as a sentence end', () => {
    const r = fitToLength('Diagnosis F84.0 with severe self-injury requiring intensive treatment', 25);
    expect(r.text).toBe('Diagnosis F84.0 with');
  });
  it('never cuts inside a word (property over many limits)', () => {
    const text =
      'Jordan needs twenty hours per week of ABA. The nearest in-network clinic is 68 miles away, and the only other one has a six month waitlist; both exceed the standard.';
    const words = new Set(text.split(/\s+/u).map((w) => w.replace(/[.,;]$/u, '')));
    for (let max = 8; max <= text.length + 5; max++) {
      const r = fitToLength(text, max);
      expect(r.text.length).toBeLessThanOrEqual(max);
      for (const w of r.text.split(/\s+/u)) expect(words.has(w.replace(/[.,;]$/u, '')), `${max}: "${w}"`).toBe(true);
      expect(r.dropped).toBe(text.length - r.text.length);
    }
  });
  it('hard-cuts only a single word longer than the limit', () => {
    expect(fitToLength('Supercalifragilistic', 5)).toMatchObject({ text: 'Super', boundary: 'hard' });
  });
});
