// Every downloadable format of the explainer, made into the built site after the pages and
// before the search index and the host headers: `astro build` runs makeFormats (src/build/formats.mjs);
// this command line makes them again into a site already built:
//
//   node scripts/formats.mjs [--dist DIR]     default DIST_DIR or dist/ (`npm run formats`)
//   NO_PRINT=1 …                              leave the PDFs out on purpose (no Chromium)
//
// What it makes is the list in src/lib/formats.mjs (planFormats): the PDFs (the full pamphlet and
// the hand-out, each A5, A4 and the A4 booklet; one Chromium prints them all), the offline single-file HTML, the EPUB, and files
// Astro already built (only measured). Then it
//   - writes DIR/formats.json, the manifest: file, label, media type, bytes (and, for the PDFs,
//     what tests/browser/pdf.test.ts reads back instead of printing again: pages, contents, geometry);
//   - writes each file's size into the download links the pages carry (components/site/
//     Downloads.astro renders an empty <span data-format-size="<file>"> per format; text only,
//     so the pages' CSP hashes and validity are untouched, and no script is added).
// Where the print formats are wanted but no Chromium is found, it stops and says how to install
// one or how to leave them out (NO_PRINT=1, which the pages obey too): never a silent gap.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FORMATS, MANIFEST, planFormats, SIZE_ATTRIBUTE, sizeText } from '../src/lib/formats.mjs';
import { makeOfflineHtml } from './lib/offline-html.mjs';
import { EDITIONS, findChromium, launchChromium, makePdf } from './pdf.mjs';
import { startServer } from './serve.mjs';

/**
 * @typedef {import('../src/lib/formats.mjs').Format} Format
 * @typedef {{ bytes?: number, pages?: number, ms: number, print?: object }} Made  what a maker reports per format
 * @typedef {(context: { dist: string, formats: Format[], log: (line: string) => void }) => Promise<Map<string, Made>>} Maker
 *   makes all formats of its kind (so one Chromium can print every PDF), keyed by format id
 */

/**
 * No Chromium, yet print formats wanted: the message says both ways on.
 * @param {Format[]} print
 * @param {{ chromePath?: string, candidates?: string[] }} [where] for tests
 */
export function requireChromium(print, where) {
  try {
    return findChromium(where);
  } catch {
    throw new Error(
      `No Chromium found to print ${print.map((f) => f.file).join(', ')}. Install it: \`sudo apt-get install -y chromium\` ` +
        '(Debian/Ubuntu; or set CHROME_PATH to a Chrome/Chromium binary). Or leave the PDFs out on purpose: ' +
        '`NO_PRINT=1 npm run build` (the pages then offer no PDF).',
    );
  }
}

/**
 * The PDFs: each edition (scripts/pdf.mjs EDITIONS: the full pamphlet, the hand-out) on A5 (with
 * its booklet imposed from it) and on A4, all printed side by side by one Chromium.
 */
async function makePrint({ dist, formats }) {
  const want = new Set(formats.map((f) => f.id));
  const browser = await launchChromium(requireChromium(formats));
  const server = await startServer({ root: dist });
  /** @type {Map<string, Made>} */
  const made = new Map();
  const details = (r) => ({ pages: r.pages, passes: r.passes, blanks: r.blanks, contents: r.contents, geometry: r.geometry });
  try {
    const file = (id) => join(dist, /** @type {Format} */ (FORMATS.find((f) => f.id === id)).file);
    const jobs = [];
    for (const [edition, { ids }] of Object.entries(EDITIONS)) {
      if (want.has(ids.a5) || want.has(ids.booklet)) {
        jobs.push(
          makePdf({ dist, edition, out: file(ids.a5), booklet: want.has(ids.booklet), bookletOut: file(ids.booklet), browser, base: server.url }).then((r) => {
            made.set(ids.a5, { pages: r.pages, ms: Math.round(r.seconds * 1000), print: details(r) });
            if (r.booklet) made.set(ids.booklet, { pages: r.bookletPages, ms: Math.round(r.seconds * 1000) });
          }),
        );
      }
      if (want.has(ids.a4)) {
        jobs.push(
          makePdf({ dist, edition, out: file(ids.a4), paper: 'a4', browser, base: server.url }).then((r) => {
            made.set(ids.a4, { pages: r.pages, ms: Math.round(r.seconds * 1000), print: details(r) });
          }),
        );
      }
    }
    await Promise.all(jobs);
  } finally {
    await browser.close();
    await server.close();
  }
  return made;
}

/** @type {Record<Format['by'], Maker>} */
const MAKERS = {
  print: makePrint,
  html: async ({ dist, formats }) => new Map(await Promise.all(formats.map(async (f) => [f.id, await makeOfflineHtml({ dist, out: join(dist, f.file) })]))),
  epub: async ({ dist, formats }) => {
    // scripts/epub.mjs: async makeEpub({ dist, out }) → { file, bytes, ms }
    const { makeEpub } = await import(pathToFileURL(resolve('scripts/epub.mjs')).href);
    const made = new Map();
    for (const f of formats) made.set(f.id, await makeEpub({ dist, out: join(dist, f.file) }));
    return made;
  },
  // Built by Astro (a page or endpoint): nothing to make, only to find.
  astro: async ({ formats }) => new Map(formats.map((f) => [f.id, { ms: 0 }])),
};

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Write each format's size into the empty placeholders of one page's download links.
 * Re-running on a filled page rewrites the same text, so the step can run twice.
 * @param {string} html
 * @param {Map<string, string>} sizes file → text ("71 pages, 599 KB")
 * @param {string} where the page, for errors
 * @param {Map<string, string>} [leftOut] file → why it is not made, for the error
 * @returns {{ html: string, filled: string[] }}
 */
