// `npm run epub`: the whole explainer as an EPUB 3 book, dist/explainer.epub, for e-readers.
//
//   npm run epub                       dist/explainer.epub from the built dist/
//   --dist <dir> (or DIST_DIR)         the built site to read (default dist/)
//   --out <file>                       where to write the book (default <dist>/explainer.epub)
//   makeEpub({ dist, out })            the same from code → { file, bytes, ms }
//
// Assembled from the built /pamphlet/ page, which already holds the explainer in the order a
// reader needs it (cover, contents, introduction, every claim with the article's text, the
// appendices). Each top-level part of the pamphlet becomes one XHTML content document; the
// contents become the navigation document (nav.xhtml). The page is parsed (parse5, via hast)
// and written out again as XML, with what an e-reader cannot use taken out or made plain:
//   - site chrome, scripts, forms, screen-only notes (.no-print) and QR codes (the book is
//     already on a screen; each claim still gives its web address);
//   - hover cards (role=tooltip) go, and so do the aria-describedby that pointed at them;
//   - the ¶ numbers and the citation marks, drawn by CSS from data-n / data-label on the
//     site, become real text: e-readers' CSS support is too weak to rely on attr();
//   - links inside the pamphlet point to the right XHTML file and fragment; names and terms
//     link to their entries in the book's own appendices (actors, glossary), or are plain text
//     where the book has no entry for them, never to the web (the link policy of
//     scripts/lib/edition.mjs); other site links become absolute https addresses (from the
//     page's canonical URL): the claims' "on the web" addresses, the citation examples;
//   - in the appendices, every "¶N" becomes a link back to that paragraph, so the sources
//     read as endnotes that lead back to the text they bear on.
// The body comes from the page; the metadata (title, creator and publisher: the explainer's
// maker, never the article's publisher; description, rights, keywords), the cover's facts and
// the colophon (About this edition) come from the model (src/model, via scripts/lib/edition.mjs),
// so this explainer and the article it explains are told apart. Nothing is fetched.
//
// Fonts: the pamphlet's typefaces (Source Serif 4 for the article, Inter for our words,
// from @fontsource, SIL OFL, the licence shipped beside them) are embedded, Latin and
// Cyrillic subsets, ≈140 KB of the 1 MB budget. A reader may still override them.
//
// The zip is deterministic: mimetype first and stored, fixed entry order, and every
// entry dated dcterms:modified (SOURCE_DATE_EPOCH, else when the page was built).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html as htmlSchema } from 'property-information';
import { applyLinkPolicy, colophon, editionFacts, editionModel, ownPages, rewriteCover } from './lib/edition.mjs';
import { FONTS } from './lib/fonts.mjs';
import { need, pamphletFile, readPamphlet } from './lib/pamphlet-page.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STYLESHEET = join(ROOT, 'scripts/lib/epub.css');

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const OPS_NS = 'http://www.idpf.org/2007/ops';
/** The e-reader accessibility vocabulary (EPUB Accessibility 1.1); reserved in EPUB 3.3, declared for 3.2 readers. */
const A11Y_PREFIX = 'a11y: http://www.idpf.org/epub/vocab/package/a11y/#';
const CONFORMS_TO = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';

// ── Reading the page ───────────────────────────────────────────────────────────

/** Text as read: a line break counts as a space. */
const text = (node) => {
  const spaced = (n) => (n.type === 'element' && n.tagName === 'br' ? { type: 'text', value: ' ' } : n.children ? { ...n, children: n.children.map(spaced) } : n);
  return toString(spaced(node)).replace(/\s+/g, ' ').trim();
};

/** @param {string} what @param {string} file */
// ── Turning the page into content documents ────────────────────────────────────

const hasClass = (node, name) => node.type === 'element' && [].concat(node.properties?.className ?? []).includes(name);
const el = (tagName, properties, children = []) => ({ type: 'element', tagName, properties, children });
const t = (value) => ({ type: 'text', value });

/** Remove the nodes `drop` picks, anywhere under `node`. */
function prune(node, drop) {
  if (!node.children) return;
  node.children = node.children.filter((c) => !drop(c));
  node.children.forEach((c) => prune(c, drop));
}

/** Depth-first visit of every element. */
function each(node, fn, parent) {
  if (node.type === 'element') fn(node, parent);
  (node.children ?? []).forEach((c) => each(c, fn, node));
}

