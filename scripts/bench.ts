// `npm run bench`: build, then print what each page costs a reader on first load (bytes by kind, raw and gzip)
// and how long the build took. Compare the numbers before and after a change; the budgets are src/budget.ts.
// `npm run bench -- --scale`: how the build scales with content instead (./lib/scale-bench.ts).
//   --no-build   measure the dist/ already built
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walkFiles } from '../src/lib/files.ts';
import { readManifest, type Manifest } from '../src/outputs/formats.ts';
import { BUDGET } from '../src/budget.ts';
import { KINDS, pageWeight } from './lib/page-weight.ts';
import { runScaleBench, stepSeconds } from './lib/scale-bench.ts';

const DIST = 'dist';
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const urlOf = (file: string) => '/' + relative(DIST, file).replace(/index\.html$/, '');

/** As `npm run build` does: one astro build (the pages, then the outputs); each step's seconds from its log line. */
function build(): { label: string; seconds: number }[] {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.exit(r.status ?? 1);
  }
  const steps = stepSeconds(r.stdout);
  const total = (performance.now() - t0) / 1000;
  const label: Record<string, string> = {
    formats: 'formats (PDFs, EPUB, offline copy; ≤ 20 s)',
    'search index': 'search index (Pagefind)',
    'host headers': 'host headers (dist/_headers)',
  };
  return [
    { label: 'build (pages)', seconds: total - steps.reduce((n, s) => n + s.seconds, 0) },
    ...steps.map((s) => ({ label: label[s.step] ?? s.step, seconds: s.seconds })),
    { label: 'astro build in all', seconds: total },
  ];
}

/** Each reading page's first-load transfer against its budget; returns how many are over. */
function printPages(pages: string[]): number {
  console.log(`\nFirst-load transfer per page, KB (gzip; fonts and PNGs as stored)`);
  console.log(['page'.padEnd(34), ...KINDS.map((k) => k.padStart(6)), ' total', '   raw', '  budget'].join(' '));
  let worst = 0;
  let over = 0;
  for (const file of pages) {
    const w = pageWeight(DIST, file);
    const url = urlOf(file);
    const budget = BUDGET.pageGzip(url);
    const ok = w.gzip <= budget && w.byKind.js.gzip <= BUDGET.jsGzip(url);
    if (!ok) over++;
    worst = Math.max(worst, w.gzip);
    console.log(
      [url.padEnd(34), ...KINDS.map((k) => kb(w.byKind[k].gzip)), kb(w.gzip), kb(w.raw), `  ≤${(budget / 1024).toFixed(0)} ${ok ? 'ok' : 'OVER'}`].join(' '),
    );
  }
  console.log(`\n${pages.length} pages; heaviest ${kb(worst).trim()} KB; ${over} over budget.`);
  return over;
}

/**
 * Reading first: a claim page's first render (HTML + the stylesheets it waits for) and all it transfers, against their
 * budgets (✓/✗ OVER). Returns how many are over.
 */
function printClaimPages(pages: string[]): number {
  const kbOf = (n: number) => (n / 1024).toFixed(2).replace(/\.?0+$/, '');
  console.log(
    `\nClaim pages: first render (HTML + CSS it waits for) ≤ ${kbOf(BUDGET.claimFirstRender)} KB, transferred ≤ ${kbOf(BUDGET.claimTransfer)} KB (gzip)`,
  );
  let over = 0;
  // Claim pages are those with the article's text.
  for (const file of pages.filter((f) => readFileSync(f, 'utf8').includes('class="quoted"') && !f.includes(`${join(DIST, 'pamphlet')}`))) {
    const w = pageWeight(DIST, file);
    const mark = (n: number, budget: number) => `${kb(n)} ${n <= budget ? '✓' : '✗ OVER'}`;
    if (w.firstRender > BUDGET.claimFirstRender || w.gzip > BUDGET.claimTransfer) over++;
    console.log(`${urlOf(file).padEnd(34)} first render ${mark(w.firstRender, BUDGET.claimFirstRender)}   transferred ${mark(w.gzip, BUDGET.claimTransfer)}`);
  }
  return over;
}

