// Trimming by a character test in one backward pass. A regex such as /[\s,;:]+$/ is tried at every
// start of a long run that does not reach the end, which is quadratic in the run's length.

/** `text` without the trailing characters for which `drop` holds. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