/** Make what the site draws with CSS real text, and drop what only works on the web. */
function plainForReaders(part) {
  prune(
    part,
    (n) =>
      n.type === 'comment' ||
      (n.type === 'element' &&
        (['script', 'style', 'form', 'svg', 'noscript', 'template'].includes(n.tagName) ||
          hasClass(n, 'no-print') ||
          n.properties?.role === 'tooltip' ||
          (hasClass(n, 'preview') && n.properties?.popover !== undefined) ||
          n.tagName === 'summary' ||
          (n.tagName === 'figure' && hasClass(n, 'pamphlet-qr') && !select('figcaption', n)))),
  );
  // A paragraph's notes: on the web just before it (to float beside it), on paper gathered as endnotes after the
  // claim. In the book each paragraph's notes follow it, where a reading system shows them as the reader goes;
  // the paper's endnotes would say it twice.
  prune(part, (n) => n.type === 'element' && hasClass(n, 'pamphlet-endnotes'));
  each(part, (node) => {
    const kids = node.children ?? [];
    for (let i = 0; i < kids.length - 1; i++) {
      if (kids[i].type === 'element' && hasClass(kids[i], 'para-note') && kids[i + 1].type === 'element' && kids[i + 1].properties?.dataP !== undefined) {
        [kids[i], kids[i + 1]] = [kids[i + 1], kids[i]];
        i++;
      }
    }
  });
  each(part, (node) => {
    const p = node.properties;
    // The cover's QR code: its address, written out, is the way to the web.
    if (node.tagName === 'figure' && hasClass(node, 'pamphlet-qr')) {
      const link = select('figcaption a', node);
      node.tagName = 'p';
      node.properties = { className: ['pamphlet-web'] };
      node.children = link ? [t('On the web: '), link] : [];
    }
    // ¶ number, in the margin on the site (CSS ::before '¶' + data-n): here "¶12 " in the line.
    if (hasClass(node, 'pnum')) {
      node.tagName = 'span';
      node.properties = { className: ['pnum'], dataNotArticle: p.dataNotArticle ?? true };
      node.children = [t(`¶${p.dataN} `)];
    }
    // A citation mark ("[12–14]", drawn from data-label on the site): on the web a button that opens its note in
    // place (a popover); here a link to the note, which a reading system may show as a popup footnote.
    if (hasClass(node, 'cite') && p.dataLabel !== undefined) {
      if (node.tagName === 'button') {
        node.tagName = 'a';
        node.properties = { className: p.className, id: p.id, href: `#${p.popoverTarget}`, ariaLabel: p.ariaLabel };
      }
      node.children = [t(String(p.dataLabel))];
      delete node.properties.dataLabel;
    }
    // Folded notes (a <details> on the web, its summary pruned above) are open in the book; popovers are the web's.
    if (node.tagName === 'details') node.tagName = 'div';
    delete node.properties.popover;
    delete p.dataRunningHead;
    delete p.dataTocFor;
    delete p.tabIndex;
    if (p.lang) p.xmlLang = p.lang;
  });
  // Scan-the-code wording belongs to paper: the cover says where the web edition is.
  each(part, (node) => {
    if (hasClass(node, 'pamphlet-cover-web')) {
      const link = select('a', node);
      node.tagName = 'p';
      node.properties = { className: ['pamphlet-web'] };
      node.children = link ? [t('Read it on the web, with every source linked: '), link] : [];
    }
  });
  return part;
}

/** "¶12", "¶12–¶14", "¶1, ¶3" in plain text → links back to those paragraphs. */
function linkParagraphRefs(node, paragraphHref, backlink) {
  if (!node.children || (node.type === 'element' && node.tagName === 'a')) return;
  node.children = node.children.flatMap((c) => {
    if (c.type !== 'text') {
      linkParagraphRefs(c, paragraphHref, backlink);
      return [c];
    }
    const out = [];
    let last = 0;
    for (const m of c.value.matchAll(/¶(\d+)/g)) {
      const href = paragraphHref(Number(m[1]));
      if (!href) continue;
      if (m.index > last) out.push(t(c.value.slice(last, m.index)));
      out.push(el('a', backlink ? { href, role: 'doc-backlink' } : { href }, [t(m[0])]));
      last = m.index + m[0].length;
    }
    if (last < c.value.length) out.push(t(c.value.slice(last)));
    return out;
  });
}

