// Word tokens of a note's text for the notes' multi-entry `words` index (prefix search).

/** Lowercased letter/digit runs of the text, each once, in first-seen order. */
export function noteWords(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return found ? [...new Set(found)] : [];
}
