import { describe, expect, it } from 'vitest';
import { applyImport, exportAllBackup, exportCaseBackup, openBackupFile, previewImport, type Backup } from '../../../../lib/store/backup';
import { getCase, saveCase } from '../../../../lib/store/cases';
import { listNotes, updateNote } from '../../../../lib/store/notes';
import { listRecords } from '../../../../lib/store/records';
import { COMPLETE_CASE_ID } from '../../../fixtures/cases/complete';
import { freshDb, snapshot } from '../helpers';
import { fillSample } from './sample';

const later = (minutes: number) => new Date(Date.UTC(2026, 10, 24, 9, minutes));

describe('import merge', () => {
  it('importing a database into itself changes nothing and reports every case identical', async () => {
    const db = freshDb();
    await fillSample(db);
    const backup = await exportAllBackup(db);
    const before = await snapshot(db);
    const preview = await previewImport(db, backup);
    expect(preview.cases.map((c) => c.action)).toEqual(['identical', 'identical', 'identical']);
    expect(preview.cases.every((c) => Object.values(c.add).every((n) => n === 0))).toBe(true);
    expect(await applyImport(db, backup)).toEqual(preview);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a newer case in the file replaces the older stored one, keeping local records and a note of the old values', async () => {
    const db = freshDb();
    await fillSample(db);
    const old = (await getCase(db, COMPLETE_CASE_ID))!;
    // The file: another browser renamed the case and changed the member phone later on.
    const other = freshDb();
    await applyImport(other, await exportCaseBackup(db, COMPLETE_CASE_ID));
    await saveCase(
      other,
      { ...old, title: 'Jordan Rivera - ABA - Aetna (renewal)', member: { ...old.member, phone: '(512) 555-0000' } },
      old.revision,
      later(0),
    );
    const file = await exportCaseBackup(other, COMPLETE_CASE_ID);
    // Meanwhile this browser logged a call the file does not have.
    const localCall = await listRecords(db, 'calls', COMPLETE_CASE_ID);

    const preview = await previewImport(db, file, later(5));
    expect(preview.cases).toEqual([
      expect.objectContaining({
        caseId: COMPLETE_CASE_ID,
        action: 'replace-older',
        olderVersionNotes: 1,
        add: { notes: 0, calls: 0, attempts: 0, usage: 0 },
      }),
    ]);
    await applyImport(db, file, later(5));
    const now = (await getCase(db, COMPLETE_CASE_ID))!;
    expect(now.title).toBe('Jordan Rivera - ABA - Aetna (renewal)');
    expect(now.revision).toBe(2); // above both, so an editor open on the old version sees a conflict
    expect(await listRecords(db, 'calls', COMPLETE_CASE_ID)).toEqual(localCall);
    const notes = await listNotes(db, COMPLETE_CASE_ID);
    expect(notes[0]!.text).toMatch(/^Older version of this case from this browser \(saved 2026-11-02T15:04:05.000Z, revision 0\)/);
    expect(notes[0]!.text).toContain('title: Jordan Rivera - ABA - Aetna\n');
    expect(notes[0]!.text).toContain('member.phone: (512) 555-0142');
    expect(notes[0]!.text).not.toMatch(/revision:|updatedAt:/);
    expect(notes).toHaveLength(2);

    // Importing the same file again adds nothing more.
    const again = await previewImport(db, file, later(9));
    expect(again.cases[0]).toMatchObject({ action: 'keep-newer', olderVersionNotes: 0 });
    const before = await snapshot(db);
    await applyImport(db, file, later(9));
    expect(await snapshot(db)).toEqual(before);
  });

  it('an older case in the file leaves the stored one, adds the file’s new records and notes its differing values once', async () => {
    const db = freshDb();
    await fillSample(db);
    const file = await exportCaseBackup(db, COMPLETE_CASE_ID);
    const c = (await getCase(db, COMPLETE_CASE_ID))!;
    await saveCase(db, { ...c, status: 'approved' }, c.revision, later(0));
    // The file also has a call and a usage entry this browser never saw, and an edited copy of a stored attempt.
    const entry = file.cases[0]!;
    entry.calls.push({ ...entry.calls[0]!, id: 'call-from-file', startedAt: '2026-11-07T15:00:00.000Z' });
    entry.usage.push({ ...entry.usage[0]!, id: 'use-from-file', date: '2026-12-09' });
    entry.attempts[0] = { ...entry.attempts[0]!, notes: 'Edited elsewhere' };

    const preview = await previewImport(db, file, later(5));
    expect(preview.cases[0]).toMatchObject({
      action: 'keep-newer',
      add: { notes: 0, calls: 1, attempts: 1, usage: 1 },
      olderVersionNotes: 1,
    });
    await applyImport(db, file, later(5));
    expect((await getCase(db, COMPLETE_CASE_ID))!.status).toBe('approved');
    expect((await listRecords(db, 'calls', COMPLETE_CASE_ID)).map((r) => r.id)).toContain('call-from-file');
    const attempts = await listRecords(db, 'attempts', COMPLETE_CASE_ID);
    expect(attempts).toHaveLength(4); // both versions of the edited attempt kept: their age is unknown
    expect(
      attempts
        .filter((a) => a.providerName === 'Hill Country Autism Center')
        .map((a) => a.notes)
        .sort(),
    ).toEqual(['Edited elsewhere', 'Waitlist of about six months']);
    expect((await listNotes(db, COMPLETE_CASE_ID))[0]!.text).toMatch(/from the backup file[\s\S]*status: pending/);

    const before = await snapshot(db);
    const again = await previewImport(db, file, later(9));
    expect(again.cases[0]).toMatchObject({ add: { notes: 0, calls: 0, attempts: 0, usage: 0 }, olderVersionNotes: 0 });
    await applyImport(db, file, later(9));
    expect(await snapshot(db)).toEqual(before);
  });

  it('the newer version of a note wins, the older is never resurrected, and rows unite by id', async () => {
    const db = freshDb();
    const { second } = await fillSample(db);
    const file: Backup = await exportAllBackup(db);
    const [noteA, noteB] = await listNotes(db, second.id);
    await updateNote(db, noteA!.id, 'Edited here after the export', later(0));
    const fileNotes = file.cases.find((e) => e.case.id === second.id)!.notes;
    const fileB = fileNotes.find((n) => n.id === noteB!.id)!;
    fileB.text = 'Edited in the file, later';
    fileB.updatedAt = later(30).toISOString();
    file.templates!.push({ id: 'tpl-2', name: 'From the file' });
    file.templates![0] = { ...file.templates![0]!, name: 'Renamed in file', updatedAt: '2026-11-20T00:00:00.000Z' };
    file.userPortals![0] = { ...file.userPortals![0]!, name: 'Renamed portal' };

    const preview = await previewImport(db, file);
    expect(preview.cases.find((c) => c.caseId === second.id)).toMatchObject({ replace: { notes: 1 }, add: { notes: 0 } });
    expect(preview.rows).toEqual({
      templates: { add: 1, replace: 1 },
      fieldRules: { add: 0, replace: 0 },
      userPortals: { add: 0, replace: 0 },
    });
    await applyImport(db, file);
    expect((await listNotes(db, second.id)).map((n) => n.text).sort()).toEqual([
      'Edited here after the export',
      'Edited in the file, later',
    ]);
    expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Renamed in file', 'From the file']);
    expect((await db.userPortals.toArray()).map((t) => t.name)).toEqual(['My plan']); // no updatedAt: the stored row stays
  });

  it('a refused file is a message from openBackupFile, and nothing is written', async () => {
    const db = freshDb();
    await fillSample(db);
    const before = await snapshot(db);
    const r = await openBackupFile(db, '{"format":"sca-assistant-backup","version":1,"exportedAt":"x"}');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });
    expect(await snapshot(db)).toEqual(before);
  });
});
