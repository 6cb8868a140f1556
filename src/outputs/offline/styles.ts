// The offline copy's one <style>: the site's stylesheets inlined, each url() to a file of the built site made a
// data: URL, then the typefaces the PDFs use (Source Serif 4, Inter, ../fonts.ts) as data: URLs put first in the
// site's font variables (the same families on screen as on paper, since a file has no "system font" promise to
// keep), then the copy's own rules. An @import, a url() elsewhere or a missing file stops the build, naming it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import { fontsFor, type Font } from '../fonts.ts';

/** The site's CSS font variables and the typeface each puts first in the offline copy (as print.css does on paper). */
const FAMILIES = { '--serif': "'Source Serif 4'", '--sans': 'Inter' };

/** The offline copy's own rules, after the site's: the cover's two fact lists' headings. */
const OWN_CSS = `.edition-facts-title{font-family:var(--sans);font-size:1rem;font-weight:600;margin:1.25em 0 .35em}`;

const fail = (why: string): never => {
  throw new Error(`offline copy: ${why}`);
};

/** A file of the built site as a data: URL (for CSS url()); `from` is what refers to it, for the error. */
function dataUrl(dist: string, urlPath: string, from: string): string {
  const file = join(dist, decodeURIComponent(urlPath.split(/[?#]/)[0] ?? ''));
  if (!existsSync(file)) fail(`${from} refers to ${urlPath}, which is not in ${dist}/`);
  const type = lookup(file) ?? fail(`${from} refers to ${urlPath}: unknown media type`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** One stylesheet's text (`href`: its URL path) with every url() to a file inlined as data:. */
function inlineCss(dist: string, href: string): string {
  const file = join(dist, href);
  if (!href.startsWith('/') || !existsSync(file)) fail(`stylesheet ${href} is not a file of ${dist}/`);
  const css = readFileSync(file, 'utf8');
  if (/@import\b/i.test(css)) fail(`stylesheet ${href} uses @import`);
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _q: string, ref: string) => {
    if (ref.startsWith('data:') || ref.startsWith('#')) return whole;
    const url = new URL(ref, `file://x${href}`);
    if (url.protocol !== 'file:') fail(`stylesheet ${href} loads ${ref} from elsewhere`);
    return `url("${dataUrl(dist, url.pathname, `stylesheet ${href}`)}")`;
  });
}

/** @font-face rules for the typefaces, as data: URLs, and the font variables that put them first. */
function fontCss(css: string, fonts: readonly Font[]): string {
  const faces = fonts.map((f) => {
    if (!existsSync(f.file)) fail(`font file ${f.file} is missing (npm ci)`);
    const data = readFileSync(f.file).toString('base64');
    return `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${f.unicodeRange}}`;
  });
  // Unlayered, so it wins over the site's layered tokens, on screen and on paper alike.
  const vars = Object.entries(FAMILIES).map(([name, family]) => {
    const m = new RegExp(`${name}:\\s*([^;}]+)`).exec(css) ?? fail(`the site's CSS sets no ${name}: the offline copy puts its typeface first there`);
    if (!fonts.some((f) => family.replace(/'/g, '') === f.family)) fail(`no font file for ${family} (FONTS in src/outputs/fonts.ts)`);
    return `${name}:${family},${m[1]?.trim()}`;
  });
  return `${faces.join('\n')}\n:root{${vars.join(';')}}`;
}

/** The one stylesheet of the offline copy, from the page's stylesheets (their URL paths, in order), with the faces `locale` needs. */
export function offlineCss(dist: string, sheets: readonly string[], locale: string): string {
  if (!sheets.length) fail('no stylesheet');
  const siteCss = sheets.map((href) => inlineCss(dist, href)).join('\n');
  return `${siteCss}\n${fontCss(siteCss, fontsFor(locale))}\n${OWN_CSS}`;
}
