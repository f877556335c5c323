// Controls the extension must never fill, whatever they are labelled as: passwords, captchas,
// signatures, attestations ("I attest", "I certify") and internal / office use only fields.
import type { LabelText, SectionText } from '../types';

const CAPTCHA = /captcha|recaptcha|hcaptcha|turnstile/iu;
const SIGNATURE = /\bsignature\b|\bsign here\b|\be-?sign(ed|ature)?\b|\bsigned by\b/iu;
const ATTESTATION = /\bi,?\s+(hereby\s+)?(attest|certify|acknowledge|affirm|agree|confirm|understand)\b|\battestation\b|\bcertify that\b|\bunder penalty\b/iu;
const OFFICE_USE = /\b(internal|office|plan|payer|staff|administrative)\s+use(\s+only)?\b|\bfor\s+(internal|office|plan|payer)\s+use\b|\bdo not (write|complete|fill)\b/iu;

export function protectionReason(el: Element, labels: LabelText[], sections: SectionText[]): string | undefined {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'password' || el.getAttribute('autocomplete')?.includes('password')) return 'password';
  const identity = `${el.getAttribute('name') ?? ''} ${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (CAPTCHA.test(identity) || el.closest('.g-recaptcha, .h-captcha, [data-sitekey]')) return 'captcha';
  const text = labels.map((l) => l.text).join(' | ');
  if (CAPTCHA.test(text)) return 'captcha';
  const around = sections.map((s) => s.text).join(' | ');
  if (SIGNATURE.test(text) || /signature/iu.test(identity) || SIGNATURE.test(around)) return 'signature';
  if (ATTESTATION.test(text) || /attest/iu.test(identity) || ATTESTATION.test(around)) return 'attestation';
  if (OFFICE_USE.test(text) || sections.some((s) => OFFICE_USE.test(s.text))) return 'office use only';
  return undefined;
}
