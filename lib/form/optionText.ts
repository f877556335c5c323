// Option texts compared the way people read them: case, punctuation and spacing ignored
// ("Office (11)" reads "office 11", "F84.0 - Autistic disorder" reads "f84 0 autistic disorder").

export function normaliseOptionText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * True when a shown option text stands for one of the accepted texts: equal, starting with it
 * ("F84.0 - Autistic disorder" for "F84.0"), or ending with it when it is a code ("Home (12)" for 12).
 * Accepted texts are normalised here, so callers may pass raw codes and words.
 */
export function textMatchesAccept(shown: string, accept: readonly string[]): boolean {
  const t = normaliseOptionText(shown);
  if (!t) return false;
  return accept.some((raw) => {
    const a = normaliseOptionText(raw);
    if (!a) return false;
    if (t === a || t.startsWith(a + ' ')) return true;
    return /\d/.test(a) && t.endsWith(' ' + a);
  });
}
