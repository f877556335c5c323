// 1,000 malformed backups built from a valid export with a seeded generator (failures reproduce:
// the message names the seed and iteration). Each file is either refused with nothing written, or
// imported with only valid rows in the database. Nothing may throw.
import { describe, expect, it } from 'vitest';
import { CallSchema, CaseSchema, NetworkAttemptSchema, NoteSchema, UsageEntrySchema } from '../../../../lib/case/schema';
import { exportAll } from '../../../../lib/store/backup';
import { MAX_NESTING } from '../../../../lib/store/backup/format';
import type { ScaDatabase } from '../../../../lib/store/db';
import { freshDb, importFile, snapshot } from '../helpers';
import { fillSample } from './sample';

const SEED = 20261123;
const RUNS = 1000;

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return root;
}

function getAt(root: Json, path: (string | number)[]): Json {
  let node = root as Record<string | number, Json>;
  for (const key of path) node = node[key] as Record<string | number, Json>;
  return node as Json;
}

function mutate(base: string, rnd: () => number): { kind: string; text: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const obj = JSON.parse(base) as Json;
  const all = paths(obj);
  const randomValue = (): Json =>
    pick<() => Json>([
      () => null,
      () => rnd() < 0.5,
      () => Math.floor(rnd() * 1e6) - 5e5,
      () => rnd() * 1e300,
      () => 'x'.repeat(Math.floor(rnd() * 30)),
      () => '2026-13-45',
      () => [],
      () => ({}),
      () => [1, 'a', null],
      () => ({ id: 'z' }),
    ])();
  const kind = pick([
    'truncate',
    'wrong-type',
    'wrong-type',
    'wrong-type',
    'delete-key',
    'huge-string',
    'proto',
    'deep',
    'version',
    'duplicate-row',
    'garbage',
  ] as const);
  switch (kind) {
    case 'truncate':
      return { kind, text: base.slice(0, Math.floor(rnd() * base.length)) };
    case 'wrong-type':
      return { kind, text: JSON.stringify(setAt(obj, pick(all), randomValue())) };
    case 'delete-key':
      return { kind, text: JSON.stringify(setAt(obj, pick(all.filter((p) => p.length > 0)), undefined)) };
    case 'huge-string':
      return { kind, text: JSON.stringify(setAt(obj, pick(all), 'A'.repeat(100_001 + Math.floor(rnd() * 50_000)))) };
    case 'proto': {
      const objects = all.filter((p) => {
        const v = getAt(obj, p);
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      const target = getAt(obj, pick(objects)) as Record<string, Json>;
      const key = pick(['__proto__', 'constructor', 'prototype']);
      target[`@@${key}`] = { polluted: true, id: 'evil', isAdmin: true };
      return { kind, text: JSON.stringify(obj).replace(`"@@${key}"`, `"${key}"`) };
    }
    case 'deep': {
      // Written as text: the generator itself must not recurse that deep.
      // Past MAX_NESTING from the top: shallower nesting under a key the schema strips would be valid.
      const depth = MAX_NESTING + Math.floor(rnd() * (rnd() < 0.9 ? 500 : 100_000));
      const [open, close] = rnd() < 0.5 ? ['[', ']'] : ['{"k":', '}'];
      const text = JSON.stringify(setAt(obj, pick(all), '@@deep@@')).replace('"@@deep@@"', open.repeat(depth) + '1' + close.repeat(depth));
      return { kind, text };
    }
    case 'version':
      return { kind, text: JSON.stringify(setAt(obj, ['version'], pick<Json>([0, 2, 99, '1', 1.5, null, -1]))) };
    case 'duplicate-row': {
      const arrays = all.filter((p) => Array.isArray(getAt(obj, p)) && (getAt(obj, p) as Json[]).length > 0);
      const arr = getAt(obj, pick(arrays)) as Json[];
      arr.push(JSON.parse(JSON.stringify(pick(arr))) as Json);
      return { kind, text: JSON.stringify(obj) };
    }
    case 'garbage': {
      const at = Math.floor(rnd() * base.length);
      return { kind, text: base.slice(0, at) + pick(['\u0000', '}', '"', ',', '\\', '\uD800', 'NaN']) + base.slice(at) };
    }
  }
}

async function expectOnlyValidRows(db: ScaDatabase, where: string) {
  const checks: [string, { safeParse: (v: unknown) => { success: boolean } }][] = [
    ['cases', CaseSchema],
    ['notes', NoteSchema],
    ['calls', CallSchema],
    ['attempts', NetworkAttemptSchema],
    ['usage', UsageEntrySchema],
  ];
  for (const [name, schema] of checks) {
    for (const row of await db.table(name).toArray())
      expect(schema.safeParse(row).success, `${where}: invalid ${name} row stored`).toBe(true);
  }
  for (const name of ['templates', 'fieldRules', 'userPortals']) {
    for (const row of await db.table(name).toArray()) {
      expect(typeof row.id === 'string' && row.id.length > 0, `${where}: ${name} row without id`).toBe(true);
      expect(Object.getPrototypeOf(row), `${where}: foreign prototype`).toBe(Object.prototype);
    }
  }
}

describe('backup fuzz', () => {
  it(`${RUNS} malformed backups (seed ${SEED}): refused with nothing written, or imported as valid rows only`, async () => {
    const db = freshDb();
    await fillSample(db);
    const base = await exportAll(db);
    const rnd = prng(SEED);
    const tally: Record<string, { refused: number; imported: number }> = {};
    let before = await snapshot(db);
    for (let i = 0; i < RUNS; i++) {
      const { kind, text } = mutate(base, rnd);
      const where = `seed ${SEED} run ${i} (${kind})`;
      const result = await importFile(db, text);
      tally[kind] ??= { refused: 0, imported: 0 };
      if (result.ok) {
        tally[kind].imported++;
        await expectOnlyValidRows(db, where);
        before = await snapshot(db);
      } else {
        tally[kind].refused++;
        expect(result.error.length, where).toBeGreaterThan(20);
        expect(await snapshot(db), `${where}: a refused file changed the database`).toEqual(before);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.values(tally).reduce((n, t) => n + t.refused + t.imported, 0)).toBe(RUNS);
    // Every kind of damage was exercised, and the ones that can never be valid were all refused.
    expect(Object.keys(tally).sort()).toEqual([
      'deep',
      'delete-key',
      'duplicate-row',
      'garbage',
      'huge-string',
      'proto',
      'truncate',
      'version',
      'wrong-type',
    ]);
    expect(tally['huge-string']!.imported).toBe(0);
    expect(tally.version!.imported).toBe(0);
    for (const kind of ['truncate', 'deep'] as const) expect(tally[kind]!.imported).toBe(0);
    // Harmless damage (a dropped optional key, an extra property) must still import: the other branch is exercised.
    expect(Object.values(tally).reduce((n, t) => n + t.imported, 0)).toBeGreaterThan(100);
  }, 180_000);
});
