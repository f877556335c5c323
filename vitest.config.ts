import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // CI and the shared dev machine are busy 2-core boxes: a test that builds hundreds of notes or
    // derives a 600,000-iteration key can take well over the default 5 s there without being wrong.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
