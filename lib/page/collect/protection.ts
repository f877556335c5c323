// Controls the extension must never fill, whatever they are labelled as: passwords, captchas,
// signatures, attestations ("I attest", "I certify") and internal / office use only fields.
import type { LabelText, SectionText } from '../../form/types';
import { attr, classOf, idOf } from './attributes';

const CAPTCHA = /captcha|recaptcha|hcaptcha|turnstile/iu;
const SIGNATURE = /\bsignature\b|\bsign here\b|\be-?sign(ed|ature)?\b|\bsigned by\b/iu;
const ATTESTATION =
  /\bi,?\s+(hereby\s+)?(attest|certify|acknowledge|affirm|agree|confirm|understand)\b|\battestation\b|\bcertify that\b|\bunder penalty\b/iu;
const OFFICE_USE =
  /\b(internal|office|plan|payer|staff|administrative)\s+use(\s+only)?\b|\bfor\s+(internal|office|plan|payer)\s+use\b|\bdo not (write|complete|fill)\b/iu;
/** Any identity word worth a closer look: one test instead of three for most controls. */
const IDENTITY_WORDS = /captcha|turnstile|signature|attest/iu;

/**
 * Reasons by section texts, then label text: forms repeat labels, and every control of a block
 * shares its sections (the same list object, so its key is joined once).
 */
const byWords = new Map<string, Map<string, string>>();
const sectionKeys = new WeakMap<SectionText[], string>();
const CACHE_LIMIT = 10000;
let cached = 0;

export const CAPTCHA_WIDGET = '.g-recaptcha, .h-captcha, [data-sitekey]';

/** `inCaptcha`: whether the control sits in a captcha widget (collect knows it from the walk). */
export function protectionReason(
  el: Element,
  labels: LabelText[],
  sections: SectionText[],
  inCaptcha = !!el.closest(CAPTCHA_WIDGET),
): string | undefined {
  const type = attr(el, 'type');
  if ((type && type.toLowerCase() === 'password') || attr(el, 'autocomplete')?.includes('password')) return 'password';
  const name = attr(el, 'name') ?? '';
  const cls = classOf(el);
  const id = idOf(el);
  // The identity words never span the spaces that join name, id and class: each is tested alone.
  const suspect = IDENTITY_WORDS.test(name) || IDENTITY_WORDS.test(id) || IDENTITY_WORDS.test(cls);
  const identity = suspect ? `${name} ${id} ${cls}` : '';
  if ((suspect && CAPTCHA.test(identity)) || inCaptcha) return 'captcha';
  const reason = wordsReasonCached(labels.length === 1 ? labels[0]!.text : labels.map((l) => l.text).join(' | '), sections);
  // Same precedence as the words alone: captcha, signature, attestation, office use.
  if (reason === 'captcha' || reason === 'signature') return reason;
  if (suspect && /signature/iu.test(identity)) return 'signature';
  if (reason === 'attestation') return reason;
  if (suspect && /attest/iu.test(identity)) return 'attestation';
  return reason || undefined;
}

function wordsReasonCached(text: string, sections: SectionText[]): string {
  let key = sectionKeys.get(sections);
  if (key === undefined) {
    key = sections.map((s) => s.text).join('\u0001');
    sectionKeys.set(sections, key);
  }
  let byText = byWords.get(key);
  if (!byText) byWords.set(key, (byText = new Map()));
  let reason = byText.get(text);
  if (reason === undefined) {
    reason = wordsReason(text, sections) ?? '';
    if (cached >= CACHE_LIMIT) {
      byWords.clear();
      byWords.set(key, byText);
      byText.clear();
      cached = 0;
    }
    byText.set(text, reason);
    cached++;
  }
  return reason;
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
