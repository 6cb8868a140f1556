// The built /pamphlet/ page, read once by the formats made from it (scripts/epub.mjs,
// scripts/lib/offline-html.mjs): its tree and what they all need from it — the language,
// the page's own address (its canonical link, so SITE_URL as the build had it), the
// pamphlet's <article>, its description, keywords and JSON-LD. A missing part fails naming it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** The page in a built site. */
export const pamphletFile = (dist) => join(dist, 'pamphlet', 'index.html');

export function need(node, what, file) {
  if (!node) throw new Error(`${file}: no ${what}; is it the built /pamphlet/ page? (run \`npm run build\` first)`);
  return node;
}

/** Everything the formats need from the built /pamphlet/ page `file`. */
export function readPamphlet(file) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build the site first (\`npm run build\`), or pass --dist <dir>`);
  }
  const tree = fromHtml(source);
  const root = need(select('html', tree), '<html>', file);
  const lang = String(need(root.properties.lang, '<html lang>', file));
  const canonical = need(select('link[rel~=canonical]', tree), '<link rel="canonical">', file).properties.href;
  const pageUrl = new URL(String(canonical));
  const article = need(select('article.pamphlet', tree), '<article class="pamphlet">', file);
  const meta = (name) => select(`meta[name="${name}"]`, tree)?.properties.content;
  let ld = {};
  const ldScript = select('script[type="application/ld+json"]', tree);
  if (ldScript) {
    try {
      ld = JSON.parse(toString(ldScript));
    } catch (e) {
      throw new Error(`${file}: its JSON-LD does not parse (${e instanceof Error ? e.message : e})`);
    }
  }
  return { tree, lang, pageUrl, article, description: meta('description'), keywords: meta('keywords'), ld };
}
