// `npm run bench`: build, then print what each page costs a reader on first
// load (bytes by kind, raw and gzip) and how long the build took. Compare the
// numbers before and after a change; budgets are from the issues.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KINDS, pageWeight } from './lib/page-weight.mjs';
import { BUDGET } from './lib/budget.mjs';

const DIST = 'dist';
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

function timed(label, args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return { label, seconds: (performance.now() - t0) / 1000 };
}

const timings = [];
if (!process.argv.includes('--no-build')) timings.push(timed('build', ['node_modules/astro/bin/astro.mjs', 'build', '--silent']));

const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const pages = walk(DIST).filter((f) => f.endsWith('.html')).sort();

console.log(`\nFirst-load transfer per page, KB (gzip; fonts and PNGs as stored)`);
console.log(['page'.padEnd(34), ...KINDS.map((k) => k.padStart(6)), ' total', '   raw', '  budget'].join(' '));
let worst = 0;
let over = 0;
for (const file of pages) {
  const w = pageWeight(DIST, file);
  const url = '/' + relative(DIST, file).replace(/index\.html$/, '');
  const budget = BUDGET.pageGzip(url);
  const ok = w.gzip <= budget && w.byKind.js.gzip <= BUDGET.jsGzip(url);
  if (!ok) over++;
  worst = Math.max(worst, w.gzip);
  console.log([url.padEnd(34), ...KINDS.map((k) => kb(w.byKind[k].gzip)), kb(w.gzip), kb(w.raw), `  ≤${(budget / 1024).toFixed(0)} ${ok ? 'ok' : 'OVER'}`].join(' '));
}
console.log(`\n${pages.length} pages; heaviest ${kb(worst).trim()} KB; ${over} over budget.`);
for (const t of timings) console.log(`${t.label}: ${t.seconds.toFixed(2)} s`);
if (over) process.exitCode = 1;