export function fillSizes(html, sizes, where, leftOut = new Map()) {
  const filled = [];
  const out = html.replace(new RegExp(`(<span\\b[^>]*\\s${SIZE_ATTRIBUTE}="([^"]*)"[^>]*>)[^<]*(</span>)`, 'g'), (_, open, file, close) => {
    const size = sizes.get(file);
    if (size === undefined) {
      const why = leftOut.get(file);
      throw new Error(
        `${where} links ${file}, which this build did not make` +
          (why ? ` (${why}): build the pages and the formats with the same NO_PRINT` : ': add it to src/lib/formats.mjs'),
      );
    }
    filled.push(file);
    return `${open}(${escapeHtml(size)})${close}`;
  });
  return { html: out, filled };
}

/**
 * Make every planned format into `dist`, write the manifest, fill the pages' sizes.
 * @param {{ dist?: string, env?: Record<string, string | undefined>, log?: (line: string) => void }} [options]
 */
export async function makeFormats({ dist = process.env.DIST_DIR ?? 'dist', env = process.env, log = () => {} } = {}) {
  const started = performance.now();
  if (!existsSync(join(dist, 'pamphlet', 'index.html'))) throw new Error(`${dist}/pamphlet/index.html is missing: build the site first (astro build).`);
  const plan = planFormats({ env });
  const byMaker = Map.groupBy(plan.made, (f) => f.by);
  for (const by of byMaker.keys()) if (!MAKERS[by]) throw new Error(`src/lib/formats.mjs: no maker for by: '${by}' (scripts/formats.mjs MAKERS)`);
  // Fail before any work if Chromium is wanted and absent.
  if (byMaker.has('print')) requireChromium(byMaker.get('print'));

  // The makers run side by side: Chromium prints in its own processes while Node writes the others.
  const results = await Promise.all([...byMaker].map(([by, formats]) => MAKERS[by]({ dist, formats, log })));
  const made = new Map(results.flatMap((m) => [...m]));

  const entries = plan.made.map((f) => {
    const file = join(dist, f.file);
    const result = made.get(f.id);
    if (!result || !existsSync(file)) throw new Error(`${f.id}: ${file} was not made (by: '${f.by}')`);
    const bytes = statSync(file).size;
    return { id: f.id, file: f.file, url: `/${f.file}`, label: f.label, type: f.type, bytes, ...(result.pages ? { pages: result.pages } : {}), size: sizeText({ bytes, pages: result.pages }), ms: result.ms, ...(result.print ? { print: result.print } : {}) };
  });
  const manifest = {
    formats: entries,
    leftOut: plan.leftOut.map(({ format, why }) => ({ id: format.id, file: format.file, why })),
  };
  writeFileSync(join(dist, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');

  const sizes = new Map(entries.map((e) => [e.file, e.size]));
  const leftOut = new Map(plan.leftOut.map(({ format, why }) => [format.file, why]));
  const formatFiles = new Set(FORMATS.map((f) => join(dist, f.file)));
  let pages = 0;
  const linked = new Set();
  for (const page of walk(dist).filter((f) => f.endsWith('.html') && !formatFiles.has(f))) {
    const html = readFileSync(page, 'utf8');
    if (!html.includes(SIZE_ATTRIBUTE)) continue;
    const result = fillSizes(html, sizes, relative('.', page), leftOut);
    writeFileSync(page, result.html);
    result.filled.forEach((file) => linked.add(file));
    pages++;
  }
  // A format made but offered nowhere: the pages were built with another plan (e.g. NO_PRINT=1 for
  // astro build only). Say so, rather than deploy files no page links.
  const unlinked = entries.filter((e) => !linked.has(e.file)).map((e) => e.file);
  if (!pages) throw new Error(`no page in ${dist}/ carries the download links (components/site/Downloads.astro)`);
  if (unlinked.length) throw new Error(`no page links ${unlinked.join(', ')}: build the pages and the formats with the same NO_PRINT`);

  const seconds = (performance.now() - started) / 1000;
  for (const e of entries) log(`formats: ${e.file} (${e.size}${e.ms ? `, ${(e.ms / 1000).toFixed(1)} s` : ''})`);
  for (const l of manifest.leftOut) log(`formats: ${l.file} left out: ${l.why}`);
  log(`formats: ${entries.length} into ${dist}/ in ${seconds.toFixed(1)} s; sizes written into ${pages} page(s); ${dist}/${MANIFEST}`);
  return { manifest, seconds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--dist');
  try {
    await makeFormats({ dist: i >= 0 ? args[i + 1] : undefined, log: console.log });
  } catch (err) {
    console.error(`formats: ${err.message}`);
    process.exit(1);
  }
}
