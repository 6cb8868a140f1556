import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The browser scripts import their words from a module the build makes (src/i18n/vite.ts); tests that import a
  // script's pure functions (which use no words) get an empty one.
  plugins: [
    {
      name: 'script-words-for-tests',
      resolveId: (id) => (id.startsWith('virtual:explainer/ui/') ? `\0${id}` : undefined),
      load: (id) => (id.startsWith('\0virtual:explainer/ui/') ? 'export const mark = () => {};' : undefined),
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
