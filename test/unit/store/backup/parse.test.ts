import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportAll, MAX_BACKUP_CHARS, parseBackup } from '../../../../lib/store/backup';
import { freshDb } from '../helpers';
import { fillSample } from './sample';

async function validJson(): Promise<Record<string, any>> {
  const db = freshDb();
  await fillSample(db);
  return JSON.parse(await exportAll(db));
}
const error = (text: string) => {
  const r = parseBackup(text);
  return r.ok ? 'accepted' : r.error;
};

describe('parseBackup', () => {
  it('accepts a valid export (with a byte-order mark too)', async () => {
    const text = JSON.stringify(await validJson());
    expect(parseBackup(text).ok).toBe(true);
    expect(parseBackup('\uFEFF' + text).ok).toBe(true);
  });

  it('refuses files that are not backups, newer versions and unknown versions with a clear message', () => {
    expect(error('{"format": "sca-assistant-backup", "version": 1, "cas')).toMatch(/not valid JSON/);
    expect(error('[1,2]')).toMatch(/not an SCA Assistant backup/);
    expect(error('{"format": "other"}')).toMatch(/not an SCA Assistant backup/);
    expect(error(JSON.stringify({ format: BACKUP_FORMAT, version: 2 }))).toMatch(
      /newer version of SCA Assistant \(format version 2\); update the extension/,
    );
    expect(error(JSON.stringify({ format: BACKUP_FORMAT, version: '1' }))).toMatch(/unknown format version/);
    expect(error(' '.repeat(MAX_BACKUP_CHARS + 1))).toMatch(/larger than 50 MB/);
  });

  it('names the case and field of an invalid record', async () => {
    const b = await validJson();
    b.cases[0].case.member.dob = '04/07/2019';
    expect(error(JSON.stringify(b))).toBe(
      'In the backup, case 1 ("Jordan Rivera - ABA - Aetna") is invalid in member.dob: Use a date like 2026-11-23.',
    );
    const c = await validJson();
    c.cases[1].calls[0].startedAt = 5;
    expect(error(JSON.stringify(c))).toMatch(/^In the backup, call 1 of case 2 \("Sam Lee - OT - Cigna"\) is invalid in startedAt/);
    const d = await validJson();
    d.templates[0].id = '';
    expect(error(JSON.stringify(d))).toMatch(/^In the backup, template 1 is invalid in id/);
  });

  it('refuses records filed under the wrong case, duplicate ids and a single-case file with two cases', async () => {
    const b = await validJson();
    b.cases[1].notes[0].caseId = b.cases[0].case.id;
    expect(error(JSON.stringify(b))).toMatch(/Note 1 of case 2 names a different case/);
    const c = await validJson();
    c.cases[2].case.id = c.cases[1].case.id;
    for (const t of ['notes', 'calls', 'attempts', 'usage']) c.cases[2][t] = [];
    expect(error(JSON.stringify(c))).toMatch(/Case 3 has the same id as an earlier case/);
    const d = await validJson();
    d.userPortals.push(d.userPortals[0]);
    expect(error(JSON.stringify(d))).toMatch(/Added portal 2 has the same id/);
    const e = await validJson();
    e.scope = 'case';
    expect(error(JSON.stringify(e))).toMatch(/exactly one case; this one holds 3/);
  });

  it('refuses very long strings and deep nesting, and drops __proto__ keys', async () => {
    const b = await validJson();
    b.cases[0].case.title = 'x'.repeat(200_000);
    expect(error(JSON.stringify(b))).toMatch(/text of 200,000 characters/);
    const c = await validJson();
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { a: deep };
    c.templates[0].extra = deep;
    expect(error(JSON.stringify(c))).toMatch(/nested deeper/);
    expect(error('{"format":"sca-assistant-backup","version":1,"x":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}')).not.toBe(
      'accepted',
    );

    const d = await validJson();
    const text = JSON.stringify(d).replace('"name":"My letter"', '"name":"My letter","__proto__":{"polluted":true}');
    const r = parseBackup(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.getPrototypeOf(r.backup.templates![0])).toBe(Object.prototype);
      expect(Object.keys(r.backup.templates![0]!)).not.toContain('__proto__');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
