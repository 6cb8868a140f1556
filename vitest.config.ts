import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { ANY_EXPLAINER, FIXTURES } from './tests/any-explainer.ts';

/**
 * The tests of a built site (dist/, or DIST_DIR) and of its formats, in a real browser or read from the files: they
 * only read, so one worker runs many of them one after another, keeping its modules (the parsed pages, the model)
 * and its Chromium (tests/helpers/browser.ts) rather than starting again for each file (~1 CPU s a file).
 */
const BUILT_SITE = ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/formats/**/*.test.ts'];
const builtSite = (name: string, include: string[], env: Record<string, string> = {}): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include, isolate: false, env, setupFiles: ['tests/helpers/same-explainer.ts'] },
});

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
    projects: [
      // Unit tests, the builds of changed copies, the servers: each file in a worker of its own, as they set
      // environment variables, keep state in the engine's modules (the link-preview cards' cache) and start servers.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...BUILT_SITE] } },
      builtSite('site', BUILT_SITE),
      // `npm test` (scripts/test.ts) adds the fixture explainers, built beforehand: the tests for any explainer on
      // each, in the same run, so that the two cores stay busy from the first test file to the last.
      ...(process.env.TEST_FIXTURES ? FIXTURES.map((f) => builtSite(f.name, ANY_EXPLAINER, { CONTENT_DIR: f.content, DIST_DIR: f.dist })) : []),
    ],
    // Browser tests drive Chromium; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
