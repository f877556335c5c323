import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type ScaDatabase } from '../../../lib/store/db';
import {
  copyTemplate,
  createUserTemplate,
  deleteUserTemplate,
  getUserTemplate,
  listUserTemplates,
  restoreUserTemplate,
  updateUserTemplate,
} from '../../../lib/store/templates';
import { builtInTemplate } from '../../../lib/justify/templates';
import { asJustificationTemplate } from '../../../lib/justify/userTemplate';
import { renderTemplate } from '../../../lib/justify/render';
import { completeBundle } from '../../fixtures/cases/complete';

let db: ScaDatabase;
let n = 0;
beforeEach(() => {
  n += 1;
  db = openDatabase(`templates-test-${n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('user templates', () => {
  it('copy, edit, render, delete and undo round trip', async () => {
    const copy = await copyTemplate(db, builtInTemplate('wait-time')!, 'patient', new Date('2026-11-10T10:00:00Z'));
    expect(copy.title).toBe('In-network wait times too long (my copy)');
    expect(copy.voice).toBe('patient');
    expect(copy.basedOn).toBe('wait-time');

    const edited = await updateUserTemplate(db, copy.id, { body: 'Member {{memberName}} waited {{longestWait}}.' });
    expect(edited!.body).toContain('{{longestWait}}');
    const rendered = renderTemplate(
      asJustificationTemplate((await getUserTemplate(db, copy.id))!),
      'provider',
      completeBundle(),
      '2026-11-10',
    );
    expect(rendered.text).toBe('Member Jordan Rivera waited 120 business days.');

    const removed = await deleteUserTemplate(db, copy.id);
    expect(await listUserTemplates(db)).toEqual([]);
    await restoreUserTemplate(db, removed!);
    expect((await listUserTemplates(db)).map((t) => t.id)).toEqual([copy.id]);
  });

  it('creates new templates, lists them by title and refuses an empty title', async () => {
    await createUserTemplate(db, { title: 'Zeta', body: 'z', voice: 'provider' });
    await createUserTemplate(db, { title: 'Alpha', body: 'a', voice: 'provider' });
    expect((await listUserTemplates(db)).map((t) => t.title)).toEqual(['Alpha', 'Zeta']);
    await expect(createUserTemplate(db, { title: '  ', body: 'x', voice: 'provider' })).rejects.toThrow(/title/u);
  });

  it('drops invalid rows (e.g. from an old backup) on read', async () => {
    await createUserTemplate(db, { title: 'Good', body: 'ok', voice: 'provider' });
    await db.templates.put({ id: 'user:bad', title: 42 });
    expect((await listUserTemplates(db)).map((t) => t.title)).toEqual(['Good']);
    expect(await getUserTemplate(db, 'user:bad')).toBeUndefined();
  });
});
