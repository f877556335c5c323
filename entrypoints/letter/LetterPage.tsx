// The letter: letterhead, date, addressee, Re: block, body, signature; a Print button and the list
// of facts still missing (both hidden in print).
import { useEffect, useState } from 'preact/hooks';
import { buildLetter, type Letter } from '../../lib/justify/letter';
import { builtInTemplate } from '../../lib/justify/templates';
import { VOICES, type Voice } from '../../lib/justify/template';
import { asJustificationTemplate, isUserTemplateId } from '../../lib/justify/userTemplate';
import { loadBundle } from '../../lib/store/bundle';
import type { ScaDatabase } from '../../lib/store/db';
import { getDb } from '../../lib/store/instance';
import { getUserTemplate } from '../../lib/store/templates';

async function loadLetter(db: ScaDatabase, search: string): Promise<Letter | string> {
  const q = new URLSearchParams(search);
  const caseId = q.get('caseId') ?? '';
  const templateId = q.get('template') ?? '';
  const voice = (VOICES as readonly string[]).includes(q.get('voice') ?? '') ? (q.get('voice') as Voice) : 'provider';
  const bundle = caseId ? await loadBundle(db, caseId) : undefined;
  if (!bundle) return 'This case was not found. Open the letter again from the Texts screen.';
  const user = isUserTemplateId(templateId) ? await getUserTemplate(db, templateId) : undefined;
  const template = user ? asJustificationTemplate(user) : builtInTemplate(templateId);
  if (!template) return 'This template was not found. Open the letter again from the Texts screen.';
  return buildLetter(template, voice, bundle);
}

export function LetterPage({ search, db }: { search: string; db?: ScaDatabase }) {
  const [letter, setLetter] = useState<Letter | string | undefined>(undefined);
  useEffect(() => {
    loadLetter(db ?? getDb(), search).then(setLetter, () =>
      setLetter("The case could not be read from this browser's storage. Reload the page to try again."),
    );
  }, [db, search]);
  if (letter === undefined) return <p class="no-print">Loading…</p>;
  if (typeof letter === 'string') return <p role="alert">{letter}</p>;
  return (
    <main class="letter">
      <div class="no-print toolbar">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        {letter.missing.length > 0 && (
          <div class="missing" role="note">
            <strong>Still missing from the case</strong> (shown in brackets): {letter.missing.map((m) => m.label).join('; ')}.
          </div>
        )}
      </div>
      <header class="letterhead">
        {letter.letterhead.map((l, i) => (
          <div key={i} class={i === 0 ? 'letterhead-name' : undefined}>
            {l}
          </div>
        ))}
      </header>
      <p>{letter.date}</p>
      <address>
        {letter.addressee.map((l, i) => (
          <div key={i}>{l}</div>
        ))}
      </address>
      <div class="re">
        {letter.re.map((l, i) => (
          <div key={i}>{l}</div>
        ))}
      </div>
      <p>{letter.salutation}</p>
      <div class="body">{letter.body}</div>
      <p>{letter.closing}</p>
      <div class="signature">
        <div class="signature-line" aria-hidden="true" />
        {letter.signature.map((l, i) => (
          <div key={i}>{l}</div>
        ))}
      </div>
    </main>
  );
}
