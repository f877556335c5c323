// The frame of a printed letter around a template's body: letterhead (the requesting office, or the
// patient), date, addressee (the plan's utilization management department), Re: block and signature.
// Frame lines use the same placeholders, so their missing facts join the body's missing list.
import type { CaseBundle } from '../case/schema';
import { renderBody, renderTemplate, type MissingField, type RenderResult } from './render';
import type { JustificationTemplate, Voice } from './template';

export interface Letter {
  letterhead: string[];
  date: string;
  addressee: string[];
  re: string[];
  salutation: string;
  body: string;
  closing: string;
  signature: string[];
  missing: MissingField[];
  voice: Voice;
}

const FRAME: Record<Voice, { letterhead: string; signature: string }> = {
  provider: {
    letterhead:
      '{{providerOrg}}\n[[{{providerAddress}}]]\n[[Phone {{providerPhone}}]][[ · Fax {{providerFax}}]]\n[[NPI {{providerNpi}}]][[ · Tax ID {{providerTin}}]]',
    signature: '{{providerName}}\n[[{{providerSpecialty}}]]\n[[{{providerOrg}}]]\n[[License {{providerLicense}}]]',
  },
  patient: {
    letterhead: '{{signerName}}\n[[{{memberAddress}}]]\n[[Phone {{memberPhone}}]]',
    signature: '{{signerName}}\n[[{{signerRelation}}]]',
  },
};

const RE =
  'Re: {{subject}}\nMember: {{memberName}}\nMember ID: {{memberId}}[[ · Group {{groupNumber}}]]\nDate of birth: {{memberDob}}[[\nReference number: {{referenceNumber}}]][[\nAuthorization number: {{authorizationNumber}}]]';

const lines = (r: RenderResult) => r.text.split('\n').filter((l) => l.trim() !== '');

/** Assembles the letter for a template, voice and case on a day (YYYY-MM-DD or Date). */
export function buildLetter(template: JustificationTemplate, voice: Voice, bundle: CaseBundle, today?: Date | string): Letter {
  const body = renderTemplate(template, voice, bundle, today);
  const v = body.voice;
  const head = renderBody(FRAME[v].letterhead, v, bundle, today);
  const date = renderBody('{{today}}', v, bundle, today);
  const to = renderBody('Utilization Management Department\n{{payer}}[[\n{{planName}}]]', v, bundle, today);
  // The subject is plain text chosen by the template, so it goes in after rendering, not as a placeholder.
  const re = renderBody(RE.replace('{{subject}}', (template.subject ?? template.title).replace(/[{}[\]]/gu, '')), v, bundle, today);
  const sign = renderBody(FRAME[v].signature, v, bundle, today);
  const seen = new Set<string>();
  const missing = [head, to, re, body, sign]
    .flatMap((r) => r.missing)
    .filter((m) => {
      const key = m.path || m.label;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    letterhead: lines(head),
    date: date.text,
    addressee: lines(to),
    re: lines(re),
    salutation: 'Dear Utilization Management Reviewer:',
    body: body.text,
    closing: 'Sincerely,',
    signature: lines(sign),
    missing,
    voice: v,
  };
}
