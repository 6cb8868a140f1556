// The citation files, /cite/<name>.bib, .ris and .json: the article's (name "article") or a claim page's citation
// for reference managers, written at build time by the endpoint src/pages/cite/[file].ts from the same CSL items
// as every other citation (src/lib/cite/). A static host serves them by extension; the Content-Type here is what
// `astro dev` sends and what the tests expect a host to send (docs/hosting.md, "Media types").
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CiteEntry } from '../../lib/cite/items.ts';
import { CITE_FILE_FORMATS, type FileExt } from './types.ts';

export type { FileExt };

/**
 * BibTeX syntax with biblatex's entry types (`@online`, `date`, `url`), as
 * citation-js writes them: classic BibTeX's `@misc` has no field for the site's
 * name, which a web page's citation needs. UTF-8 (set below).
 */
// UTF-8, not LaTeX escapes: the words stay exactly as written (biber and reference managers read UTF-8).
plugins.config.get('@bibtex').format.asciiOnly = false;
export const bibtex = (entries: readonly CiteEntry[]): string =>
  (new Cite(entries.map((e) => e.item)).format('biblatex', { format: 'text' }) as string).trim() + '\n';

/**
 * RIS, from citation-js's mapping. Corrections to its text writer: a web
 * page's site is RIS `T2` (as Zotero reads and writes it), which citation-js
 * maps to CSL `collection-title`; and it breaks values every 70 characters,
 * which RIS readers join with a space or not at all, so lines are written whole.
 */
export function ris(entries: readonly CiteEntry[]): string {
  const records = new Cite(entries.map((e) => ({ ...e.item, 'collection-title': e.item['container-title'] }))).format('ris', {
    format: 'object',
  }) as Record<string, unknown>[];
  return (
    records
      .map((record) => {
        // ID: RIS's reference ID is 20 characters at most, so citation-js cuts our keys to one shared prefix; leave it out.
        const { TY, ID: _id, ...tags } = record;
        const lines = Object.entries(tags).flatMap(([tag, value]) =>
          ([] as unknown[]).concat(value).map((v) => `${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`),
        );
        return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\r\n');
      })
      .join('\r\n\r\n') + '\r\n'
  );
}

/** CSL-JSON: the items themselves, what the styles above were formatted from. */
export const cslJson = (entries: readonly CiteEntry[]): string =>
  JSON.stringify(
    entries.map((e) => e.item),
    null,
    2,
  ) + '\n';

const WRITERS: Record<FileExt, (entries: readonly CiteEntry[]) => string> = { bib: bibtex, ris, json: cslJson };
const fileType = (ext: FileExt) => ({ ...CITE_FILE_FORMATS[ext], contentType: `${CITE_FILE_FORMATS[ext].type}; charset=utf-8`, write: WRITERS[ext] });
/** Each format's name, media type, Content-Type (UTF-8 text) and writer. */
export const FILE_TYPES = { bib: fileType('bib'), ris: fileType('ris'), json: fileType('json') };
