// Readers see our notes, never our workshop: no content file paths or names (`content/…`, `.yaml`,
// `.mdx`), no research ids (F12), no internal documents (SPEC, the dossiers, sources-primary), no
// "unsourced" file word, on any page or in any format a reader takes away: every built HTML page (the
// /p/N/ redirect pages and 404 too), the PDFs as pdftotext reads them, the EPUB's documents and
// package, and the offline copy. The list is READER_INTERNALS (src/model/reader-words.ts), the one the
// public corrections log's schema also applies. Holds for any explainer (scripts/test.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/outputs/formats.ts';
import { READER_INTERNALS, type Internal } from '../../src/model/reader-words.ts';
import { DIST, distFiles } from '../helpers/dist.ts';
import { readerText } from '../helpers/reader-text.ts';

/** Every internal in `text`, each with a little context, as `where: what “found” in “…context…”`. */
function internalsIn(where: string, text: string, list: readonly Internal[] = READER_INTERNALS): string[] {
  return list.flatMap(({ what, pattern }) =>
    [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].map((m) => {
      const at = m.index ?? 0;
      const context = text.slice(Math.max(0, at - 40), at + m[0].length + 40).replace(/\s+/g, ' ');
      return `${where}: ${what} “${m[0]}” in “…${context}…”`;
    }),
  );
}

const rel = (file: string) => relative(DIST, file);

describe('no internals where readers look', () => {
  it('the list finds what it is for, and not the article’s own words', () => {
    const hits = (s: string) => internalsIn('test', s).length;
    for (const s of [
      'In content/sources/x.yaml',
      'see unsourced.yaml',
      'a 03-us.mdx section',
      'F12 backs it',
      'as the SPEC wants',
      'the dossier says',
      'sources-primary F4',
    ]) {
      expect(hits(s), s).toBeGreaterThan(0);
    }
    for (const s of ['F-16 jets', 'the FBI', 'in 2014', 'spectacular', 'special', 'a source found nothing', 'Article 5']) {
      expect(hits(s), s).toBe(0);
    }
  });

  it('every built HTML page: the pages, the /p/N/ short links, 404, the offline copy', () => {
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(
      pages.some((f) => /[/\\]p[/\\]1[/\\]index\.html$/.test(f)),
      'the /p/1/ short link was built',
    ).toBe(true);
    const found = pages.flatMap((file) => internalsIn(rel(file), readerText(fromHtml(readFileSync(file, 'utf8')))));
    expect(found).toEqual([]);
  });

  it('the PDFs, as pdftotext reads them', () => {
    const pdfs = (readManifest(DIST)?.formats ?? []).filter((f) => f.file.endsWith('.pdf'));
    // NO_PRINT=1 makes no PDF, and says so in the manifest (tests/site/downloads.test.ts checks that).
    const found = pdfs.flatMap((f) =>
      internalsIn(f.file, execFileSync('pdftotext', [join(DIST, f.file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })),
    );
    expect(found).toEqual([]);
  });

  it('the EPUB: every XHTML document, the navigation and the package metadata', () => {
    const file = join(DIST, 'explainer.epub');
    expect(existsSync(file), 'dist/explainer.epub was built').toBe(true);
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    const documents = Object.keys(entries).filter((name) => /\.(x?html|opf|ncx)$/.test(name));
    expect(documents.some((name) => name.endsWith('.xhtml'))).toBe(true);
    const found = documents.flatMap((name) => {
      const text = strFromU8(entries[name]!);
      // The package document is XML: its text is the metadata (title, description, subjects…).
      return internalsIn(
        `explainer.epub/${name}`,
        name.endsWith('.opf') || name.endsWith('.ncx') ? text.replace(/<[^>]*>/g, '\n') : readerText(fromHtml(text)),
      );
    });
    expect(found).toEqual([]);
  });
});
