// Controls the extension must never fill, whatever they are labelled as: passwords, captchas,
// signatures, attestations ("I attest", "I certify") and internal / office use only fields.
import type { LabelText, SectionText } from '../types';

const CAPTCHA = /captcha|recaptcha|hcaptcha|turnstile/iu;
const SIGNATURE = /\bsignature\b|\bsign here\b|\be-?sign(ed|ature)?\b|\bsigned by\b/iu;
const ATTESTATION = /\bi,?\s+(hereby\s+)?(attest|certify|acknowledge|affirm|agree|confirm|understand)\b|\battestation\b|\bcertify that\b|\bunder penalty\b/iu;
const OFFICE_USE = /\b(internal|office|plan|payer|staff|administrative)\s+use(\s+only)?\b|\bfor\s+(internal|office|plan|payer)\s+use\b|\bdo not (write|complete|fill)\b/iu;
/** Any identity word worth a closer look: one test instead of three for most controls. */
const IDENTITY_WORDS = /captcha|turnstile|signature|attest/iu;

/** Reasons by label and section words: forms repeat labels and every control of a block shares its sections. */
const byWords = new Map<string, string>();
const CACHE_LIMIT = 10000;

export const CAPTCHA_WIDGET = '.g-recaptcha, .h-captcha, [data-sitekey]';

/** `inCaptcha` answers whether the control sits in a captcha widget (collect passes a cached lookup). */
export function protectionReason(el: Element, labels: LabelText[], sections: SectionText[], inCaptcha = (e: Element) => !!e.closest(CAPTCHA_WIDGET)): string | undefined {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'password' || el.getAttribute('autocomplete')?.includes('password')) return 'password';
  const identity = `${el.getAttribute('name') ?? ''} ${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  const suspect = IDENTITY_WORDS.test(identity);
  if ((suspect && CAPTCHA.test(identity)) || inCaptcha(el)) return 'captcha';
  const text = labels.map((l) => l.text).join(' | ');
  const key = `${text}\u0000${sections.map((s) => s.text).join('\u0001')}`;
  let reason = byWords.get(key);
  if (reason === undefined) {
    reason = wordsReason(text, sections) ?? '';
    if (byWords.size >= CACHE_LIMIT) byWords.clear();
    byWords.set(key, reason);
  }
  // Same precedence as the words alone: captcha, signature, attestation, office use.
  if (reason === 'captcha' || reason === 'signature') return reason;
  if (suspect && /signature/iu.test(identity)) return 'signature';
  if (reason === 'attestation') return reason;
  if (suspect && /attest/iu.test(identity)) return 'attestation';
  return reason || undefined;
}

/** The reason the words around a control give, if any. */
function wordsReason(text: string, sections: SectionText[]): string | undefined {
  if (CAPTCHA.test(text)) return 'captcha';
  const around = sections.map((s) => s.text).join(' | ');
  if (SIGNATURE.test(text) || SIGNATURE.test(around)) return 'signature';
  if (ATTESTATION.test(text) || ATTESTATION.test(around)) return 'attestation';
  if (OFFICE_USE.test(text) || sections.some((s) => OFFICE_USE.test(s.text))) return 'office use only';
  return undefined;
}
