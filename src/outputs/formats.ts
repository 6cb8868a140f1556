// The explainer's downloadable formats: ONE list, read by the pages that offer them
// (components/site/Downloads.astro renders a link per format) and by the downloads step
// (./downloads.ts), which makes each file into the built site and writes its size into those links.
//
// To add a format: add an entry here. `by` says what makes it:
//   'print'  Chromium prints it (./pdf/); left out on purpose with NO_PRINT=1
//   'html'   the single-file offline copy (./offline/)
//   'epub'   the EPUB (./epub/)
//   'astro'  a page or endpoint of the Astro build itself (e.g. the citation files, ./cite/): only measured
// ./downloads.ts has one maker per `by` (MAKERS); the type below holds the two in step.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_CITE_NAME, citeFileUrl } from '../model/urls.ts';
import { CITE_FILE_FORMATS, type FileExt } from './cite/types.ts';
import type { PlainKey } from '../i18n/types.ts';

export type MadeBy = 'print' | 'html' | 'epub' | 'astro';

export interface Format {
  /** Stable key (formats.json, tests). */
  id: string;
  /** Its path in dist/, which is also its URL path after the leading /. */
  file: string;
  /** The link text: what the file is (the interface's message). */
  label: PlainKey;
  /** What it is for, after the link (the interface's message). */
  note: PlainKey;
  /** Media type. */
  type: string;
  /** What makes it (see above). */
  by: MadeBy;
}

/** The article's citation file in one format: its address and media type from the citation files' table, its words the interface's. */
function citeFile(id: string, ext: FileExt, label: PlainKey, note: PlainKey): Format {
  return { id, file: citeFileUrl(ARTICLE_CITE_NAME, ext).slice(1), label, note, type: CITE_FILE_FORMATS[ext].type, by: 'astro' };
}

/** In the order the pages list them. */
export const FORMATS: readonly Format[] = [
  {
    id: 'pdf-a5',
    file: 'explainer-a5.pdf',
    label: 'downloads.pdfA5',
    note: 'downloads.pdfA5Note',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'pdf-a4',
    file: 'explainer-a4.pdf',
    label: 'downloads.pdfA4',
    note: 'downloads.pdfA4Note',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'booklet',
    file: 'explainer-booklet-a4.pdf',
    label: 'downloads.booklet',
    note: 'downloads.bookletNote',
    type: 'application/pdf',
    by: 'print',
  },
  // The hand-out edition (/pamphlet/handout/): the claims and the article's text with its marks, a QR
  // code per claim to its evidence, who made it; no notes. At most 20 A5 pages, to give away.
  {
    id: 'handout-a5',
    file: 'explainer-handout-a5.pdf',
    label: 'downloads.handoutA5',
    note: 'downloads.handoutA5Note',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'handout-a4',
    file: 'explainer-handout-a4.pdf',
    label: 'downloads.handoutA4',
    note: 'downloads.handoutA4Note',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'handout-booklet',
    file: 'explainer-handout-booklet-a4.pdf',
    label: 'downloads.handoutBooklet',
    note: 'downloads.handoutBookletNote',
    type: 'application/pdf',
    by: 'print',
  },
  {
    id: 'epub',
    file: 'explainer.epub',
    label: 'downloads.epub',
    note: 'downloads.epubNote',
    type: 'application/epub+zip',
    by: 'epub',
  },
  {
    id: 'html',
    file: 'explainer.html',
    label: 'downloads.html',
    note: 'downloads.htmlNote',
    type: 'text/html',
    by: 'html',
  },
  // The article's citation in the three file formats reference managers import (src/pages/cite/);
  // each claim's are on its citation page, which Downloads links.
  citeFile('cite-bibtex', 'bib', 'downloads.citeBibtex', 'downloads.citeBibtexNote'),
  citeFile('cite-ris', 'ris', 'downloads.citeRis', 'downloads.citeRisNote'),
  citeFile('cite-csl-json', 'json', 'downloads.citeCslJson', 'downloads.citeCslJsonNote'),
];

/** A format of the list by its id; an id the list lacks is a mistake in the engine. */
export function formatById(id: string): Format {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`src/outputs/formats.ts has no format “${id}”`);
  return format;
}

export type Env = Record<string, string | undefined>;

/**
 * NO_PRINT=1 leaves the print formats (the PDFs) out on purpose, for a build machine without
 * Chromium. Anything but unset, '', '0', '1' is a mistake, so it stops rather than guess.
 */
export function noPrint(env: Env): boolean {
  const value = (env.NO_PRINT ?? '').trim();
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`NO_PRINT=${value}: set NO_PRINT=1 to leave the PDF formats out, or leave it unset`);
}

export interface Plan {
  /** The formats this build makes, in page order. */
  made: Format[];
  /** And those it leaves out on purpose, with why. */
  leftOut: { format: Format; why: string }[];
}

/**
 * The formats this build makes. The pages and the downloads step both ask this, with the same
 * environment, so a page never links a file the build leaves out.
 */
export function planFormats({ env = process.env }: { env?: Env } = {}): Plan {
  const skipPrint = noPrint(env);
  const plan: Plan = { made: [], leftOut: [] };
  for (const format of FORMATS) {
    if (format.by === 'print' && skipPrint) plan.leftOut.push({ format, why: 'NO_PRINT=1' });
    else plan.made.push(format);
  }
  return plan;
}

/** The attribute on the empty element each link carries for its size (filled by ./downloads.ts). */
export const SIZE_ATTRIBUTE = 'data-format-size';

/** The manifest the downloads step writes into the built site. */
export const MANIFEST = 'formats.json';

export interface ManifestEntry {
  id: string;
  file: string;
  url: string;
  label: string;
  type: string;
  bytes: number;
  pages?: number;
  /** As the links show it. */
  size: string;
  /** Time to make it. */
  ms: number;
  /** PDFs: what the PDF tests read back instead of printing again (./pdf/ PrintDetails). */
  print?: PrintDetails;
}

/** What a PDF's maker reports for the manifest: pages, passes, blank pages, contents, geometry. */
export interface PrintDetails {
  pages: number;
  passes: number;
  blanks: number;
  contents: { id: string; title: string; page: number }[];
  /** Page size and margins in PostScript points, for tests that read the text area or the margins. */
  geometry: { paper: string; width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } };
}

export interface Manifest {
  formats: ManifestEntry[];
  leftOut: { id: string; file: string; why: string }[];
}

/** The manifest a build wrote, or undefined (a build without the downloads step). */
export function readManifest(dist: string): Manifest | undefined {
  const file = join(dist, MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}
