// `npm run bench -- --scale`: does the build scale? Synthetic content (./synthetic-content.ts) in
// the proportions of the content folder (CONTENT_DIR or content/), at 1×, 10× and 30× its size, is
// written to a temporary folder and built as a deploy would be (one astro build --outDir <tmp>: the pages,
// then the outputs with the PDFs, the search index, the host headers); then one table: pages, seconds,
// pages per second, peak memory and the cost per page relative to 1×. Times are printed, never asserted.
//
//   --scales 1,10,30   which sizes (default 1,10,30)
//   --no-pdf           build with NO_PRINT=1: no PDFs (they print the whole explainer in Chromium)
//   --keep             keep the temporary folders (their paths are printed)
//   --seed <n>         another synthetic folder (default 1)
//
// What a build costs is measured from outside (./measure.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../src/model/build.ts';
import { readContent } from '../../src/model/read.ts';
import { walkFiles } from '../../src/lib/files.ts';
import { optionValue } from './args.ts';
import { measured, type Measure } from './measure.ts';
import { generateContent, measureContent, writeContent } from './synthetic-content.ts';

/** The outputs' seconds, from the lines the integration logs ("[explainer-site] formats: 9.1 s", src/outputs/index.ts). */
export const stepSeconds = (stdout: string): { step: string; seconds: number }[] =>
  [...stdout.matchAll(/\[explainer-site\] ([a-z ]+): (\d+(?:\.\d+)?) s$/gm)].map((m) => ({ step: m[1] ?? '', seconds: Number(m[2]) }));

type Build = Measure & { total: number; formats: number; search: number };

/** A build's seconds for the pages alone (its wall time less the steps'), and each step's. */
function split(measure: Measure): Build {
  const steps = stepSeconds(measure.stdout);
  const of = (name: string) => steps.find((s) => s.step === name)?.seconds ?? NaN;
  return {
    ...measure,
    total: measure.seconds,
    seconds: measure.seconds - steps.reduce((n, s) => n + s.seconds, 0),
    formats: of('formats'),
    search: of('search index'),
  };
}

type Cards = { count: number; drawn: number; offThread: number; ms: number };

/** The link-preview cards' count and drawing milliseconds, from the card cache's tally (OG_CACHE_DIR/last-build.json). */
function ogTimes(cacheDir: string): Cards {
  const tally = join(cacheDir, 'last-build.json');
  if (!existsSync(tally))
    throw new Error(`scale bench: the build wrote no card tally (${tally}); the engine keeps one in its card cache (src/outputs/og/cache.ts)`);
  const counts = JSON.parse(readFileSync(tally, 'utf8')) as Partial<Record<'drawn' | 'offThread' | 'cached' | 'drawMs', Record<string, number>>>;
  const sum = (o: Record<string, number> = {}) => Object.values(o).reduce((a, b) => a + b, 0);
  return { count: sum(counts.drawn) + sum(counts.cached), drawn: sum(counts.drawn), offThread: sum(counts.offThread), ms: sum(counts.drawMs) };
}

interface Row {
  scale: number;
  pages: number;
  build: Build;
  rebuild: Build;
  modelSeconds: number;
  og: Cards;
  ogAgain: Cards;
}

