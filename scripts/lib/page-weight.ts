// What a page costs a reader on first load: the HTML and everything it makes
// the browser fetch (stylesheets, scripts, fonts those stylesheets use,
// images, the favicon), raw and gzipped. Shared by `npm run bench` and the
// budget test, so both always measure the same thing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KINDS = ['html', 'css', 'js', 'font', 'image'] as const;
export type Kind = (typeof KINDS)[number];

export interface Weight {
  raw: number;
  gzip: number;
  byKind: Record<Kind, { raw: number; gzip: number }>;
  files: string[];
  firstRender: number;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Same-origin resources the HTML makes the browser load, by kind. */
function resourcesOf(html: string): [Kind, string, ('first' | 'later')?][] {
  const found: [Kind, string | undefined, ('first' | 'later')?][] = [];
  for (const tag of html.match(/<(link|script|img)\b[^>]*>/g) ?? []) {
    const rel = attr(tag, 'rel') ?? '';
    if (tag.startsWith('<link') && /\bstylesheet\b/.test(rel)) found.push(['css', attr(tag, 'href'), attr(tag, 'media') === 'print' ? 'later' : 'first']);
    else if (tag.startsWith('<link') && /\bmodulepreload\b/.test(rel)) found.push(['js', attr(tag, 'href')]);
    else if (tag.startsWith('<link') && /\bicon\b/.test(rel)) found.push(['image', attr(tag, 'href')]);
    else if (tag.startsWith('<script') && attr(tag, 'src')) found.push(['js', attr(tag, 'src')]);
    else if (tag.startsWith('<img') && !/\sloading="lazy"/.test(tag)) found.push(['image', attr(tag, 'src')]);
  }
  return found.filter((r): r is [Kind, string, ('first' | 'later')?] => !!r[1] && r[1].startsWith('/') && !r[1].startsWith('//'));
}

const fontsOf = (css: string): string[] => [...css.matchAll(/url\(["']?(\/[^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)].map((m) => m[1] ?? '');

/**
 * Bytes a page transfers on first load, from dist/: { total, gzip, byKind: { html: {raw, gzip}, … }, files,
 * firstRender }. Each file counts once per page. firstRender is the gzip of what the first render waits for: the
 * HTML and its stylesheets, less those only for print (media="print", fetched without blocking).
 */
export function pageWeight(dist: string, htmlFile: string): Weight {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as Weight['byKind'];
  const seen = new Set<string>();
  let firstRender = 0;
  const add = (kind: Kind, path: string, when: 'first' | 'later' = 'later') => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const bytes = readFileSync(path);
    const gzip = kind === 'font' || (kind === 'image' && !path.endsWith('.svg')) ? bytes.length : gzipSync(bytes).length;
    byKind[kind].raw += bytes.length;
    byKind[kind].gzip += gzip;
    if (when === 'first') firstRender += gzip;
    if (kind === 'css') for (const font of fontsOf(bytes.toString('utf8'))) add('font', join(dist, font));
  };
  add('html', htmlFile, 'first');
  for (const [kind, url, when] of resourcesOf(readFileSync(htmlFile, 'utf8'))) add(kind, join(dist, decodeURI(url.split(/[?#]/)[0] ?? '')), when);
  const sum = (field: 'raw' | 'gzip') => KINDS.reduce((n, k) => n + byKind[k][field], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), byKind, files: [...seen], firstRender };
}
