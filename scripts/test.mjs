// `npm test`: the whole suite, in the order that makes failures readable.
//   1. type-check (astro check)          – wrong types in src/ and content schemas
//   2. build the real site into dist/    – content errors fail here, naming file and field
//      and its search index (Pagefind), then dist/_headers (host-config)
//   3. vitest: unit, built-site and real-browser tests against that dist/
// Extra arguments go to vitest (e.g. `npm test -- tests/unit`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;

function run(label, args) {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(node, args, { stdio: 'inherit', env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

const extra = process.argv.slice(2);
if (!process.env.SKIP_BUILD) {
  run('type-check', ['node_modules/astro/bin/astro.mjs', 'check']);
  run('build', ['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  // Site search: Pagefind indexes dist/ (settings in pagefind.yml), as `npm run build` does.
  run('search index (Pagefind)', ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist', '--silent']);
  // Host headers: dist/_headers from the pages' CSP (scripts/host-config.mjs), as `npm run build` writes it.
  run('host headers (dist/_headers)', ['scripts/host-config.mjs', '--dist', 'dist']);
}

const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
const vitest = spawnSync(
  node,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { stdio: 'inherit', env },
);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed`);
} catch {
  console.log('\n0 passed, 1 failed (vitest wrote no report)');
}
process.exit(vitest.status ?? 1);
