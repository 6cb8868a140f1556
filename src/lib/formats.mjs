// The explainer's downloadable formats: ONE list, read by the pages that offer them
// (components/site/Downloads.astro renders a link per format) and by scripts/formats.mjs,
// which makes each file into dist/ after `astro build` and writes its size into those links.
// Plain JavaScript (JSDoc types) so that both Astro and `node scripts/…` import it as it is.
//
// To add a format: add an entry here. `by` says what makes it:
//   'print'  Chromium prints it (scripts/pdf.mjs); left out on purpose with NO_PRINT=1
//   'html'   scripts/lib/offline-html.mjs (the single-file offline copy)
//   'epub'   scripts/epub.mjs (makeEpub)
//   'astro'  a page or endpoint of the Astro build itself (e.g. citation files): only measured
// scripts/formats.mjs has one maker per `by` (MAKERS); an entry whose `by` has none fails there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} Format
 * @property {string} id      stable key (formats.json, tests)
 * @property {string} file    its path in dist/, which is also its URL path after the leading /
 * @property {string} label   the link text: what the file is
 * @property {string} note    what it is for, after the link
 * @property {string} type    media type
 * @property {'print' | 'html' | 'epub' | 'astro'} by   what makes it (see above)
 */

/** @type {readonly Format[]} In the order the pages list them. */
export const FORMATS = [
  {
    id: 'pdf-a5',
    file: 'explainer-a5.pdf',
    label: 'PDF, A5',
    note: 'the full pamphlet, with our notes on every statement and every appendix, numbered pages and contents, to read on screen or print at actual size on A5 paper',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'pdf-a4',
    file: 'explainer-a4.pdf',
    label: 'PDF, A4',
    note: 'the same on A4 pages, in larger type',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'booklet',
    file: 'explainer-booklet-a4.pdf',
    label: 'PDF booklet, A4',
    note: 'the A5 pages two per A4 sheet in folding order; print double-sided (flip on the short edge), fold and staple',
    type: 'application/pdf',
    by: 'print',
  },
  // The hand-out edition (/pamphlet/handout/): the claims and the article's text with its marks, a QR
  // code per claim to its evidence, who made it; no notes. At most 20 A5 pages, to give away.
  {
    id: 'handout-a5',
    file: 'explainer-handout-a5.pdf',
    label: 'Hand-out PDF, A5',
    note: 'a short edition to give away: the claims and the article’s text with its marks, a QR code to each claim’s evidence, no notes',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'handout-a4',
    file: 'explainer-handout-a4.pdf',
    label: 'Hand-out PDF, A4',
    note: 'the hand-out on A4 pages, in larger type',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'handout-booklet',
    file: 'explainer-handout-booklet-a4.pdf',
    label: 'Hand-out booklet, A4',
    note: 'the hand-out’s A5 pages two per A4 sheet in folding order; print double-sided (flip on the short edge), fold and staple',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'epub',
    file: 'explainer.epub',
    label: 'EPUB',
    note: 'for e-readers',
    type: 'application/epub+zip',
    by: 'epub',
  },
  {
    id: 'html',
    file: 'explainer.html',
    label: 'Offline copy (one HTML file)',
    note: 'the pamphlet in a single file that opens in any browser with no network, e.g. from a USB stick',
    type: 'text/html',
    by: 'html',
  },
  // The article's citation in the three file formats reference managers import (src/pages/cite/);
  // each claim's are on its citation page, which Downloads links.
  {
    id: 'cite-bibtex',
    file: 'cite/article.bib',
    label: 'Citation, BibTeX',
    note: 'the article, for LaTeX (biblatex) and most reference managers',
    type: 'application/x-bibtex',
    by: 'astro',
  },
  {
    id: 'cite-ris',
    file: 'cite/article.ris',
    label: 'Citation, RIS',
    note: 'the article, for Zotero, EndNote, Mendeley and the like',
    type: 'application/x-research-info-systems',
    by: 'astro',
  },
  {
    id: 'cite-csl-json',
    file: 'cite/article.json',
    label: 'Citation, CSL-JSON',
    note: 'the article, for citation processors (Zotero, Pandoc, citeproc)',
    type: 'application/json',
    by: 'astro',
  },
];

/**
 * NO_PRINT=1 leaves the print formats (the PDFs) out on purpose, for a build machine without
 * Chromium. Anything but unset, '', '0', '1' is a mistake, so it stops rather than guess.
 * @param {Record<string, string | undefined>} env
 */
export function noPrint(env) {
  const value = (env.NO_PRINT ?? '').trim();
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`NO_PRINT=${value}: set NO_PRINT=1 to leave the PDF formats out, or leave it unset`);
}

/**
 * @typedef {object} Plan
 * @property {Format[]} made      the formats this build makes, in page order
 * @property {{ format: Format, why: string }[]} leftOut  and those it leaves out on purpose, with why
 */

/**
 * The formats this build makes. The pages and scripts/formats.mjs both ask this, with the same
 * environment, so a page never links a file the build leaves out.
 * @param {{ env?: Record<string, string | undefined> }} [options]
 * @returns {Plan}
 */
export function planFormats({ env = process.env } = {}) {
  const skipPrint = noPrint(env);
  /** @type {Plan} */
  const plan = { made: [], leftOut: [] };
  for (const format of FORMATS) {
    if (format.by === 'print' && skipPrint) plan.leftOut.push({ format, why: 'NO_PRINT=1' });
    else plan.made.push(format);
  }
  return plan;
}

/** 613303 → "599 KB", 1572864 → "1.5 MB": sizes as a download link shows them. */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`not a file size: ${bytes}`);
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The text a download link shows after its label, once the file is made: "71 pages, 599 KB".
 * @param {{ bytes: number, pages?: number }} made
 */
export const sizeText = ({ bytes, pages }) => (pages ? `${pages} pages, ` : '') + formatBytes(bytes);

/** The attribute on the empty element each link carries for its size (filled by scripts/formats.mjs). */
export const SIZE_ATTRIBUTE = 'data-format-size';

/** The manifest scripts/formats.mjs writes into the built site. */
export const MANIFEST = 'formats.json';

/**
 * @typedef {object} ManifestEntry
 * @property {string} id
 * @property {string} file
 * @property {string} url
 * @property {string} label
 * @property {string} type
 * @property {number} bytes
 * @property {number} [pages]
 * @property {string} size   as the links show it
 * @property {number} ms     time to make it
 * @property {any} [print]   PDFs: pages, passes, contents, geometry (scripts/pdf.mjs PdfResult)
 *
 * @typedef {{ formats: ManifestEntry[], leftOut: { id: string, file: string, why: string }[] }} Manifest
 */

/**
 * The manifest a build wrote, or undefined (a build without the formats step).
 * @param {string} dist
 * @returns {Manifest | undefined}
 */
export function readManifest(dist) {
  const file = join(dist, MANIFEST);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
