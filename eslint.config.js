// Lint: typescript-eslint's recommended rules, no import cycles (type-only and lazy imports count),
// and the layers the code is built in, each zone with the reason it exists. `npm run lint` runs it
// with `prettier --check`; formatting is Prettier's alone (eslint-config-prettier turns off the rest).
// The side panel's first screen loading no zod is a rule about everything it loads transitively, as
// the bundler sees it: test/unit/components/app/firstScreenImports.test.ts checks it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { noImportCycle } from './scripts/lint/noImportCycle.js';

/** One layer rule: files in `target` may not import files in `from` (paths from the project root). */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

const LAYERS = [
  zone(
    './lib',
    ['./components', './entrypoints'],
    'lib/ is plain TypeScript under the views and entrypoints (tested without a browser): pass what it needs in, or move the code down.',
  ),
  zone(
    './components',
    './entrypoints',
    'Components are used by the entrypoints, never the other way: move the shared code into components/ or lib/.',
  ),
  zone(
    './lib/page',
    './lib',
    'lib/page runs inside portal pages (injected on request, 40 KB budget): it may import only lib/page, lib/form, lib/protocol and lib/text.',
    ['./page', './form', './protocol', './text'],
  ),
  zone(
    ['./lib/form', './lib/protocol'],
    ['./lib/page', './lib/fill'],
    'lib/form and lib/protocol are the vocabulary the page and panel sides share: they import neither side.',
  ),
  zone(
    './lib/store',
    ['./lib/clocks', './lib/justify'],
    'lib/store keeps and seals records; domain rules (clocks, justify) build on it, not the other way: pass the result in or move the data piece.',
  ),
  zone('./lib/case', './lib/clocks', 'lib/case (schema, validators) is what the clocks build on: shared date helpers live in lib/dates.'),
];

export default defineConfig(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'dist/**', '.tmp/**', 'test-results/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    plugins: { 'import-x': importX, local: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'local/no-import-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      'import-x/no-self-import': 'error',
      // A leading underscore names what is left out on purpose (a destructured field dropped, an unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/zod.ts'],
    rules: {
      // The extension's zod is configured for the extension pages' CSP in lib/zod.ts (README): import it from there.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import zod from lib/zod.ts (it sets the CSP-safe mode).', allowTypeImports: true }] },
      ],
    },
  },
  // Tests build malformed rows and reach into browser globals on purpose.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  prettier,
);
