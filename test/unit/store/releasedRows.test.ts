// A case stored by any released version, opened by today's code, keeps every deadline it would have
// if it were saved again today: fields added since (request.timing ...) read as their defaults.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../lib/case/schema';
import { computeDeadlines } from '../../../lib/clocks';
import { deriveKey, encryptJson, makeVerifier, randomSalt } from '../../../lib/lock/crypto';
import { loadBundle } from '../../../lib/store/bundle';
import { getCase, listCases } from '../../../lib/store/cases';
import { openDatabase } from '../../../lib/store/db';
import { CLEAR_DUE_FIELD, SEALED_FIELD } from '../../../lib/store/encryption';
import { unlock } from '../../../lib/store/lock';
import { LOCK_SETTINGS_KEY } from '../../../lib/store/lockSettings';
import { RELEASED_CASE_ROWS } from '../../fixtures/releasedRows';
import { RELEASED_SCHEMAS, RELEASED_VERSIONS } from '../../fixtures/releasedSchemas';
import { FAST } from '../lock/helpers';

const TODAY = '2026-10-07';
let counter = 0;

/** A database as released version `v` left it, holding `rows` in its cases table. */
async function releasedDatabase(v: number, cases: readonly unknown[], meta: readonly unknown[] = []): Promise<string> {
  const name = `released-rows-v${v}-${process.pid}-${++counter}`;
  const old = new Dexie(name);
  old.version(v).stores(RELEASED_SCHEMAS[v]!);
  await old.open();
  await old.table('cases').bulkAdd([...cases]);
  await old.table('meta').bulkAdd([...meta]);
  old.close();
  return name;
}

/** The deadlines of the row as the case would be once saved again (parsed by today's schema). */
function deadlinesOfSaved(row: unknown) {
  return computeDeadlines({ case: CaseSchema.parse(row), attempts: [], calls: [], usage: [] }, TODAY);
}

describe('cases stored by released versions', () => {
  it('has a row for every released schema version', () => {
    expect(Object.keys(RELEASED_CASE_ROWS).map(Number)).toEqual(RELEASED_VERSIONS);
  });

  for (const v of RELEASED_VERSIONS) {
    it(`a version ${v} case keeps all its deadlines, the appeal decision among them`, async () => {
      const row = RELEASED_CASE_ROWS[v]!;
      const db = openDatabase(await releasedDatabase(v, [row]));
      const bundle = await loadBundle(db, String(row.id));
      const deadlines = computeDeadlines(bundle!, TODAY);
      expect(deadlines.find((d) => d.id === 'appeal-decision')).toMatchObject({ due: '2026-11-04', status: 'upcoming' });
      expect(deadlines).toEqual(deadlinesOfSaved(row));
      // Every read is in today's shape: the same as the case parsed and saved again.
      expect(await getCase(db, String(row.id))).toEqual(CaseSchema.parse(row));
      expect((await listCases(db, { today: TODAY })).map((c) => c.id)).toEqual([row.id]);
      // Read through a cursor too (a filtered walk of an index), as the case list's first rows are.
      expect(
        await db.cases
          .orderBy('updatedAt')
          .filter(() => true)
          .toArray(),
      ).toEqual([CaseSchema.parse(row)]);
      db.close();
      await db.delete();
    });
  }

  it('a version 3 case sealed by the passphrase lock keeps its deadlines once unlocked', async () => {
    const row = RELEASED_CASE_ROWS[3]!;
    const salt = randomSalt();
    const key = await deriveKey('correct horse battery', salt, FAST.iterations);
    const settings = { salt, iterations: FAST.iterations, verifier: await makeVerifier(key), idleMinutes: 15 };
    const kase = row as { id: string; status: string; updatedAt: string; followUp: { nextDue: string } };
    const sealed = {
      id: kase.id,
      status: kase.status,
      updatedAt: kase.updatedAt,
      followUp: { nextDue: kase.followUp.nextDue },
      [CLEAR_DUE_FIELD]: kase.followUp.nextDue,
      [SEALED_FIELD]: await encryptJson(key, row),
    };
    const db = openDatabase(await releasedDatabase(3, [sealed], [{ key: LOCK_SETTINGS_KEY, value: settings }]));
    await unlock(db, 'correct horse battery');
    const deadlines = computeDeadlines((await loadBundle(db, kase.id))!, TODAY);
    expect(deadlines.find((d) => d.id === 'appeal-decision')).toMatchObject({ due: '2026-11-04' });
    expect(deadlines).toEqual(deadlinesOfSaved(row));
    db.close();
    await db.delete();
  });
});
