// `npm test`: the whole suite, in the order that makes failures readable.
//   0. the house rules: Prettier (--check; `npm run format` fixes) and ESLint on every file they cover
//      (.prettierrc.json, .prettierignore, eslint.config.ts), and, started at the same time,
//   1. type-check (astro check, strict)  – every file: the .astro pages and components, and every .ts in src/, scripts/, tests/
//   2. build the real site into dist/ exactly as `npm run build` does (buildSite below), one astro build:
//      pages (content errors fail here, naming file and field), then the outputs (src/outputs/): the
//      formats (PDFs, offline copy, EPUB…), the search index (Pagefind), dist/_headers
//   3. vitest, one run (vitest.config.ts): unit, built-site and real-browser tests against that dist/, and
//   4. in the same run, the fixture explainers (tests/fixtures/explainers/: pocket-park, a news article with every part;
//      library-speech, a speech with no address and no actors, sources, glossary or timeline), each built
//      by the same engine from content alone into dist-explainers/<name>/, the same way, through the tests
//      that hold for any explainer (ANY_EXPLAINER, tests/any-explainer.ts): fidelity, links, head metadata, link previews,
//      citations, valid HTML, axe, the PDF, the EPUB, the downloads, the offline copy, no editors' words
//      (file names, research ids) anywhere readers look, who made it on every page, the text named by its
//      kind, the optional parts present exactly when the content has them, the interface in its dictionary's words and
//      one language in every format, and the article's words never re-punctuated. rue-des-tanneurs (French) and
//      bayan-al-maktaba (Arabic, right to left) prove the interface in another language. Each is a project of the
//      run, named in its lines (`|pocket-park| tests/…`); the run's two workers take files from all of them.
// Extra arguments go to vitest (e.g. `npm test -- tests/unit`) and skip step 4.
// `npm test -- --explainer my-article`: only step 4, on your own content folder (built into dist-explainers/my-article/):
// the same list of tests that hold for any explainer, so the docs name no test file of their own.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANY_EXPLAINER, FIXTURES } from '../tests/any-explainer.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;

type Env = Record<string, string | undefined>;

/**
 * Steps that only read the sources, started together (each is one process, mostly on one core: side by side, a
 * 2-core machine does them in the time of the longest, ~8 s less than one after another); what each printed is
 * shown after, step by step in this order, with its time, and the first that failed stops the test there.
 */
async function runTogether(steps: { label: string; args: string[] }[]): Promise<void> {
  const started = performance.now();
  // Colours as on a terminal, although each step's output is held back.
  const colour: Env = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  const results = await Promise.all(
    steps.map(
      ({ args }) =>
        new Promise<{ code: number | null; output: string; seconds: string }>((resolve) => {
          const child = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...colour } });
          let output = '';
          child.stdout.on('data', (d: Buffer) => (output += d));
          child.stderr.on('data', (d: Buffer) => (output += d));
          child.on('close', (code) => resolve({ code, output, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
        }),
    ),
  );
  for (const [i, { label }] of steps.entries()) {
    const { code, output, seconds } = results[i]!;
    console.log(`\n▶ ${label}`);
    if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (code !== 0) {
      console.error(`✖ ${label} failed (${seconds} s)`);
      process.exit(code ?? 1);
    }
    console.log(`✔ ${label} (${seconds} s)`);
  }
}

/**
 * The deploy build (`npm run build`, package.json): one `astro build`, which makes the pages and then, in its
 * outputs (src/outputs/), the formats, the search index and the host headers. Astro's own lines are
 * left out; the integration's (each step's lines and seconds) are printed. One definition for both explainers.
 */
function buildSite(dist: string, extraEnv: Env = {}, what = ''): void {
  const label = `build${what} (astro build: pages, formats, search index, ${dist}/_headers)`;
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  // DIST_DIR, as an editor building several explainers side by side would (astro.config.ts `outDir`).
  const result = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...env, DIST_DIR: dist, ...extraEnv },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = (result.stdout ?? '').split('\n');
  // On failure, all of Astro's output; else only the build steps' lines.
  const shown = result.status === 0 ? lines.filter((l) => l.includes('[explainer-site]')) : lines;
  if (shown.join('').trim()) console.log(shown.join('\n').trimEnd());
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

const extra = process.argv.slice(2);
const own = extra.indexOf('--explainer');
if (own >= 0) {
  const content = extra[own + 1];
  if (!content) {
    console.error('npm test -- --explainer <content folder>: which folder?');
    process.exit(1);
  }
  const dist = `dist-explainers/${content.replace(/\/+$/, '').split('/').at(-1)}`;
  if (!process.env.SKIP_BUILD) buildSite(dist, { CONTENT_DIR: content }, ` of ${content} (content alone)`);
  console.log(`\n▶ the tests for any explainer, on ${content}`);
  const r = vitest(ANY_EXPLAINER, { CONTENT_DIR: content, DIST_DIR: dist });
  console.log(`\n${r.passed} passed, ${r.failed} failed`);
  process.exit(r.ok && r.failed === 0 ? 0 : 1);
}
if (!process.env.SKIP_BUILD) {
  await runTogether([
    { label: 'format (Prettier --check; `npm run format` fixes)', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.'] },
    { label: 'lint (ESLint)', args: ['node_modules/eslint/bin/eslint.js', '--flag', 'unstable_native_nodejs_ts_config', '.'] },
    { label: 'type-check', args: ['node_modules/astro/bin/astro.mjs', 'check'] },
  ]);
  buildSite('dist');
  if (!extra.length) for (const f of FIXTURES) buildSite(f.dist, { CONTENT_DIR: f.content }, ` of ${f.content} (content alone)`);
}

/** One vitest run; returns its counts (a run that wrote no report counts as one failure). */
function vitest(args: string[], extraEnv: Env = {}): { passed: number; failed: number; ok: boolean } {
  const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
  const r = spawnSync(node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      testResults?: { status: string; assertionResults?: { status: string }[] }[];
    };
    // A file that fails before its tests run (a beforeAll that throws, e.g. a missing server) fails no test:
    // count each such file as a failure, so the closing line never says "0 failed" for a red run.
    const failed =
      json.numFailedTests + (json.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.some((a) => a.status === 'failed')).length;
    return { passed: json.numPassedTests, failed: failed || (r.status === 0 ? 0 : 1), ok: r.status === 0 };
  } catch {
    return { passed: 0, failed: 1, ok: false };
  }
}

// TEST_FIXTURES: the fixture explainers' projects join the run (vitest.config.ts).
if (!extra.length) console.log(`\n▶ vitest: this explainer, and the tests for any explainer on ${FIXTURES.map((f) => f.name).join(', ')}`);
const r = vitest(extra, extra.length ? {} : { TEST_FIXTURES: '1' });
console.log(`\n${r.passed} passed, ${r.failed} failed`);
process.exit(r.ok && r.failed === 0 ? 0 : 1);