/** What a part of the pamphlet is, for its file name, epub:type and the landmarks. */
function partKind(node) {
  if (node.tagName === 'header' && hasClass(node, 'pamphlet-cover')) return 'cover';
  if (node.tagName === 'nav' && hasClass(node, 'pamphlet-contents')) return 'contents';
  if (hasClass(node, 'pamphlet-intro')) return 'introduction';
  if (hasClass(node, 'pamphlet-claim')) return 'chapter';
  if (hasClass(node, 'pamphlet-appendix')) return 'appendix';
  return undefined;
}

// ── XML ────────────────────────────────────────────────────────────────────────

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => esc(s).replace(/"/g, '&quot;');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function attributes(properties = {}) {
  return Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([key, value]) => {
      const info = find(htmlSchema, key);
      const name = key === 'xmlLang' ? 'xml:lang' : info.attribute;
      const v = value === true ? (info.boolean ? name : '') : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : value;
      return ` ${name}="${escAttr(v)}"`;
    })
    .join('');
}

/** hast → XHTML (XML syntax: every element closed, every attribute with a value). */
function toXml(node) {
  if (node.type === 'text') return esc(node.value);
  if (node.type === 'root') return node.children.map(toXml).join('');
  if (node.type !== 'element') return '';
  const open = `<${node.tagName}${attributes(node.properties)}`;
  if (VOID.has(node.tagName)) return `${open}/>`;
  return `${open}>${node.children.map(toXml).join('')}</${node.tagName}>`;
}

function xhtmlDocument({ lang, title, body, bodyType }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML_NS}" xmlns:epub="${OPS_NS}" lang="${escAttr(lang)}" xml:lang="${escAttr(lang)}">
<head>
<meta charset="utf-8"/>
<title>${esc(title)}</title>
<link rel="stylesheet" type="text/css" href="css/epub.css"/>
</head>
<body${bodyType ? ` epub:type="${bodyType}"` : ''}>
${body}
</body>
</html>
`;
}

// ── Identity and dates ─────────────────────────────────────────────────────────

/** RFC 4122 version-5 UUID of a URL: the same site address always names the same book. */
export function uuidFromUrl(url) {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'); // the URL namespace
  const h = createHash('sha1').update(ns).update(url).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** When the book was last changed: SOURCE_DATE_EPOCH (reproducible builds), else when the page was built. */
function modifiedDate(pageFile) {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not “${epoch}”`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date(Math.floor(statSync(pageFile).mtimeMs / 1000) * 1000);
}

// ── The book ───────────────────────────────────────────────────────────────────

/**
 * Assemble the EPUB's files from the built pamphlet.
 * @param {string} dist
 * @param {object} [model] the engine's model (read from CONTENT_DIR if not given)
 * @returns {Promise<{ files: Record<string, Uint8Array | string>, modified: Date }>}
 */
