import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILT_IN_PORTALS, portalMatchPatterns } from './lib/portals/registry';
import { firstPaintChunks } from './scripts/build/firstPaintChunks';

// Manifest permissions are listed, with the reason for each, in README.md ("Permissions").
export default defineConfig({
  manifestVersion: 3,
  // SCA_OUT_DIR lets parallel work build into its own folder (the e2e harness reads the same variable).
  outDir: process.env.SCA_OUT_DIR ?? '.output',
  // No modulepreload polyfill: both browsers preload natively, and the polyfill's top-level DOM code
  // would land in the chunk the service worker shares with the side panel.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The side panel's first screen in two files (scripts/build/firstPaintChunks.ts); only in the
    // build that holds the pages, as the content scripts are single-file builds.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'sidepanel')) return;
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) output.manualChunks = firstPaintChunks('sidepanel');
    },
  },
  manifest: ({ browser }) => ({
    name: 'SCA Assistant',
    description: 'Single case agreements without retyping: fills insurer portal forms from a case kept only in your browser.',
    permissions: ['storage', 'alarms', 'notifications', 'clipboardWrite', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: portalMatchPatterns(BUILT_IN_PORTALS),
    // One pattern: a user portal asks for *://host/*, which must be a subset of a single optional pattern.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Open SCA Assistant' },
    // Extension pages load only the extension's own files: no remote script, style, image, font or
    // frame, and nothing to connect to (team sync, when it exists, will add the office's server here).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; connect-src 'self'; frame-src 'none'; form-action 'none'; base-uri 'none'",
    },
    commands: {
      'fill-form': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fill the portal form from the active case',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'sca-assistant@sca-assistant.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
