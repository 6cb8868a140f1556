import { defineConfig } from 'vitest/config';
import { i18nModules } from './src/i18n/vite';

export default defineConfig({
  // The browser scripts import their words (src/i18n/script-messages.ts); unit tests that import a script's pure
  // functions get the English ones.
  plugins: [i18nModules('en', {})],
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
