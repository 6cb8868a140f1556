// The book's files around its content documents: the navigation document (the pamphlet's contents, each claim
// with its crossheads; landmarks), the package document (metadata from the model: the explainer is the book and
// its maker made and publishes it; the article it explains is its source, described, never its creator or
// publisher), the stylesheet with the embedded typefaces, and the container.
import { readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import type { Model } from '../../model/build.ts';
import { escapeAttr, escapeText } from '../../lib/escape.ts';
import { fontsFor } from '../fonts.ts';
import type { EditionFacts } from '../pamphlet/edition.ts';
import { hasClass, text, textOf } from '../pamphlet/hast.ts';
import type { Book, Part } from './book.ts';
import { xhtmlDocument } from './xml.ts';

/** The e-reader accessibility vocabulary (EPUB Accessibility 1.1); reserved in EPUB 3.3, declared for 3.2 readers. */
const A11Y_PREFIX = 'a11y: http://www.idpf.org/epub/vocab/package/a11y/#';
const CONFORMS_TO = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';
const STYLESHEET = new URL('./epub.css', import.meta.url);

export const titleOf = (part: Part): string => textOf(select('h1, h2', part.node) ?? part.node);

/** One contents entry: the part and its label ("3. The US calculation"). */
function contentsEntries({ parts, contents, file }: Book): { part: Part; label: string }[] {
  const entries = selectAll('li', contents).map((li) => {
    const a = select('a[href^="#"]', li);
    if (!a) throw new Error(`${file}: a contents entry without its link`);
    const id = String(a.properties.href).slice(1);
    const part = parts.find((p) => p.id === id);
    if (!part) throw new Error(`${file}: the contents list #${id}, which is no part of the pamphlet`);
    const number = textOf(select('.toc-number', li) ?? text(''));
    const label = textOf(select('.toc-label', li) ?? a);
    return { part, label: number ? `${number}. ${label}` : label };
  });
  const colophon = parts.find((p) => p.kind === 'colophon');
  if (colophon) entries.push({ part: colophon, label: textOf(select('h2', colophon.node) ?? colophon.node) });
  return entries;
}

/** A contents entry of the navigation document, a claim with its crossheads. */
function navItem({ part, label }: { part: Part; label: string }): string {
  const crossheads = part.kind === 'chapter' ? selectAll('h3[data-p]', part.node) : [];
  const sub = crossheads
    .map(
      (h) =>
        `<li><a href="${part.file}#${escapeAttr(String(h.properties.id))}">${escapeText(`¶${h.properties.dataP} ${textOf({ ...h, children: h.children.filter((c) => !hasClass(c, 'pnum')) })}`)}</a></li>`,
    )
    .join('');
  return `<li><a href="${part.file}">${escapeText(label)}</a>${sub ? `<ol>${sub}</ol>` : ''}</li>`;
}

/** nav.xhtml: the table of contents and the landmarks. */
export function navDocument(book: Book, lang: string): string {
  const { parts, contents } = book;
  const { t, dir } = book.facts.i18n;
  const find = (pick: (p: Part) => boolean) => parts.find(pick);
  const cover = find((p) => p.kind === 'cover');
  const firstBody = find((p) => p.kind === 'introduction') ?? find((p) => p.kind === 'chapter');
  const endnotes = find((p) => p.type === 'endnotes');
  const colophon = find((p) => p.kind === 'colophon');
  if (!cover || !firstBody || !colophon) throw new Error(`${book.file}: the book has no cover, body or colophon`);
  const contentsTitle = textOf(select('h2', contents) ?? text(t('epub.contents')));
  const landmarks: [string, string, string][] = [
    ['cover', cover.file, textOf(select('h1', cover.node) ?? text(t('epub.cover')))],
    ['toc', 'nav.xhtml#toc', contentsTitle],
    ['bodymatter', firstBody.file, titleOf(firstBody)],
    ...(endnotes ? [['endnotes', endnotes.file, titleOf(endnotes)] as [string, string, string]] : []),
    ['colophon', colophon.file, titleOf(colophon)],
  ];
  return xhtmlDocument({
    lang,
    dir,
    title: contentsTitle,
    body: `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeText(contentsTitle)}</h2>
<ol>${contentsEntries(book).map(navItem).join('\n')}</ol></nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden"><h2 id="landmarks-title">${escapeText(t('epub.landmarks'))}</h2>
<ol>${landmarks.map(([type, href, label]) => `<li><a epub:type="${type}" href="${href}">${escapeText(label)}</a></li>`).join('')}</ol></nav>`,
  });
}

/** The book's description: what it is, this explainer's facts, then the article's. */
function description(model: Pick<Model, 'explainer'>, facts: EditionFacts): string {
  const { t } = facts.i18n;
  const factLine = (list: EditionFacts['explainer']) =>
    list
      .map((f) =>
        t('epub.fact', {
          label: f.label,
          value: f.value
            .map((v) => (typeof v === 'string' ? v : v.text))
            .join('')
            .replace(/\.$/, ''),
        }),
      )
      .join(t('epub.factSeparator'));
  // The explainer's facts after its name, the text's after its title (the subtitle gives both).
  return [
    `${facts.subtitle}.`,
    ...(model.explainer.article.titleIsDescription ? [t('epub.bracketsNote')] : []),
    t('epub.ours', { facts: factLine(facts.explainer.slice(1)) }),
    t('epub.theirs', { facts: factLine(facts.article.slice(1)) }),
  ].join(' ');
}

const FEATURES = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability', 'ARIA'];
const summary = (facts: EditionFacts) => facts.i18n.t('epub.summary');

/** The package document (OEBPS/package.opf): metadata from the model, the manifest, the spine (cover, contents, the rest). */
export function packageDocument({
  model,
  book,
  lang,
  uid,
  modified,
}: {
  model: Pick<Model, 'explainer'>;
  book: Book;
  lang: string;
  uid: string;
  modified: Date;
}): string {
  const { article, maker, site, pdf } = model.explainer;
  const { parts, facts } = book;
  const manifest: [string, string, string, string?][] = [
    ['nav', 'nav.xhtml', 'application/xhtml+xml', 'nav'],
    // A document with inline SVG (the evidence at a glance) says so (EPUB 3's `svg` property).
    ...parts.map((p, i): [string, string, string, string?] => [`doc${i}`, p.file, 'application/xhtml+xml', select('svg', p.node) ? 'svg' : undefined]),
    ['css', 'css/epub.css', 'text/css'],
    ...fontsFor(lang).map((f, i): [string, string, string] => [`font${i}`, `fonts/${f.name}`, 'font/woff2']),
  ];
  const spine = [parts[0]?.file, 'nav.xhtml', ...parts.slice(1).map((p) => p.file)];
  const idOf = (file: string | undefined) => manifest.find((m) => m[1] === file)?.[0];
  const meta = (property: string, value: string, extra = '') => `<meta property="${property}"${extra}>${escapeText(value)}</meta>`;
  const iso = modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeAttr(lang)}" prefix="${A11Y_PREFIX}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${escapeText(uid)}</dc:identifier>
<dc:title id="title">${escapeText(site.name)}</dc:title>
${meta('title-type', 'main', ' refines="#title"')}
<dc:title id="subtitle">${escapeText(facts.subtitle)}</dc:title>
${meta('title-type', 'subtitle', ' refines="#subtitle"')}
<dc:language>${escapeText(lang)}</dc:language>
<dc:creator id="creator">${escapeText(maker.name)}</dc:creator>
<dc:publisher>${escapeText(maker.name)}</dc:publisher>
<dc:description>${escapeText(description(model, facts))}</dc:description>
${pdf.keywords.map((k) => `<dc:subject>${escapeText(k)}</dc:subject>`).join('\n')}
${article.url ? `<dc:source>${escapeText(article.url)}</dc:source>` : ''}
${article.rights ? `<dc:rights>${escapeText(article.rights)}</dc:rights>` : ''}
${meta('dcterms:modified', iso)}
${meta('schema:accessMode', 'textual')}
${meta('schema:accessMode', 'visual')}
${meta('schema:accessModeSufficient', 'textual')}
${FEATURES.map((f) => meta('schema:accessibilityFeature', f)).join('\n')}
${meta('schema:accessibilityHazard', 'none')}
${meta('schema:accessibilitySummary', summary(facts))}
${meta('dcterms:conformsTo', CONFORMS_TO)}
${meta('a11y:certifiedBy', maker.name)}
</metadata>
<manifest>
${manifest.map(([id, href, type, props]) => `<item id="${id}" href="${href}" media-type="${type}"${props ? ` properties="${props}"` : ''}/>`).join('\n')}
</manifest>
<spine${book.facts.i18n.dir === 'rtl' ? ' page-progression-direction="rtl"' : ''}>
${spine.map((file) => `<itemref idref="${idOf(file)}"/>`).join('\n')}
</spine>
</package>
`;
}

/** The book's stylesheet: the embedded faces, then its own rules (./epub.css). */
export function stylesheet(lang: string): string {
  const faces = fontsFor(lang)
    .map(
      (f) =>
        `@font-face {\n  font-family: '${f.family}';\n  font-style: ${f.style};\n  font-weight: ${f.weight};\n  src: url('../fonts/${f.name}') format('woff2');\n  unicode-range: ${f.unicodeRange};\n}`,
    )
    .join('\n');
  return `${faces}\n${readFileSync(STYLESHEET, 'utf8')}`;
}

export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;
