// @vitest-environment node
// The side panel's first screen (case list, lock check, active case) must load without zod and
// the case schema: evaluating them cost 15-20 ms of every panel open (README, "What keeps the side
// panel's first screen fast"). Lists what the panel's entry imports statically, as the build sees it.
import { build } from 'esbuild';
import { expect, it } from 'vitest';

async function staticImports(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'unused',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) stack.push(i.path);
  }
  return seen;
}

it('the side panel paints its first screen without zod or the case schema', async () => {
  const modules = [...(await staticImports('entrypoints/sidepanel/main.tsx'))];
  // The walk sees the first screen's own modules (a broken walk would see none).
  expect(modules).toEqual(expect.arrayContaining(['components/cases/CasesScreen.tsx', 'lib/store/cases.ts', 'lib/store/lockSettings.ts']));
  expect(modules.filter((m) => m.includes('node_modules/zod/') || m === 'lib/case/schema.ts' || m === 'lib/zod.ts')).toEqual([]);
});

it('the other screens still reach the case schema once they load', async () => {
  const modules = await staticImports('components/case/CaseScreen.tsx');
  expect(modules.has('lib/case/schema.ts')).toBe(true);
});
