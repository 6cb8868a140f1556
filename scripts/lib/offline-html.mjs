// The offline copy: the built /pamphlet/ as ONE self-contained HTML file (dist/explainer.html)
// that opens from a USB stick with nothing beside it and no network.
//   - its stylesheets inlined into one <style>, and the typefaces the PDFs use (Source Serif 4,
//     Inter, @fontsource woff2, see scripts/lib/fonts.mjs) as data: URLs; the same families
//     on screen as on paper, since a file has no "system font" promise to keep;
//   - no script but the JSON-LD (reading needs none), no <link>, no form (nothing to submit
//     offline), no download list (it would list itself);
//   - the link policy of scripts/lib/edition.mjs: names and terms link to their entries in the
//     document's own appendices (#actor-<id>, #term-<id>), or are plain text where the document has no
//     such entry, never to the web; the site header's links point inside the document (an entry with
//     nothing to point at goes); other links to the web pages stay, absolute (https://<site>/…), and
//     in-document links (#p12) are kept;
//   - a cover and a colophon from the model (scripts/lib/edition.mjs): this explainer, who made it
//     and where to report an error, apart from the article it explains and its publisher;
//   - its own Content-Security-Policy: nothing may load but the one inline style (by hash)
//     and data: fonts and images, so a reference we missed fails loudly instead of fetching.
// The QR codes are already inline SVG in the page. Anything else that would load a file
// (src, srcset, CSS url() to a file, @import) stops the build, naming it, rather than leak.
// The whole argument fits without subsetting the fonts (≈ 0.75 MB of the 1.5 MB budget).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { lookup } from 'mrmime';
import { SKIP, visit } from 'unist-util-visit';
import { select } from 'hast-util-select';
import { applyLinkPolicy, colophon, editionFacts, editionModel, ownPages, rewriteCover } from './edition.mjs';
import { FONTS } from './fonts.mjs';
import { need, pamphletFile, readPamphlet } from './pamphlet-page.mjs';

/** Issue 11's budget for the offline copy. */
export const OFFLINE_BUDGET = 1.5 * 1024 * 1024;
const PAGE = 'pamphlet/index.html';
/** The site's CSS font variables and the typeface each puts first in the offline copy (as print.css does on paper). */
const FAMILIES = { '--serif': "'Source Serif 4'", '--sans': 'Inter' };

const fail = (why) => {
  throw new Error(`offline copy (${PAGE}): ${why}`);
};

/** Attributes that make a browser fetch something; only data: URLs may stay. */
const FETCHING = ['src', 'srcSet', 'poster', 'data', 'action', 'formAction', 'background', 'xLinkHref', 'ping'];

/**
 * A file of the built site as a data: URL (for CSS url()).
 * @param {string} dist
 * @param {string} urlPath
 * @param {string} from what refers to it, for the error
 */
