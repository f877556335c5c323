// Output chunks for the side panel's first screen. Every extension file a page loads is a request
// the browser answers in turn: measured in Chromium, a page importing five tiny modules shows 35 ms
// later than one importing a single module, and Rollup's default split (one chunk per set of pages
// sharing code) gave the panel five. Here the modules its first screen needs in one of two chunks:
// the panel's own entry chunk for what only it uses, and one shared chunk for what the options page,
// the letter page or the service worker use too (so none of them imports the panel's entry, whose
// top-level code renders the panel). Everything loaded later keeps Rollup's default split.
import type { Rollup } from 'vite';

/** Chunk name for the first-paint code the panel shares with other entry points. */
export const FIRST_PAINT_SHARED = 'first-paint';

export function firstPaintChunks(entryName: string): Rollup.GetManualChunk {
  let groups: Map<string, string> | undefined;
  return (id, meta) => (groups ??= groupFirstPaint(meta, entryName)).get(id);
}

function groupFirstPaint(meta: Rollup.ManualChunkMeta, entryName: string): Map<string, string> {
  const entries = [...meta.getModuleIds()].filter((id) => meta.getModuleInfo(id)?.isEntry);
  const panel = entries.find((id) => id.includes(`/entrypoints/${entryName}/`));
  const groups = new Map<string, string>();
  if (!panel) return groups;
  const elsewhere = new Set(entries.filter((id) => id !== panel).flatMap((id) => [...staticImports(id, meta)]));
  // The alias equal to the entry's name makes this manual chunk the entry chunk itself.
  for (const id of staticImports(panel, meta)) groups.set(id, elsewhere.has(id) ? FIRST_PAINT_SHARED : entryName);
  return groups;
}

/** The module and everything it imports statically, directly or not (what loading it evaluates). */
function staticImports(start: string, meta: Rollup.ManualChunkMeta): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(meta.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
