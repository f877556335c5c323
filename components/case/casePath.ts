// Reading and writing a case field by its dotted path ("providers.rendering.npi",
// "service.diagnoses.0.code"), the same paths lib/case/validate.ts reports warnings on.
export function getIn(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced; objects and arrays on the way are copied, the rest shared. */
export function setIn<T>(root: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i]!;
    const last = i === keys.length - 1;
    if (Array.isArray(node)) {
      const copy = node.slice();
      const index = Number(key);
      copy[index] = last ? value : write(copy[index], i + 1);
      return copy;
    }
    const obj = (node && typeof node === 'object' ? node : {}) as Record<string, unknown>;
    return { ...obj, [key]: last ? value : write(obj[key], i + 1) };
  };
  return write(root, 0) as T;
}

/** The element id of the control bound to a case path, so a warning can lead to its field. */
export function caseFieldId(path: string): string {
  return `case-${path.replace(/[^\w-]/gu, '-')}`;
}
