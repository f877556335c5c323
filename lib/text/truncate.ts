// Fitting text into a field's maxlength: portal text boxes cut silently, so we cut first, at a
// sentence end when one is near, else at a word boundary, and tell the caller we did.
// Every pass is linear in the text's length: a pasted text may hold very long runs of spaces.
import { trimEndWhere } from './trimEnd';

export interface FittedText {
  text: string;
  /** True when the text was shortened to fit. */
  cut: boolean;
  /** Where it was cut: a sentence end, a word boundary, or (only for a single overlong word) a hard cut. */
  boundary: 'none' | 'sentence' | 'word' | 'hard';
  /** Characters dropped. */
  dropped: number;
}

/** How far back from the limit a sentence end may be before a word boundary is preferred. */
const SENTENCE_REACH = 0.3;

export function fitToLength(input: string, maxLength: number): FittedText {
  const text = input.trimEnd();
  if (!(maxLength > 0) || text.length <= maxLength) return { text, cut: false, boundary: 'none', dropped: 0 };
  const head = text.slice(0, maxLength);
  // A sentence end: ., ! or ? followed by whitespace (or the limit falling right after it).
  const sentenceEnds = [...head.matchAll(/[.!?](?=\s|$)/gu)].map((m) => m.index! + 1);
  const lastSentence = sentenceEnds.filter((i) => (i === head.length ? /\s/u.test(text[i] ?? ' ') : true)).pop();
  if (lastSentence !== undefined && lastSentence >= maxLength * (1 - SENTENCE_REACH)) {
    const out = head.slice(0, lastSentence).trimEnd();
    return { text: out, cut: true, boundary: 'sentence', dropped: text.length - out.length };
  }
  // A word boundary: the last whitespace inside the limit, or the limit itself if a space follows.
  const nextIsSpace = /\s/u.test(text[maxLength] ?? '');
  const lastSpace = nextIsSpace ? maxLength : head.search(/\s\S*$/u);
  if (lastSpace > 0) {
    const out = trimEndWhere(head.slice(0, lastSpace), (c) => /[\s,;:–—-]/u.test(c));
    if (out.length > 0) return { text: out, cut: true, boundary: 'word', dropped: text.length - out.length };
  }
  return { text: head, cut: true, boundary: 'hard', dropped: text.length - head.length };
}
