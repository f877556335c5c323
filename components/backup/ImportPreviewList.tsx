// What an import would do, case by case, before anything is written: added, replaced (the file's
// version is newer), kept (this browser's version is newer) or unchanged.
import type { CaseImportAction, CaseImportPreview, ImportPreview, RecordCounts } from '../../lib/store/backup';
import { caseDisplayTitle } from '../cases/caseDisplayTitle';

const ACTION_WORDS: Record<CaseImportAction, string> = {
  add: 'new, will be added',
  'replace-older': "the file's version is newer and replaces the one here",
  'keep-newer': 'the version here is newer and stays',
  identical: 'already here, unchanged',
};

const RECORD_NAMES: Record<keyof RecordCounts, [string, string]> = {
  notes: ['note', 'notes'],
  calls: ['call', 'calls'],
  attempts: ['network attempt', 'network attempts'],
  usage: ['usage entry', 'usage entries'],
};

function records(counts: RecordCounts): string {
  return (Object.keys(RECORD_NAMES) as (keyof RecordCounts)[])
    .filter((t) => counts[t] > 0)
    .map((t) => `${counts[t]} ${RECORD_NAMES[t][counts[t] === 1 ? 0 : 1]}`)
    .join(', ');
}

/** One sentence per case, e.g. "J. Doe ABA - Aetna: new, will be added; 3 notes, 2 calls added". */
export function describeCaseImport(c: CaseImportPreview): string {
  const added = records(c.add);
  const replaced = records(c.replace);
  return [
    `${caseDisplayTitle({ title: c.title })}: ${ACTION_WORDS[c.action]}`,
    added && `${added} added`,
    replaced && `${replaced} replaced by newer versions`,
    c.olderVersionNotes > 0 && `the other version's differing values are kept in a note`,
  ]
    .filter(Boolean)
    .join('; ');
}

export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  const rows = Object.entries(preview.rows)
    .filter(([, r]) => r.add + r.replace > 0)
    .map(([table, r]) => `${table}: ${r.add} added, ${r.replace} replaced`);
  if (preview.cases.length === 0 && rows.length === 0) return <p>The file holds no cases.</p>;
  return (
    <ul class="import-preview" aria-label="What the import will do">
      {preview.cases.map((c) => (
        <li key={c.caseId}>{describeCaseImport(c)}</li>
      ))}
      {rows.length > 0 && <li>Settings: {rows.join('; ')}</li>}
    </ul>
  );
}
