// ESLint rule: no import cycle between the project's own files, counting every import: `import type`,
// `export ... from` and `import('...')` too. import-x/no-cycle skips type-only imports (they vanish
// at run time), but a type-only cycle still ties two modules' designs together, and a lazy import
// back into its importer is a cycle the next eager import turns into a run-time one.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];

/**
 * The relative module specifiers a file imports, with where each stands in the text.
 * @param {string} text
 * @param {string} fileName
 * @returns {{ specifier: string, start: number, end: number }[]}
 */
export function moduleImports(text, fileName) {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  /** @type {{ specifier: string, start: number, end: number }[]} */
  const found = [];
  const add = (/** @type {ts.Node | undefined} */ node) => {
    if (node && ts.isStringLiteralLike(node) && node.text.startsWith('.')) {
      found.push({ specifier: node.text, start: node.getStart(source), end: node.getEnd() });
    }
  };
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The project file a relative specifier names, as the bundler and tsc resolve it (extension and
 * /index optional), or undefined for other files (styles, HTML, JSON) and missing ones.
 * @param {string} fromFile absolute path
 * @param {string} specifier
 */
export function resolveImport(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...SOURCE_EXTENSIONS.map((e) => base + e), ...SOURCE_EXTENSIONS.map((e) => path.join(base, 'index' + e))];
  return candidates.find((c) => SOURCE_EXTENSIONS.includes(path.extname(c)) && isFile(c));
}

/** @param {string} file */
function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Files each file imports, read from disk once per ESLint run (like import-x's own module cache);
 * the file being linted is read from its current text instead.
 * @type {Map<string, string[]>}
 */
const importsOnDisk = new Map();

/** @param {string} file absolute path */
function importedFiles(file) {
  let files = importsOnDisk.get(file);
  if (!files) {
    files = moduleImports(fs.readFileSync(file, 'utf8'), file)
      .map((i) => resolveImport(file, i.specifier))
      .filter((f) => f !== undefined);
    importsOnDisk.set(file, files);
  }
  return files;
}

/**
 * The shortest chain of imports from `start` back to `target`, or undefined when there is none.
 * @param {string} start
 * @param {string} target
 */
function chainBack(start, target) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (file === target) {
      const chain = [];
      for (let f = /** @type {string | null} */ (file); f !== null; f = /** @type {string | null} */ (cameFrom.get(f))) chain.unshift(f);
      return chain;
    }
    for (const next of importedFiles(file)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow import cycles between project files, type-only and lazy imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}. Move what both sides need into a module that neither imports.' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!path.isAbsolute(file)) return {};
    const root = context.cwd;
    return {
      'Program:exit'() {
        const text = context.sourceCode.text;
        for (const { specifier, start, end } of moduleImports(text, file)) {
          const target = resolveImport(file, specifier);
          const chain = target && chainBack(target, file);
          if (!chain) continue;
          context.report({
            loc: { start: context.sourceCode.getLocFromIndex(start), end: context.sourceCode.getLocFromIndex(end) },
            messageId: 'cycle',
            data: { chain: [file, ...chain].map((f) => path.relative(root, f)).join(' -> ') },
          });
        }
      },
    };
  },
};
