// The offline copy: the built /pamphlet/ as ONE self-contained HTML file (dist/explainer.html) that opens from a
// USB stick with nothing beside it and no network.
//   - a cover and a colophon from the model (../pamphlet/edition.ts): this explainer, who made it and where to
//     report an error, apart from the article it explains and its publisher;
//   - the link policy of ../pamphlet/links.ts: names and terms link to their entries in the document's own
//     appendices, the site header's links point inside the document; every other link to the site is absolute;
//   - no script but the JSON-LD (reading needs none), no <link>, no form (nothing to submit offline), no download
//     list (it would list itself); its stylesheets and typefaces in one <style> (./styles.ts);
//   - its own Content-Security-Policy: nothing may load but the one inline style (by hash) and data: fonts and
//     images, so a reference we missed fails loudly instead of fetching.
// The QR codes are already inline SVG in the page. Anything else that would load a file (src, srcset, CSS url()
// to a file, @import) stops the build, naming it, rather than leak. The whole argument fits without subsetting
// the fonts (≈ 0.75 MB of its budget, src/budget.ts).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { BUDGET } from '../../budget.ts';
import { outputI18n, type OutputContext } from '../context.ts';
import { colophon, editionFacts, rewriteCover } from '../pamphlet/edition.ts';
import { eachElement, isElement, prune } from '../pamphlet/hast.ts';
import { documentIds, ownPages, rewriteLinks } from '../pamphlet/links.ts';
import { readPamphlet } from '../pamphlet/page.ts';
import { offlineCss } from './styles.ts';

/** Attributes that make a browser fetch something; only data: URLs may stay. */
const FETCHING = ['src', 'srcSet', 'poster', 'data', 'action', 'formAction', 'background', 'xLinkHref', 'ping'];

const fail = (why: string): never => {
  throw new Error(`offline copy: ${why}`);
};

/** Take out what would load or submit something; returns the stylesheets' URL paths, in order, to inline. */
function stripLoading(tree: Root): string[] {
  const sheets: string[] = [];
  prune(tree, (node) => {
    if (!isElement(node)) return false;
    const p = node.properties;
    switch (node.tagName) {
      case 'link': // icon, canonical, prev/next, stylesheets: nothing to fetch
        if ([p.rel].flat().includes('stylesheet')) sheets.push(String(p.href));
        return true;
      case 'script':
        return !(p.type === 'application/ld+json' && !p.src);
      case 'style':
        return fail('an inline <style> in the page: the offline copy inlines stylesheets itself');
      case 'form':
        return true;
      case 'meta': {
        // Its own policy below; link-preview cards are for the web address, not a file.
        if (String(p.httpEquiv ?? '').toLowerCase() === 'content-security-policy' || /^(og|twitter):/.test(String(p.property ?? p.name ?? ''))) return true;
      }
    }
    return p.dataDownloads !== undefined;
  });
  eachElement(tree, (node) => {
    const p = node.properties;
    for (const name of FETCHING) {
      const value = p[name];
      if (value !== undefined && !String(value).startsWith('data:')) fail(`<${node.tagName} ${name}="${value}"> would load a file`);
    }
    if (typeof p.style === 'string' && /url\(/i.test(p.style)) fail(`<${node.tagName} style="${p.style}"> loads a file`);
    if (p.href !== undefined && node.tagName !== 'a') fail(`<${node.tagName} href="${p.href}">: only links may point elsewhere`);
  });
  return sheets;
}

/** The document's own policy (first in <head>, after the charset) and its one stylesheet (last). */
function setHead(tree: Root, css: string): void {
  const hash = createHash('sha256').update(css).digest('base64');
  const policy = ["default-src 'none'", `style-src 'sha256-${hash}'`, 'font-src data:', 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
  const html = tree.children.find((n) => isElement(n, 'html'));
  const head = html?.children.find((n): n is Element => isElement(n, 'head')) ?? fail('no <head>');
  const charset = head.children.findIndex((n) => isElement(n, 'meta') && n.properties.charSet);
  head.children.splice(charset + 1, 0, h('meta', { httpEquiv: 'content-security-policy', content: policy }));
  head.children.push(h('style', css));
}

/** Make the offline copy (`out`) from the built /pamphlet/. */
export async function makeOfflineCopy(context: OutputContext, out: string): Promise<{ bytes: number; ms: number }> {
  const started = performance.now();
  const { tree, article, cover, pageUrl } = readPamphlet(context);

  const i18n = outputI18n(context);
  const facts = editionFacts(context.model, context.site, i18n);
  rewriteCover(cover, facts);
  article.children.push(colophon(facts, { edition: i18n.t('edition.offline'), madeFrom: pageUrl.href }));
  select('nav.pamphlet-contents ol', article)?.children.push(
    h('li', { dataKind: 'appendix' }, [h('a', { href: '#colophon' }, [h('span', { className: ['toc-label'] }, i18n.t('edition.about'))])]),
  );

  // Names, terms and the header point inside the document (or are dropped), never at the site.
  const ids = documentIds([{ node: tree, key: true }], 'offline copy');
  const { names, header } = ownPages(context.model);
  const href = (id: string) => (ids.has(id) ? `#${id}` : undefined);
  rewriteLinks(tree, { pageUrl, href, names, header: { node: select('header.site-header', tree), targets: header } });

  const css = offlineCss(context.dist, stripLoading(tree), context.model.explainer.site.locale);
  setHead(tree, css);
  // Empty attributes bare (`popover`, `data-not-article`), as the site's pages write them.
  const text = toHtml(tree, { upperDoctype: true, collapseEmptyAttributes: true });
  checkSelfContained(text);
  const bytes = Buffer.byteLength(text);
  if (bytes > BUDGET.offlineBytes)
    fail(`${(bytes / 1024).toFixed(0)} KB, over the ${BUDGET.offlineBytes / 1024} KB budget (src/budget.ts): subset the fonts (src/outputs/offline/styles.ts)`);
  writeFileSync(out, text);
  return { bytes, ms: Math.round(performance.now() - started) };
}

/**
 * Throws, naming the first, if the HTML refers to anything outside itself: a <link>, a script
 * file, a src/srcset/poster that is not data:, a CSS url() or @import that is not data:.
 */
export function checkSelfContained(html: string): void {
  const problems: string[] = [];
  if (/<link\b/i.test(html)) problems.push('a <link>');
  if (/<script\b[^>]*\bsrc\s*=/i.test(html)) problems.push('a <script src>');
  if (/<(?!script|style)[a-z]+\b[^>]*?\s(src|srcset|poster|action|formaction)\s*=\s*["']?(?!data:)/i.test(html))
    problems.push('a src, srcset, poster or action that is not data:');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  if (/url\(\s*['"]?(?!data:|#)/i.test(styles)) problems.push('a CSS url() that is not data:');
  if (/@import\b/i.test(styles)) problems.push('a CSS @import');
  if (problems.length) throw new Error(`the offline copy is not self-contained: ${problems.join('; ')}`);
}
