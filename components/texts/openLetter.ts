// Opens the printable letter page (entrypoints/letter) for a case, template and voice in a new tab.
import type { Voice } from '../../lib/justify/template';

export function letterUrlPath(caseId: string, templateId: string, voice: Voice): string {
  const q = new URLSearchParams({ caseId, template: templateId, voice });
  return `/letter.html?${q.toString()}`;
}

export async function openLetter(caseId: string, templateId: string, voice: Voice): Promise<void> {
  // getURL is typed to known public paths; the letter page is an unlisted entrypoint built to letter.html.
  const getURL = browser.runtime.getURL as (path: string) => string;
  await browser.tabs.create({ url: getURL(letterUrlPath(caseId, templateId, voice)) });
}
