// The download formats, made into the built site after the pages and before the search index and the host
// headers (the outputs' first step). What it makes is the list in ./formats.ts (planFormats): the PDFs (the full
// pamphlet and the hand-out, each A5, A4 and the A4 booklet; one Chromium prints them all, ./pdf/), the EPUB
// (./epub/), the offline single-file HTML (./offline/), and files Astro already built (only measured). Then it
//   - writes DIR/formats.json, the manifest: file, label, media type, bytes (and, for the PDFs, what the PDF tests
//     read back instead of printing again: pages, contents, geometry);
//   - writes each file's size into the download links the pages carry (components/site/Downloads.astro renders an
//     empty <span data-format-size="<file>"> per format; text only, so the pages' CSP hashes and validity are
//     untouched, and no script is added).
// Where the print formats are wanted but no Chromium is found, it stops and says how to install one or how to
// leave them out (NO_PRINT=1, which the pages obey too): never a silent gap.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeText } from '../lib/escape.ts';
import { walkFiles } from '../lib/files.ts';
import type { OutputContext } from './context.ts';
import { modelI18n } from '../i18n/node.ts';
import { FORMATS, MANIFEST, planFormats, SIZE_ATTRIBUTE, type Format, type Manifest, type ManifestEntry, type MadeBy, type PrintDetails } from './formats.ts';
import { makeEpub } from './epub/index.ts';
import { makeOfflineCopy } from './offline/index.ts';
import { requireChromium } from './pdf/chromium.ts';
import { printPdfs } from './pdf/index.ts';

/** What a maker reports per format. */
export interface Made {
  pages?: number | undefined;
  ms: number;
  print?: PrintDetails | undefined;
}

/** Makes all formats of its kind (so one Chromium can print every PDF), keyed by format id. */
export type Maker = (context: OutputContext, formats: Format[]) => Promise<Map<string, Made>>;

const MAKERS: Record<MadeBy, Maker> = {
  print: printPdfs,
  html: async (context, formats) =>
    new Map(await Promise.all(formats.map(async (f) => [f.id, await makeOfflineCopy(context, join(context.dist, f.file))] as const))),
  epub: async (context, formats) => new Map(await Promise.all(formats.map(async (f) => [f.id, await makeEpub(context, join(context.dist, f.file))] as const))),
  // Built by Astro (a page or endpoint): nothing to make, only to find.
  astro: async (_context, formats) => new Map(formats.map((f) => [f.id, { ms: 0 }])),
};

/**
 * Write each format's size into the empty placeholders of one page's download links.
 * Re-running on a filled page rewrites the same text, so the step can run twice.
 * sizes: file → text ("71 pages, 599 KB"); where: the page, for errors; leftOut: file → why it is not made.
 */
export function fillSizes(html: string, sizes: Map<string, string>, where: string, leftOut = new Map<string, string>()): { html: string; filled: string[] } {
  const filled: string[] = [];
  const out = html.replace(
    new RegExp(`(<span\\b[^>]*\\s${SIZE_ATTRIBUTE}="([^"]*)"[^>]*>)[^<]*(</span>)`, 'g'),
    (_, open: string, file: string, close: string) => {
      const size = sizes.get(file);
      if (size === undefined) {
        const why = leftOut.get(file);
        throw new Error(
          `${where} links ${file}, which this build did not make` +
            (why ? ` (${why}): build the pages and the formats with the same NO_PRINT` : ': add it to src/outputs/formats.ts'),
        );
      }
      filled.push(file);
      return `${open}(${escapeText(size)})${close}`;
    },
  );
  return { html: out, filled };
}

/** Each format's size into the pages that link it; a format made but offered nowhere is an error. */
function fillPages(dist: string, entries: ManifestEntry[], leftOut: Map<string, string>): number {
  const sizes = new Map(entries.map((e) => [e.file, e.size]));
  const formatFiles = new Set(FORMATS.map((f) => join(dist, f.file)));
  let pages = 0;
  const linked = new Set<string>();
  for (const page of walkFiles(dist).filter((f) => f.endsWith('.html') && !formatFiles.has(f))) {
    const html = readFileSync(page, 'utf8');
    if (!html.includes(SIZE_ATTRIBUTE)) continue;
    const result = fillSizes(html, sizes, relative('.', page), leftOut);
    writeFileSync(page, result.html);
    result.filled.forEach((file) => linked.add(file));
    pages++;
  }
  // A format made but offered nowhere: the pages were built with another plan (e.g. NO_PRINT=1 for the pages
  // only). Say so, rather than deploy files no page links.
  const unlinked = entries.filter((e) => !linked.has(e.file)).map((e) => e.file);
  if (!pages) throw new Error(`no page in ${dist}/ carries the download links (components/site/Downloads.astro)`);
  if (unlinked.length) throw new Error(`no page links ${unlinked.join(', ')}: build the pages and the formats with the same NO_PRINT`);
  return pages;
}

/** Make every planned format into the built site, write the manifest, fill the pages' sizes. */
export async function makeDownloads(context: OutputContext): Promise<{ manifest: Manifest; seconds: number }> {
  const { dist, env, log } = context;
  const started = performance.now();
  if (!existsSync(join(dist, 'pamphlet', 'index.html'))) throw new Error(`${dist}/pamphlet/index.html is missing: build the site first (astro build).`);
  const plan = planFormats({ env });
  const byMaker = Map.groupBy(plan.made, (f) => f.by);
  // Fail before any work if Chromium is wanted and absent.
  const print = byMaker.get('print');
  if (print) requireChromium(print);

  // The makers run side by side: Chromium prints in its own processes while Node writes the others.
  const results = await Promise.all([...byMaker].map(([by, formats]) => MAKERS[by](context, formats)));
  const made = new Map(results.flatMap((m) => [...m]));

  // The labels and sizes in the explainer's language, as its pages show them.
  const { i18n } = modelI18n(context.model);
  const entries = plan.made.map((f): ManifestEntry => {
    const file = join(dist, f.file);
    const result = made.get(f.id);
    if (!result || !existsSync(file)) throw new Error(`${f.id}: ${file} was not made (by: '${f.by}')`);
    const bytes = statSync(file).size;
    const { pages, ms, print } = result;
    return {
      id: f.id,
      file: f.file,
      url: `/${f.file}`,
      label: i18n.t(f.label),
      type: f.type,
      bytes,
      ...(pages ? { pages } : {}),
      size: i18n.formatSize(bytes, pages),
      ms,
      ...(print ? { print } : {}),
    };
  });
  const manifest: Manifest = {
    formats: entries,
    leftOut: plan.leftOut.map(({ format, why }) => ({ id: format.id, file: format.file, why })),
  };
  writeFileSync(join(dist, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  const pages = fillPages(dist, entries, new Map(plan.leftOut.map(({ format, why }) => [format.file, why])));

  const seconds = (performance.now() - started) / 1000;
  for (const e of entries) log(`formats: ${e.file} (${e.size}${e.ms ? `, ${(e.ms / 1000).toFixed(1)} s` : ''})`);
  for (const l of manifest.leftOut) log(`formats: ${l.file} left out: ${l.why}`);
  log(`formats: ${entries.length} into ${dist}/ in ${seconds.toFixed(1)} s; sizes written into ${pages} page(s); ${dist}/${MANIFEST}`);
  return { manifest, seconds };
}
