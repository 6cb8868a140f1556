// The whole explainer as an EPUB 3 book (dist/explainer.epub), for e-readers: the built /pamphlet/'s parts as
// content documents (./book.ts), the navigation and package documents from the pamphlet's contents and the model
// (./package.ts). Nothing is fetched.
//
// Fonts: the pamphlet's typefaces (Source Serif 4 for the article, Inter for our words, from @fontsource, SIL
// OFL, the licence shipped beside them) are embedded, Latin and Cyrillic subsets, ≈140 KB of its budget (src/budget.ts). A
// reader may still override them.
//
// The zip is deterministic: mimetype first and stored, fixed entry order, and every entry dated dcterms:modified
// (SOURCE_DATE_EPOCH, else when the page was built).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { OutputContext } from '../context.ts';
import { fontsFor, licenseFileOf } from '../fonts.ts';
import { assembleBook, type Book } from './book.ts';
import { CONTAINER, navDocument, packageDocument, stylesheet, titleOf } from './package.ts';
import { toXml, xhtmlDocument } from './xml.ts';

/** RFC 4122 version-5 UUID of a URL: the same site address always names the same book. */
function uuidFromUrl(url: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'); // the URL namespace
  const h = createHash('sha1').update(ns).update(url).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** When the book was last changed: SOURCE_DATE_EPOCH (reproducible builds), else when the page was built. */
function modifiedDate(pageFile: string, env: OutputContext['env']): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not “${epoch}”`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date(Math.floor(statSync(pageFile).mtimeMs / 1000) * 1000);
}

/** The content documents, each with the cover as a section and every part's epub:type. */
function contentDocuments(book: Book, lang: string): Record<string, string> {
  const docs: Record<string, string> = {};
  for (const part of book.parts) {
    if (part.kind === 'cover') {
      part.node.tagName = 'section';
      part.node.properties['epub:type'] = 'cover';
    } else {
      part.node.properties['epub:type'] = part.type ?? part.kind;
    }
    docs[`OEBPS/${part.file}`] = xhtmlDocument({ lang, dir: book.facts.i18n.dir, title: titleOf(part), body: toXml(part.node) });
  }
  return docs;
}

/** Every file of the book, by its path in the zip, and the date they carry. */
function assembleEpub(context: OutputContext): { files: Record<string, Uint8Array | string>; modified: Date } {
  const book = assembleBook(context);
  const lang = context.model.explainer.site.locale;
  const modified = modifiedDate(book.file, context.env);
  const uid = `urn:uuid:${uuidFromUrl(new URL('/', context.site).href)}`;
  const files: Record<string, Uint8Array | string> = {
    mimetype: 'application/epub+zip',
    'META-INF/container.xml': CONTAINER,
    'OEBPS/package.opf': packageDocument({ model: context.model, book, lang, uid, modified }),
    'OEBPS/nav.xhtml': navDocument(book, lang),
    ...contentDocuments(book, lang),
    'OEBPS/css/epub.css': stylesheet(lang),
  };
  const fonts = fontsFor(lang);
  for (const f of fonts) files[`OEBPS/fonts/${f.name}`] = readFileSync(f.file);
  // The SIL Open Font License asks that each copy of the fonts carry the licence.
  for (const pkg of new Set(fonts.map((f) => f.pkg))) files[`META-INF/fonts-${pkg}-OFL.txt`] = readFileSync(licenseFileOf(pkg));
  return { files, modified };
}

/** Zip the book: mimetype first and stored; the rest deflated (fonts stored: woff2 is compressed already). */
function zipEpub(files: Record<string, Uint8Array | string>, modified: Date): Uint8Array {
  // fflate writes DOS times from local-time fields; shift so the stored time is the UTC one, on any TZ.
  const mtime = new Date(modified.getTime() + modified.getTimezoneOffset() * 60_000);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const bytes = typeof data === 'string' ? strToU8(data) : data;
    const stored = name === 'mimetype' || name.endsWith('.woff2');
    entries[name] = [bytes, { level: stored ? 0 : 9, mtime }];
  }
  return zipSync(entries);
}

/** Make the EPUB (`out`) from the built site. */
export async function makeEpub(context: OutputContext, out: string): Promise<{ file: string; bytes: number; ms: number }> {
  const started = performance.now();
  const { files, modified } = assembleEpub(context);
  const zip = zipEpub(files, modified);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return { file: out, bytes: zip.length, ms: Math.round(performance.now() - started) };
}