/** Search: no reading page carries search bytes; /search/ loads Pagefind only when a search starts. Returns 1 if a reading page loads it. */
function printSearch(pages: string[]): number {
  const PF = join(DIST, 'pagefind');
  if (!existsSync(PF)) return 0;
  const size = (f: string) => (f.endsWith('.js') || f.endsWith('.json') ? gzipSync(readFileSync(f)).length : statSync(f).size); // .pagefind/.pf_* are gzip already
  const sum = (files: string[]) => files.reduce((n, f) => n + size(f), 0);
  const loading = pages.filter((f) => !f.endsWith(join('search', 'index.html')) && readFileSync(f, 'utf8').includes('/pagefind/'));
  const entry = JSON.parse(readFileSync(join(PF, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const [lang, { hash, wasm } = { hash: '' }] = Object.entries(entry.languages)[0] ?? [''];
  const engine = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', `wasm.${wasm ?? lang}.pagefind`, `pagefind.${hash}.pf_meta`].map((f) =>
    join(PF, f),
  );
  const chunks = walkFiles(join(PF, 'index'));
  const fragments = walkFiles(join(PF, 'fragment'));
  console.log(
    `\nSearch, on demand (KB as transferred): ${loading.length} reading pages load search bytes on first load${loading.length ? ` (${loading.map((f) => relative(DIST, f)).join(', ')})` : ''}.`,
  );
  console.log(
    `  first search on /search/: engine ${kb(sum(engine)).trim()} (pagefind.js, worker, WebAssembly, metadata) + index ${kb(sum(chunks)).trim()} in ${chunks.length} chunk(s), fetched by word`,
  );
  console.log(`  then per result shown: one fragment, ${kb(sum(fragments) / fragments.length).trim()} on average (${fragments.length} pages indexed)`);
  return loading.length ? 1 : 0;
}

/**
 * Link-preview cards: how many the last build drew and how many it took from the card cache, from the tally
 * src/outputs/og/cache.ts writes. `OG_CACHE=off npm run bench` draws them all, for the cold cost.
 */
function printCards(): void {
  const file = join(process.env.OG_CACHE_DIR || join('node_modules', '.cache', 'og'), 'last-build.json');
  if (!existsSync(file)) return console.log(`link-preview images: no tally (${file}); build first`);
  type Tally = Record<string, number>;
  const {
    drawn,
    offThread = {},
    chromium = {},
    cached,
    drawMs,
    contentDir,
  } = JSON.parse(readFileSync(file, 'utf8')) as {
    drawn: Tally;
    offThread?: Tally;
    chromium?: Tally;
    cached: Tally;
    drawMs: Tally;
    contentDir?: string;
  };
  const sum = (o: Tally) => Object.values(o).reduce((n, v) => n + v, 0);
  const [d, c, ms] = [sum(drawn), sum(cached), sum(drawMs)];
  const per = (n: number, t: number) => (n ? `${(t / n).toFixed(0)} CPU ms per drawn image` : 'none drawn');
  const q = { d: drawn.quote ?? 0, c: cached.quote ?? 0, ms: drawMs.quote ?? 0 };
  console.log(
    `link-preview images: ${d + c} (${d} drawn, ${sum(offThread)} of them by card workers; ${c} from cache), ${per(d, ms)}, total ${(ms / 1000).toFixed(2)} CPU s` +
      ` — of them paragraph quote cards: ${q.d + q.c} (${q.d} drawn, ${per(q.d, q.ms)}, ${(q.ms / 1000).toFixed(2)} s)` +
      (contentDir && contentDir !== 'content' ? ` [last build was of ${contentDir}]` : ''),
  );
  // Right-to-left cards are drawn by Chromium (src/outputs/og/chromium.ts): wall time, its launch included.
  if (sum(chromium))
    console.log(
      `  right to left: ${sum(chromium)} drawn by Chromium, ${(ms / sum(chromium)).toFixed(0)} wall ms per image with its launch, ${(ms / 1000).toFixed(2)} s in all`,
    );
}

function printDownloads(manifest: Manifest): void {
  console.log('\nDownloads (dist/formats.json): file, size, time to make');
  for (const f of manifest.formats)
    console.log(`  ${f.file.padEnd(28)} ${f.size.padStart(18)}  ${f.ms ? `${(f.ms / 1000).toFixed(2)} s` : '(made by the Astro build)'}`);
  for (const f of manifest.leftOut) console.log(`  ${f.file.padEnd(28)} left out: ${f.why}`);
}

if (process.argv.includes('--scale')) {
  await runScaleBench(process.argv.slice(2).filter((a) => a !== '--scale'));
} else {
  const timings = process.argv.includes('--no-build') ? [] : build();
  // Reading pages only: the offline copy (explainer.html) is a download, listed with the formats.
  const manifest = readManifest(DIST);
  const downloads = new Set((manifest?.formats ?? []).map((f) => join(DIST, f.file)));
  const pages = walkFiles(DIST)
    .filter((f) => f.endsWith('.html') && !downloads.has(f))
    .sort();
  let over = printPages(pages);
  over += printClaimPages(pages);
  over += printSearch(pages);
  for (const t of timings) console.log(`${t.label}: ${t.seconds.toFixed(2)} s`);
  printCards();
  if (manifest) printDownloads(manifest);
  if (over) process.exitCode = 1;
}
