// Rules and a strength hint for a new passphrase. The hint is advice only: a long passphrase of
// common words is strong, so length counts for much more than character classes.

export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseStrength = 'too short' | 'weak' | 'fair' | 'strong';

/** A message when the new passphrase cannot be used (too short, or the two entries differ). */
export function newPassphraseProblem(passphrase: string, repeated: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (passphrase !== repeated) return 'The two passphrases are not the same.';
  return undefined;
}

/** Rough strength: length and variety, with repeats of one character counted once. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'too short';
  const distinct = new Set(passphrase.toLowerCase()).size;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  if (distinct < 5) return 'weak';
  if (passphrase.length >= 16 && (words >= 3 || classes >= 3)) return 'strong';
  if (passphrase.length >= 12 || classes >= 3) return 'fair';
  return 'weak';
}

export const STRENGTH_HINTS: Record<PassphraseStrength, string> = {
  'too short': `Too short: use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  weak: 'Weak: a few unrelated words (16+ characters) are stronger and easier to remember.',
  fair: 'Fair: longer is stronger; three or four unrelated words work well.',
  strong: 'Strong.',
};