/** One size: the synthetic folder written, its model built here, then a cold build and a rebuild measured. */
async function runScale(
  profile: ReturnType<typeof measureContent>,
  { scale, seed, pdf, keep }: { scale: number; seed: number; pdf: boolean; keep: boolean },
): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), `scale-${scale}x-`));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  try {
    writeContent(content, generateContent(profile, { scale, seed }));
    // The model alone (read + checks + buildModel), in this process: the engine's own cost, without Astro.
    const cpu0 = process.cpuUsage();
    const model = buildModel(readContent(content));
    const cpu = process.cpuUsage(cpu0);
    process.stdout.write(`  ${scale}×: ${model.paragraphs.length} ¶, ${model.claims.length} claims, ${model.sources.length} sources; building…`);
    // A card cache of its own, empty: every card is drawn (a cold build), and none of these lands in the project's cache.
    const cards = join(root, 'og-cache');
    const env: Record<string, string> = { CONTENT_DIR: content, OG_CACHE_DIR: cards, ...(pdf ? {} : { NO_PRINT: '1' }) };
    const astroBuild = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist];
    const build = split(await measured(astroBuild, env, root));
    const pages = walkFiles(dist).filter((f) => f.endsWith('.html')).length;
    process.stdout.write(` ${build.total.toFixed(1)} s (${build.cpu.toFixed(1)} CPU s), ${pages} pages; rebuilt, cards cached…`);
    const og = ogTimes(cards);
    // The same content again with the card cache the first build filled: what an editor's next build costs.
    const rebuild = split(await measured(astroBuild, env, root));
    const ogAgain = ogTimes(cards);
    console.log(` ${rebuild.total.toFixed(1)} s, ${ogAgain.drawn} cards drawn; done`);
    return { scale, pages, build, rebuild, modelSeconds: (cpu.user + cpu.system) / 1e6, og, ogAgain };
  } finally {
    if (keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const perPage = (r: Row) => r.build.seconds / r.pages;

/** The table: one row per size, one column per measure. */
function printTable(rows: Row[], base: Row): void {
  const cols: [string, (r: Row) => string][] = [
    ['scale', (r) => `${r.scale}×`],
    ['HTML pages', (r) => String(r.pages)],
    ['build s', (r) => r.build.seconds.toFixed(1)],
    ['pages/s', (r) => (r.pages / r.build.seconds).toFixed(0)],
    ['rebuild s', (r) => r.rebuild.seconds.toFixed(1)],
    ['rebuild pages/s', (r) => (r.pages / r.rebuild.seconds).toFixed(0)],
    ['CPU s', (r) => r.build.cpu.toFixed(1)],
    ['pages/CPU s', (r) => (r.pages / r.build.cpu).toFixed(0)],
    ['peak MB', (r) => r.build.peakMB.toFixed(0)],
    ['(1 proc)', (r) => r.build.hwmMB.toFixed(0)],
    ['rebuild MB', (r) => r.rebuild.peakMB.toFixed(0)],
    ['ms/page', (r) => (perPage(r) * 1000).toFixed(1)],
    ['vs 1×', (r) => `${(perPage(r) / perPage(base)).toFixed(2)}×`],
    ['CPU vs 1×', (r) => `${(r.build.cpu / r.pages / (base.build.cpu / base.pages)).toFixed(2)}×`],
    // What each page added since the previous size costs: flat if nothing is quadratic (1×'s cost per page is mostly startup).
    [
      'added CPU ms/page',
      (r) => {
        const prev = rows[rows.indexOf(r) - 1];
        return prev ? ((1000 * (r.build.cpu - prev.build.cpu)) / (r.pages - prev.pages)).toFixed(1) : '–';
      },
    ],
    ['model s', (r) => r.modelSeconds.toFixed(2)],
    ['formats s', (r) => r.build.formats.toFixed(1)],
    ['Pagefind s', (r) => r.build.search.toFixed(1)],
  ];
  const widths = cols.map(([h, f]) => Math.max(h.length, ...rows.map((r) => f(r).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(`\n${line(cols.map(([h]) => h))}`);
  for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));
  console.log(
    '\nbuild s: the first (cold) astro build, wall clock (config, model, Vite, every page, every link-preview card drawn),' +
      '\n  less its steps after the pages (formats s: the downloads, with the PDFs unless --no-pdf; Pagefind s: the search index; the host headers);' +
      '\n  rebuild s: the same content built again, the cards from the cache the first build filled (its steps left out the same way);' +
      "\nCPU s: the cold build's user + system time (GNU time), steps included, which other load on the machine does not inflate;" +
      '\nmodel s: readContent + checks + buildModel alone, CPU seconds in this process.' +
      "\npeak MB: the cold build's process tree (its steps, Pagefind and Chromium, included), sum of PSS (shared memory counted once) sampled every 200 ms from /proc; (1 proc): the largest VmHWM of one process; rebuild MB: the rebuild's tree." +
      '\nvs 1×: build seconds per HTML page relative to 1× (CPU vs 1×: the same in CPU seconds); target ≤ 1.3× at 30×.' +
      '\nadded CPU ms/page: CPU seconds of the pages added since the previous size, per page (startup left out): flat if nothing grows faster than the content.' +
      `\nLoad average while it ran: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} on ${availableParallelism()} cores (wall times grow with other load; CPU times much less).`,
  );
}

/**
 * The targets (2 cores), checked at the largest size: HTML pages per second (the HTML build's, the images being
 * their own line: a rebuild takes them from the cache; the cold build's, drawing them too, beside it), the cost
 * per page against 1×, and the peak memory of every step.
 */
function printTargets(top: Row, base: Row): void {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const rebuildRate = top.pages / top.rebuild.seconds;
  const coldRate = top.pages / top.build.seconds;
  const ratio = perPage(top) / perPage(base);
  const steps: [string, Build][] = [
    ['cold build', top.build],
    ['rebuild', top.rebuild],
  ];
  const peak = Math.max(...steps.map(([, m]) => m.peakMB));
  console.log(
    `\nTargets at ${top.scale}× (2 cores):` +
      `\n  ≥ 150 HTML pages/s: ${rebuildRate.toFixed(0)} ${mark(rebuildRate >= 150)} (the rebuild, images from the cache); ` +
      `${coldRate.toFixed(0)} ${mark(coldRate >= 150)} in the cold build, which also draws ${top.og.drawn} images` +
      `\n  cost per page ≤ 1.3× that at ${base.scale}×: ${ratio.toFixed(2)}× ${mark(ratio <= 1.3)} (cold builds)` +
      `\n  peak memory < 2048 MB: ${peak.toFixed(0)} MB ${mark(peak < 2048)} (${steps.map(([name, m]) => `${name} ${m.peakMB.toFixed(0)}`).join(', ')})`,
  );
}

function printCards(rows: Row[]): void {
  for (const r of rows.filter((r) => r.og.drawn)) {
    console.log(
      `link-preview images at ${r.scale}×: ${r.og.count} (${r.og.drawn} drawn, ${r.og.offThread} of them by card workers beside the page rendering), ` +
        `${(r.og.ms / r.og.drawn).toFixed(0)} CPU ms per drawn image, ${(r.og.ms / 1000).toFixed(1)} CPU s in all ` +
        `(= ${((r.og.ms / 1000 / r.build.seconds) * 100).toFixed(0)}% of the pages' build wall time, were it all on the main thread); ` +
        `the rebuild drew ${r.ogAgain.drawn}`,
    );
  }
}

export async function runScaleBench(argv = process.argv.slice(2)): Promise<void> {
  const scales = (optionValue(argv, '--scales') ?? '1,10,30').split(',').map(Number);
  const seed = Number(optionValue(argv, '--seed') ?? '1');
  const options = { seed, pdf: !argv.includes('--no-pdf'), keep: argv.includes('--keep') };
  const source = process.env.CONTENT_DIR || 'content';
  const profile = measureContent(source);
  console.log(
    `Scale bench: synthetic content in the proportions of ${source}/ (${profile.paragraphs} ¶, ${profile.sections} claims, ${profile.actors} actors, ${profile.sources} sources, ${profile.terms} terms, ${profile.events} events), seed ${seed}.`,
  );
  const rows: Row[] = [];
  for (const scale of scales) rows.push(await runScale(profile, { scale, ...options }));
  const base = rows.find((r) => r.scale === 1) ?? rows[0];
  const top = rows.at(-1);
  if (!base || !top) return;
  printTable(rows, base);
  if (top !== base) printTargets(top, base);
  printCards(rows);
}
