// public/example-case.json is the complete fixture case as a single-case backup. Run with
// WRITE_EXAMPLE_CASE=1 to regenerate it after the fixture changes; otherwise this test fails on drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCase, parseBackup } from '../../../../lib/store/backup';
import { loadBundle } from '../../../../lib/store/bundle';
import { listNotes } from '../../../../lib/store/notes';
import { completeBundle, COMPLETE_CASE_ID } from '../../../fixtures/cases/complete';
import { freshDb, importFile, storeComplete } from '../helpers';

const FILE = resolve(__dirname, '../../../../public/example-case.json');

const EXAMPLE_NOTES = [
  {
    id: 'note-example-1',
    caseId: COMPLETE_CASE_ID,
    text: 'Searched the Aetna directory within 30 miles for BCBAs taking new patients under 8: three called, none can start before spring (see network attempts).',
    createdAt: '2026-10-23T17:10:00.000Z',
    updatedAt: '2026-10-23T17:10:00.000Z',
  },
  {
    id: 'note-example-2',
    caseId: COMPLETE_CASE_ID,
    text: 'Submitted the SCA request on Availity with the letter of medical necessity from Dr. Natarajan and the network gap summary. Reference REF-88412.',
    createdAt: '2026-11-02T15:10:00.000Z',
    updatedAt: '2026-11-02T15:10:00.000Z',
  },
  {
    id: 'note-example-3',
    caseId: COMPLETE_CASE_ID,
    text: 'UM (Tasha) confirmed the request is in clinical review; authorization decision expected within 15 business days. Asked them to fax any records request to (512) 555-0198.',
    createdAt: '2026-11-04T15:25:00.000Z',
    updatedAt: '2026-11-04T15:25:00.000Z',
  },
];

async function exampleText(): Promise<string> {
  const db = freshDb();
  await storeComplete(db);
  await db.notes.bulkAdd(EXAMPLE_NOTES);
  return exportCase(db, COMPLETE_CASE_ID, new Date('2026-11-06T09:00:00.000Z'));
}

describe('public/example-case.json', () => {
  it('is the complete fixture case with its records and three notes, in the current backup format', async () => {
    const expected = await exampleText();
    if (process.env.WRITE_EXAMPLE_CASE === '1') writeFileSync(FILE, expected);
    const text = readFileSync(FILE, 'utf8');
    expect(text).toBe(expected);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [entry] = parsed.backup.cases;
    const b = completeBundle();
    expect(parsed.backup.scope).toBe('case');
    expect(entry?.case).toEqual(b.case);
    expect(entry?.calls).toEqual(b.calls);
    expect(entry?.attempts).toEqual(b.attempts);
    expect(entry?.usage).toEqual(b.usage);
    expect(entry?.notes).toEqual(EXAMPLE_NOTES);
  });

  it('imports into an empty browser as the fixture bundle', async () => {
    const db = freshDb();
    const result = await importFile(db, readFileSync(FILE, 'utf8'));
    expect(result.ok && result.preview.cases.map((c) => c.action)).toEqual(['add']);
    expect(await loadBundle(db, COMPLETE_CASE_ID)).toEqual(completeBundle());
    expect((await listNotes(db, COMPLETE_CASE_ID)).map((n) => n.id)).toEqual(['note-example-3', 'note-example-2', 'note-example-1']);
  });
});
