// The meta rows the side panel reads before its first screen (lock settings, active case) are
// checked by hand rather than by zod; these tests hold them to the rules the zod schemas had.
import { describe, expect, it } from 'vitest';
import { newCase } from '../../../lib/case/schema';
import { getActiveCaseId, setActiveCaseId } from '../../../lib/store/activeCase';
import { DEFAULT_IDLE_MINUTES, LOCK_SETTINGS_KEY, asLockSettings, readLockSettings } from '../../../lib/store/lockSettings';
import { freshDb } from './helpers';

const settings = { salt: 'c2FsdA==', iterations: 600_000, verifier: 'dmVyaWZpZXI=', idleMinutes: 5 };

describe('lock settings', () => {
  it('keeps valid settings, drops unknown keys and gives a missing idle time the default', () => {
    expect(asLockSettings({ ...settings, extra: 1 })).toEqual(settings);
    const { idleMinutes: _, ...noIdle } = settings;
    expect(asLockSettings(noIdle)).toEqual({ ...noIdle, idleMinutes: DEFAULT_IDLE_MINUTES });
  });

  it.each([
    ['not an object', 'lock'],
    ['null', null],
    ['an empty salt', { ...settings, salt: '' }],
    ['a missing verifier', { ...settings, verifier: undefined }],
    ['fractional iterations', { ...settings, iterations: 1.5 }],
    ['zero iterations', { ...settings, iterations: 0 }],
    ['iterations as text', { ...settings, iterations: '600000' }],
    ['an idle time of 0', { ...settings, idleMinutes: 0 }],
    ['an idle time over a day', { ...settings, idleMinutes: 24 * 60 + 1 }],
  ])('refuses %s', (_name, value) => {
    expect(asLockSettings(value)).toBeUndefined();
  });

  it('a damaged row reads as sealed and damaged, never as "lock off"', async () => {
    const db = freshDb();
    expect(await readLockSettings(db)).toBeUndefined();
    await db.meta.put({ key: LOCK_SETTINGS_KEY, value: { ...settings, iterations: -1 } });
    await expect(readLockSettings(db)).rejects.toThrow(/lock settings are damaged/);
    await db.meta.put({ key: LOCK_SETTINGS_KEY, value: settings });
    expect(await readLockSettings(db)).toEqual(settings);
  });
});

describe('active case', () => {
  it('a damaged row is treated as no choice and is replaced by the next one', async () => {
    const db = freshDb();
    const c = newCase({ title: 'Jordan Rivera - ABA' });
    await db.cases.add(c);
    for (const value of [{ byWindow: 'x' }, { byWindow: [['1']] }, { byWindow: [[1, c.id]] }, { byWindow: [], last: 7 }, 'x']) {
      await db.meta.put({ key: 'activeCase', value });
      expect(await getActiveCaseId(db, 1)).toBeUndefined();
    }
    await setActiveCaseId(db, 1, c.id);
    expect((await db.meta.get('activeCase'))?.value).toEqual({ byWindow: [['1', c.id]], last: c.id });
    expect(await getActiveCaseId(db, 2)).toBe(c.id);
  });
});
