// Cases and backups written before request.infoSentDate existed still load, with no sent date.
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../lib/case/schema';
import { computeDeadlines } from '../../../lib/clocks';
import { exportCase } from '../../../lib/store/backup';
import { loadBundle } from '../../../lib/store/bundle';
import { getCase, saveCase } from '../../../lib/store/cases';
import { completeBundle, COMPLETE_CASE_ID } from '../../fixtures/cases/complete';
import { freshDb, importFile, storeComplete } from '../store/helpers';

/** The fixture as an older version stored it: asked for information, no sent-date field at all. */
function oldCase() {
  const { infoSentDate: _s, ...request } = completeBundle().case.request;
  return { ...completeBundle().case, request: { ...request, infoRequestedDate: '2026-11-06' } };
}

describe('request.infoSentDate in cases saved before it existed', () => {
  it('parses as no date, and the decision clock is still paused', () => {
    const old = oldCase();
    expect('infoSentDate' in old.request).toBe(false);
    const parsed = CaseSchema.parse(old);
    expect(parsed.request.infoSentDate).toBe('');
    const d = computeDeadlines({ ...completeBundle(), case: parsed }, '2026-11-20').find((x) => x.id === 'decision-standard')!;
    expect(d.status).toBe('paused');
    expect(CaseSchema.safeParse({ ...old, request: { ...old.request, infoSentDate: '11/15/2026' } }).success).toBe(false);
  });

  it('a case stored without the field reads, computes its deadlines and saves with the default', async () => {
    const db = freshDb();
    await db.cases.add(oldCase() as never);
    const stored = (await getCase(db, COMPLETE_CASE_ID))!;
    // Read in today's shape (lib/case/normalize.ts): the clock is paused, not silently running.
    expect(stored.request.infoSentDate).toBe('');
    const d = computeDeadlines({ ...completeBundle(), case: stored }, '2026-11-20').find((x) => x.id === 'decision-standard')!;
    // 11 days left on 11/06 plus the plan's 15-day extension (29 CFR 2560.503-1(f)(2)(iii)(A)), counted from today.
    expect([d.status, d.due]).toEqual(['paused', '2026-12-16']);
    const saved = await saveCase(db, stored, stored.revision);
    expect(saved.ok && saved.case.request.infoSentDate).toBe('');
  });

  it('a backup written without the field imports with no sent date', async () => {
    const source = freshDb();
    await storeComplete(source);
    const text = await exportCase(source, COMPLETE_CASE_ID, new Date('2026-11-06T09:00:00.000Z'));
    expect(text).toMatch(/"infoSentDate": ""/);
    const old = text.replace(/,\s*"infoSentDate": ""/, '');
    expect(old).not.toMatch(/infoSentDate/);
    const target = freshDb();
    expect((await importFile(target, old)).ok).toBe(true);
    const imported = (await loadBundle(target, COMPLETE_CASE_ID))!;
    expect(imported.case.request.infoSentDate).toBe('');
    expect(computeDeadlines(imported, '2026-11-10')).toEqual(computeDeadlines(completeBundle(), '2026-11-10'));
  });
});
