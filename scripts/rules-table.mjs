// Writes docs/RULES.md from the code (scripts/rulesTable.ts, bundled with esbuild like the other scripts).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(ROOT, 'scripts/rulesTable.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
writeFileSync(join(ROOT, 'docs/RULES.md'), mod.rulesTableMarkdown());
console.log('docs/RULES.md written');