export async function assembleEpub(dist, model) {
  const pageFile = pamphletFile(dist);
  const page = readPamphlet(pageFile);
  const { lang, pageUrl, article } = page;
  const siteUrl = new URL('/', pageUrl).href;
  const modified = modifiedDate(pageFile);
  model ??= await editionModel();
  const { explainer } = model;
  const facts = await editionFacts(model, new URL(siteUrl));

  // 1. Split the pamphlet into its parts, in its order.
  const parts = [];
  let contents;
  for (const node of article.children) {
    if (node.type !== 'element') continue;
    const kind = partKind(node);
    if (kind === 'contents') contents = node;
    else if (kind) {
      const id = String(node.properties.id ?? kind);
      parts.push({ kind, node: plainForReaders(node), id, file: `${id}.xhtml` });
    } else if (!hasClass(node, 'no-print')) {
      throw new Error(`${pageFile}: a part of the pamphlet the EPUB does not know: <${node.tagName} class="${[].concat(node.properties.className ?? []).join(' ')}">`);
    }
  }
  const cover = need(parts.find((p) => p.kind === 'cover'), 'cover (header.pamphlet-cover)', pageFile);
  need(contents, 'contents (nav.pamphlet-contents)', pageFile);
  if (!parts.some((p) => p.kind === 'chapter')) throw new Error(`${pageFile}: no claims (section.pamphlet-claim)`);
  const coverTitle = text(need(select('h1', cover.node), 'site name (the cover’s h1)', pageFile));
  if (coverTitle !== explainer.site.name) {
    throw new Error(`${pageFile}: the cover says “${coverTitle}”, the content “${explainer.site.name}”: make the book with the CONTENT_DIR the site was built from`);
  }
  // The cover's facts and the colophon from the model: this explainer apart from the article it explains.
  rewriteCover(cover.node, facts);
  const colophonPart = { kind: 'colophon', type: 'colophon', node: colophon(facts, { edition: 'This EPUB edition', madeFrom: pageUrl.href }), id: 'colophon', file: 'colophon.xhtml' };
  parts.push(colophonPart);

  // 2. Where every id lives, so links can name the file.
  const fileOfId = new Map();
  for (const part of parts) {
    each(part.node, (node) => {
      if (node.properties?.id === undefined) return;
      const id = String(node.properties.id);
      if (fileOfId.has(id)) throw new Error(`${pageFile}: id “${id}” is used twice`);
      fileOfId.set(id, part.file);
    });
  }
  // A fragment here; step 4 names the file, as for every link inside the pamphlet.
  const paragraphHref = (n) => (fileOfId.has(`p${n}`) ? `#p${n}` : undefined);
  // Names and terms: to their entries in the appendices (#actor-…, #term-…; step 4 names the file), or plain text.
  const { names } = await ownPages(model);
  const inBook = new Set(fileOfId.keys());
  for (const part of parts) applyLinkPolicy(part.node, { pageUrl, ids: inBook, names });

  // 3. Appendices: ¶ references become links back; sources are the book's endnotes.
  for (const part of parts.filter((p) => p.kind === 'appendix')) {
    const sources = select('ol.pamphlet-sources', part.node);
    if (sources) {
      part.type = 'endnotes';
      part.node.properties.role = 'doc-endnotes';
      selectAll('.src-status', sources).forEach((s) => linkParagraphRefs(s, paragraphHref, true));
      selectAll(':scope > li', sources).forEach((li) => (li.properties['epub:type'] = 'endnote'));
    }
    linkParagraphRefs(part.node, paragraphHref, false);
  }

  // 4. Rewrite links; keep only ARIA references that still point at something in the same document.
  for (const part of parts) {
    const local = new Set();
    each(part.node, (node) => node.properties?.id !== undefined && local.add(String(node.properties.id)));
    each(part.node, (node) => {
      const p = node.properties;
      for (const key of ['ariaDescribedBy', 'ariaLabelledBy']) {
        if (p[key] === undefined) continue;
        const ids = [].concat(p[key]).flatMap((v) => String(v).split(/\s+/)).filter((id) => local.has(id));
        if (ids.length) p[key] = ids;
        else delete p[key];
      }
      if (node.tagName !== 'a' || typeof p.href !== 'string') return;
      if (p.href.startsWith('#')) {
        const id = decodeURIComponent(p.href.slice(1));
        const file = fileOfId.get(id);
        if (!file) throw new Error(`${pageFile}: a link to #${id}, which the pamphlet does not have`);
        p.href = file === part.file ? `#${id}` : `${file}#${id}`;
      } else if (!/^(https?:|mailto:)/.test(p.href)) {
        p.href = new URL(p.href, pageUrl).href;
      }
    });
  }

  // 5. Content documents.
  /** @type {Record<string, Uint8Array | string>} */
  const docs = {};
  const titleOf = (part) => text(select('h1, h2', part.node) ?? part.node);
  for (const part of parts) {
    if (part.kind === 'cover') {
      part.node.tagName = 'section';
      part.node.properties['epub:type'] = 'cover';
    } else {
      part.node.properties['epub:type'] = part.type ?? part.kind;
    }
    docs[part.file] = xhtmlDocument({ lang, title: titleOf(part), body: toXml(part.node) });
  }

  // 6. Navigation document: the pamphlet's contents, each claim with its crossheads; landmarks.
  const entries = selectAll('li', contents).map((li) => {
    const a = need(select('a[href^="#"]', li), 'contents link', pageFile);
    const id = String(a.properties.href).slice(1);
    const part = parts.find((p) => p.id === id);
    if (!part) throw new Error(`${pageFile}: the contents list #${id}, which is no part of the pamphlet`);
    const number = text(select('.toc-number', li) ?? t(''));
    const label = text(select('.toc-label', li) ?? a);
    return { part, label: number ? `${number}. ${label}` : label };
  });
  entries.push({ part: colophonPart, label: text(select('h2', colophonPart.node)) });
  const navItem = ({ part, label }) => {
    const crossheads = part.kind === 'chapter' ? selectAll('h3[data-p]', part.node) : [];
    const sub = crossheads
      .map((h) => `<li><a href="${part.file}#${escAttr(h.properties.id)}">${esc(`¶${h.properties.dataP} ${text({ ...h, children: h.children.filter((c) => !hasClass(c, 'pnum')) })}`)}</a></li>`)
      .join('');
    return `<li><a href="${part.file}">${esc(label)}</a>${sub ? `<ol>${sub}</ol>` : ''}</li>`;
  };
  const firstBody = parts.find((p) => p.kind === 'introduction') ?? parts.find((p) => p.kind === 'chapter');
  const endnotes = parts.find((p) => p.type === 'endnotes');
  const contentsTitle = text(select('h2', contents) ?? t('Contents'));
  const landmarks = [
    ['cover', cover.file, text(select('h1', cover.node) ?? t('Cover'))],
    ['toc', 'nav.xhtml#toc', contentsTitle],
    ['bodymatter', firstBody.file, titleOf(firstBody)],
    ...(endnotes ? [['endnotes', endnotes.file, titleOf(endnotes)]] : []),
    ['colophon', colophonPart.file, titleOf(colophonPart)],
  ];
  const nav = xhtmlDocument({
    lang,
    title: contentsTitle,
    body: `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h2 id="toc-title">${esc(contentsTitle)}</h2>
<ol>${entries.map(navItem).join('\n')}</ol></nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden"><h2 id="landmarks-title">Landmarks</h2>
<ol>${landmarks.map(([type, href, label]) => `<li><a epub:type="${type}" href="${href}">${esc(label)}</a></li>`).join('')}</ol></nav>`,
  });

  // 7. Metadata, from the model: the explainer is the book; its maker made and publishes it. The article it
  // explains is its source (dc:source), described, never its creator or publisher.
  const { article: articleMeta, maker } = explainer;
  const siteName = explainer.site.name;
  const subtitle = facts.subtitle;
  const describedHow = articleMeta.titleIsDescription ? ` ${facts.work.TheOf} title in square brackets is a description, not its own title.` : '';
  const factLine = (list) => list.map((f) => `${f.label}: ${f.value.map((v) => (typeof v === 'string' ? v : v.text)).join('').replace(/\.$/, '')}`).join('; ');
  const description =
    `${subtitle}.${describedHow} This explainer: ${factLine(facts.explainer.filter((f) => f.label !== 'Name'))}. ` +
    `${facts.work.The}: ${factLine(facts.article.filter((f) => f.label !== 'Title'))}.`;
  const featureList = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability', 'ARIA'];
  const summary =
    'Text only, no images, no media, no scripts. Headings, a table of contents and landmarks give its structure; ' +
    `the reading order is the pamphlet’s. ${facts.work.TheOf} own words are set apart from ours and marked by language; ` +
    'citation marks and paragraph numbers are real text, and every note and source links back to its paragraph.';
  const rights = articleMeta.rights;
  const uid = `urn:uuid:${uuidFromUrl(siteUrl)}`;
  const iso = modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const manifest = [
    ['nav', 'nav.xhtml', 'application/xhtml+xml', 'nav'],
    ...parts.map((p, i) => [`doc${i}`, p.file, 'application/xhtml+xml']),
    ['css', 'css/epub.css', 'text/css'],
    ...FONTS.map((f, i) => [`font${i}`, `fonts/${f.name}`, 'font/woff2']),
  ];
  const spine = [parts[0], { file: 'nav.xhtml' }, ...parts.slice(1)];
  const idOf = (file) => manifest.find((m) => m[1] === file)[0];
  const meta = (property, value, extra = '') => `<meta property="${property}"${extra}>${esc(value)}</meta>`;
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escAttr(lang)}" prefix="${A11Y_PREFIX}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${esc(uid)}</dc:identifier>
<dc:title id="title">${esc(siteName)}</dc:title>
${meta('title-type', 'main', ' refines="#title"')}
${subtitle ? `<dc:title id="subtitle">${esc(subtitle)}</dc:title>\n${meta('title-type', 'subtitle', ' refines="#subtitle"')}` : ''}
<dc:language>${esc(lang)}</dc:language>
<dc:creator id="creator">${esc(maker.name)}</dc:creator>
<dc:publisher>${esc(maker.name)}</dc:publisher>
<dc:description>${esc(description)}</dc:description>
${explainer.pdf.keywords.map((k) => `<dc:subject>${esc(k)}</dc:subject>`).join('\n')}
${articleMeta.url ? `<dc:source>${esc(articleMeta.url)}</dc:source>` : ''}
${rights ? `<dc:rights>${esc(rights)}</dc:rights>` : ''}
${meta('dcterms:modified', iso)}
${meta('schema:accessMode', 'textual')}
${meta('schema:accessModeSufficient', 'textual')}
${featureList.map((f) => meta('schema:accessibilityFeature', f)).join('\n')}
${meta('schema:accessibilityHazard', 'none')}
${meta('schema:accessibilitySummary', summary)}
${meta('dcterms:conformsTo', CONFORMS_TO)}
${meta('a11y:certifiedBy', maker.name)}
</metadata>
<manifest>
${manifest.map(([id, href, type, props]) => `<item id="${id}" href="${href}" media-type="${type}"${props ? ` properties="${props}"` : ''}/>`).join('\n')}
</manifest>
<spine>
${spine.map((p) => `<itemref idref="${idOf(p.file)}"/>`).join('\n')}
</spine>
</package>
`;

  // 8. Stylesheet: the EPUB's own, and the embedded faces.
  const faces = FONTS.map(
    (f) => `@font-face {\n  font-family: '${f.family}';\n  font-style: ${f.style};\n  font-weight: ${f.weight};\n  src: url('../fonts/${f.name}') format('woff2');\n  unicode-range: ${f.unicodeRange};\n}`,
  ).join('\n');
  const css = `${faces}\n${readFileSync(STYLESHEET, 'utf8')}`;

  /** @type {Record<string, Uint8Array | string>} */
  const files = {
    mimetype: 'application/epub+zip',
    'META-INF/container.xml': `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`,
    'OEBPS/package.opf': opf,
    'OEBPS/nav.xhtml': nav,
    ...Object.fromEntries(Object.entries(docs).map(([name, body]) => [`OEBPS/${name}`, body])),
    'OEBPS/css/epub.css': css,
  };
  for (const f of FONTS) files[`OEBPS/fonts/${f.name}`] = readFileSync(f.file);
  // The SIL Open Font License asks that each copy of the fonts carry the licence.
  for (const pkg of new Set(FONTS.map((f) => f.pkg))) files[`META-INF/fonts-${pkg}-OFL.txt`] = readFileSync(join(ROOT, 'node_modules/@fontsource', pkg, 'LICENSE'));
  return { files, modified };
}

/** Zip the book: mimetype first and stored; the rest deflated (fonts stored: woff2 is compressed already). */
function zipEpub(files, modified) {
  // fflate writes DOS times from local-time fields; shift so the stored time is the UTC one, on any TZ.
  const mtime = new Date(modified.getTime() + modified.getTimezoneOffset() * 60_000);
  const entries = {};
  for (const [name, data] of Object.entries(files)) {
    const bytes = typeof data === 'string' ? strToU8(data) : data;
    const stored = name === 'mimetype' || name.endsWith('.woff2');
    entries[name] = [bytes, { level: stored ? 0 : 9, mtime }];
  }
  return zipSync(entries);
}

/**
 * Build the EPUB from a built site.
 * @param {{ dist?: string, out?: string }} [options]
 * @returns {Promise<{ file: string, bytes: number, ms: number }>}
 */
export async function makeEpub({ dist = process.env.DIST_DIR ?? 'dist', out } = {}) {
  const started = performance.now();
  const root = resolve(dist);
  const file = resolve(out ?? join(root, 'explainer.epub'));
  const { files, modified } = await assembleEpub(root);
  const zip = zipEpub(files, modified);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, zip);
  return { file, bytes: zip.length, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (!v || v.startsWith('--')) throw new Error(`${name} needs a value`);
    return v;
  };
  try {
    const { file, bytes, ms } = await makeEpub({ dist: option('--dist'), out: option('--out') });
    console.log(`${file}: ${(bytes / 1024).toFixed(0)} KB, ${ms} ms`);
  } catch (e) {
    console.error(`epub: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  }
}