function dataUrl(dist, urlPath, from) {
  const file = join(dist, decodeURIComponent(urlPath.split(/[?#]/)[0] ?? ''));
  if (!existsSync(file)) fail(`${from} refers to ${urlPath}, which is not in ${dist}/`);
  const type = lookup(file);
  if (!type) fail(`${from} refers to ${urlPath}: unknown media type`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/**
 * One stylesheet's text with every url() to a file inlined as data:.
 * @param {string} dist @param {string} href its URL path, for relative url()s and errors
 */
function inlineCss(dist, href) {
  const file = join(dist, href);
  if (!href.startsWith('/') || !existsSync(file)) fail(`stylesheet ${href} is not a file of ${dist}/`);
  const css = readFileSync(file, 'utf8');
  if (/@import\b/i.test(css)) fail(`stylesheet ${href} uses @import`);
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _q, ref) => {
    if (ref.startsWith('data:') || ref.startsWith('#')) return whole;
    const url = new URL(ref, `file://x${href}`);
    if (url.protocol !== 'file:') fail(`stylesheet ${href} loads ${ref} from elsewhere`);
    return `url("${dataUrl(dist, url.pathname, `stylesheet ${href}`)}")`;
  });
}

/** @font-face rules for the typefaces, as data: URLs, and the font variables that put them first. */
function fontCss(css) {
  const faces = FONTS.map((f) => {
    if (!existsSync(f.file)) fail(`font file ${f.file} is missing (npm ci)`);
    const data = readFileSync(f.file).toString('base64');
    return `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.unicodeRange}}`;
  });
  // Unlayered, so it wins over the site's layered tokens, on screen and on paper alike.
  const vars = Object.entries(FAMILIES).map(([name, family]) => {
    const m = new RegExp(`${name}:\\s*([^;}]+)`).exec(css);
    if (!m) fail(`the site's CSS sets no ${name}: the offline copy puts its typeface first there`);
    if (!FONTS.some((f) => family.replace(/'/g, '') === f.family)) fail(`no font file for ${family} (FONTS in scripts/lib/fonts.mjs)`);
    return `${name}:${family},${m[1].trim()}`;
  });
  return `${faces.join('\n')}\n:root{${vars.join(';')}}`;
}

const isElement = (node, tag) => node?.type === 'element' && (!tag || node.tagName === tag);
const plain = (node) => toString(node).replace(/\s+/g, ' ').trim();

/** The offline copy's own rules, after the site's: the cover's two fact lists' headings. */
const OWN_CSS = `.edition-facts-title{font-family:var(--sans);font-size:1rem;font-weight:600;margin:1.25em 0 .35em}`;

/**
 * Make dist/explainer.html (or `out`) from the built /pamphlet/.
 * @param {{ dist: string, out?: string, model?: object }} options  model: the engine's (read from CONTENT_DIR if not given)
 * @returns {Promise<{ file: string, bytes: number, ms: number }>}
 */
export async function makeOfflineHtml({ dist, out = join(dist, 'explainer.html'), model }) {
  const started = performance.now();
  // The page's tree and its own address (so SITE_URL as the build had it), read as the EPUB reads it.
  const file = pamphletFile(dist);
  const { tree, pageUrl, article } = readPamphlet(file);
  if (!/^https?:$/.test(pageUrl.protocol)) fail('no absolute <link rel="canonical">: the offline copy takes the site address from it');
  model ??= await editionModel();
  const siteUrl = new URL('/', pageUrl);

  // Cover and colophon from the model.
  const cover = need(select('header.pamphlet-cover', article), 'cover (header.pamphlet-cover)', file);
  const h1 = need(select('h1', cover), 'cover title (h1)', file);
  if (plain(h1) !== model.explainer.site.name) fail(`the cover says “${plain(h1)}”, the content “${model.explainer.site.name}”: build with the same CONTENT_DIR`);
  const facts = await editionFacts(model, siteUrl);
  rewriteCover(cover, facts);
  article.children.push(colophon(facts, { edition: 'This offline copy', madeFrom: pageUrl.href }));
  const toc = select('nav.pamphlet-contents ol', article);
  if (toc) {
    toc.children.push({
      type: 'element',
      tagName: 'li',
      properties: { dataKind: 'appendix' },
      children: [{ type: 'element', tagName: 'a', properties: { href: '#colophon' }, children: [{ type: 'element', tagName: 'span', properties: { className: ['toc-label'] }, children: [{ type: 'text', value: 'About this edition' }] }] }],
    });
  }

  // Ids in the document, for links that can stay in it.
  const ids = new Set();
  visit(tree, 'element', (node) => {
    if (node.properties.id) ids.add(String(node.properties.id));
  });

  // Names, terms and the header point inside the document (or are dropped), never at the site.
  const { names, header } = await ownPages(model);
  applyLinkPolicy(tree, { pageUrl, ids, names, header, headerNode: select('header.site-header', tree) });

  const sheets = [];
  visit(tree, 'element', (node, index, parent) => {
    const remove = () => {
      parent.children.splice(index, 1);
      return [SKIP, index];
    };
    const p = node.properties;
    switch (node.tagName) {
      case 'link':
        if ([p.rel].flat().includes('stylesheet')) sheets.push(String(p.href));
        return remove(); // icon, canonical, prev/next, stylesheets: nothing to fetch
      case 'script':
        return p.type === 'application/ld+json' && !p.src ? SKIP : remove();
      case 'style':
        return fail('an inline <style> in the page: the offline copy inlines stylesheets itself');
      case 'form':
        return remove();
      case 'meta': {
        const prop = String(p.property ?? p.name ?? '');
        // Its own policy below; link-preview cards are for the web address, not a file.
        if (String(p.httpEquiv ?? '').toLowerCase() === 'content-security-policy' || /^(og|twitter):/.test(prop)) return remove();
        break;
      }
    }
    if (p.dataDownloads !== undefined) return remove();
    for (const name of FETCHING) {
      const value = p[name];
      if (value !== undefined && !String(value).startsWith('data:')) {
        fail(`<${node.tagName} ${name}="${value}"> would load a file`);
      }
    }
    if (typeof p.style === 'string' && /url\(/i.test(p.style)) fail(`<${node.tagName} style="${p.style}"> loads a file`);
    if (p.href !== undefined) {
      const href = String(p.href);
      if (href.startsWith('#')) return;
      if (node.tagName !== 'a') fail(`<${node.tagName} href="${href}">: only links may point elsewhere`);
      const url = new URL(href, pageUrl);
      // A link to this very page's part stays in the document; every other page is on the web.
      const here = url.origin === pageUrl.origin && url.pathname === pageUrl.pathname && url.hash && ids.has(decodeURIComponent(url.hash.slice(1)));
      p.href = here ? url.hash : url.href;
    }
  });
  if (!sheets.length) fail('no stylesheet');

  const siteCss = sheets.map((href) => inlineCss(dist, href)).join('\n');
  const css = `${siteCss}\n${fontCss(siteCss)}\n${OWN_CSS}`;
  const hash = createHash('sha256').update(css).digest('base64');
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const html = tree.children.find((n) => isElement(n, 'html'));
  const head = html?.children.find((n) => isElement(n, 'head'));
  if (!head) fail('no <head>');
  const charset = head.children.findIndex((n) => isElement(n, 'meta') && n.properties.charSet);
  head.children.splice(charset + 1, 0, {
    type: 'element',
    tagName: 'meta',
    properties: { httpEquiv: 'content-security-policy', content: policy },
    children: [],
  });
  head.children.push({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });

  const text = toHtml(tree, { upperDoctype: true });
  checkSelfContained(text);
  const bytes = Buffer.byteLength(text);
  if (bytes > OFFLINE_BUDGET) fail(`${(bytes / 1024).toFixed(0)} KB, over the ${OFFLINE_BUDGET / 1024} KB budget: subset the fonts (scripts/lib/offline-html.mjs)`);
  writeFileSync(out, text);
  return { file: out, bytes, ms: Math.round(performance.now() - started) };
}

/**
 * Throws, naming the first, if the HTML refers to anything outside itself: a <link>, a script
 * file, a src/srcset/poster that is not data:, a CSS url() or @import that is not data:.
 * @param {string} html
 */
export function checkSelfContained(html) {
  const problems = [];
  if (/<link\b/i.test(html)) problems.push('a <link>');
  if (/<script\b[^>]*\bsrc\s*=/i.test(html)) problems.push('a <script src>');
  if (/<(?!script|style)[a-z]+\b[^>]*?\s(src|srcset|poster|action|formaction)\s*=\s*["']?(?!data:)/i.test(html)) problems.push('a src, srcset, poster or action that is not data:');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  if (/url\(\s*['"]?(?!data:|#)/i.test(styles)) problems.push('a CSS url() that is not data:');
  if (/@import\b/i.test(styles)) problems.push('a CSS @import');
  if (problems.length) throw new Error(`the offline copy is not self-contained: ${problems.join('; ')}`);
}
