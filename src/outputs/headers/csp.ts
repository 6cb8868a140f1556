// Content-Security-Policy as the host headers need it: read from the built pages' <meta> policies (which Astro
// writes from astro.config.ts security.csp), merged into one, and made strict where a header can be.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlPathOf, walkFiles } from '../../lib/files.ts';
import { FORMATS } from '../formats.ts';

/** directive → sources, in order */
export type Csp = Map<string, string[]>;

/**
 * What the pages load, each from this origin only; the header's default-src is
 * 'none', so anything else (frames, media, manifests…) is refused until added here.
 * (The meta policy's default-src stays 'self'.)
 */
const FETCH_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src'];

const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}'$/;

export function parseCsp(text: string): Csp {
  const csp: Csp = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (csp.has(key)) throw new Error(`CSP directive ${key} appears twice: ${text}`);
    csp.set(key, sources);
  }
  return csp;
}

const serializeCsp = (csp: Csp): string => [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decodeAttr = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec: string | undefined, hex: string | undefined, named: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[String(named).toLowerCase()] ?? ''),
  );

/** The content of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaCspOf(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy["'\s>/]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeAttr(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

/**
 * The downloadable HTML formats in dist (the offline copy, ../offline/): not site pages but documents with their
 * own, stricter <meta> policy (one inline style by hash, data: fonts, nothing else), which their header rule repeats.
 */
export const htmlDownloads = (dist: string) => FORMATS.filter((f) => f.type === 'text/html' && existsSync(join(dist, f.file)));

/**
 * Every built page's meta policy, merged: one policy whose script-src and
 * style-src hold the union of all pages' hashes.
 *
 * Why the union (one `/*` rule), not one rule per page: Astro 7 writes the same
 * hashes into every page (all of the site's inline scripts and styles), so the
 * union is each page's own list; the browser still enforces each page's meta
 * policy beside the header, so the header never lets a page run what its own
 * meta refuses; and a rule per page would not fit Cloudflare Pages' limit of 100
 * rules (the site has over 200 pages). Anything else that differs between pages
 * (a directive some pages lack, a non-hash source) fails here, naming the pages,
 * rather than guessing.
 */
export function siteMetaCsp(dist: string): { csp: Csp; pages: number; variants: number } {
  const downloads = new Set(htmlDownloads(dist).map((f) => join(dist, f.file)));
  const pages = walkFiles(dist)
    .filter((f) => f.endsWith('.html') && !downloads.has(f))
    .sort();
  if (!pages.length) throw new Error(`${dist}/ has no HTML pages: build the site first (npm run build)`);
  const variants = new Map<string, string[]>();
  for (const file of pages) {
    const policy = metaCspOf(readFileSync(file, 'utf8'));
    if (policy === undefined) {
      throw new Error(
        `${urlPathOf(dist, file)} has no <meta http-equiv="content-security-policy">: the header policy is built from the pages' own (src/layouts/Base.astro, src/lib/render/csp.ts)`,
      );
    }
    variants.set(policy, [...(variants.get(policy) ?? []), urlPathOf(dist, file)]);
  }
  const [[firstText, firstUrls], ...rest] = [...variants] as [[string, string[]], ...[string, string[]][]];
  const merged: Csp = new Map([...parseCsp(firstText)].map(([k, v]) => [k, [...v]]));
  const first = firstUrls[0] ?? '';
  const differ = (x: string[], y: string[]) => JSON.stringify(x.filter((s) => !HASH.test(s))) !== JSON.stringify(y.filter((s) => !HASH.test(s)));
  for (const [text, urls] of rest) {
    const csp = parseCsp(text);
    for (const name of new Set([...merged.keys(), ...csp.keys()])) {
      const a = merged.get(name);
      const b = csp.get(name);
      if (!a || !b || differ(a, b)) {
        throw new Error(
          `Pages' meta policies differ in ${name} beyond script/style hashes (${first}: ${a?.join(' ') ?? 'absent'}; ` +
            `${urls[0]}${urls.length > 1 ? ` and ${urls.length - 1} more` : ''}: ${b?.join(' ') ?? 'absent'}). ` +
            'src/outputs/headers/csp.ts merges hashes only; decide what the header should allow and write it there.',
        );
      }
      for (const s of b) if (!a.includes(s)) a.push(s);
    }
  }
  return { csp: merged, pages: pages.length, variants: variants.size };
}

/**
 * The header policy: the pages' meta policy made strict where a header can be.
 * wasm: allow compiling WebAssembly (Pagefind's worker).
 */
export function headerCsp(meta: Csp, { wasm = false }: { wasm?: boolean } = {}): string {
  const self = meta.get('default-src') ?? ["'self'"];
  const csp: Csp = new Map([['default-src', ["'none'"]]]);
  for (const name of FETCH_DIRECTIVES) csp.set(name, [...(meta.get(name) ?? self)]);
  for (const [name, sources] of meta) if (!csp.has(name)) csp.set(name, [...sources]);
  csp.set('object-src', ["'none'"]);
  if (!csp.has('base-uri')) csp.set('base-uri', ["'none'"]);
  if (!csp.has('form-action')) csp.set('form-action', ["'self'"]);
  csp.set('frame-ancestors', ["'none'"]);
  for (const name of ['script-src', 'style-src']) {
    const sources = csp.get(name) ?? [];
    if (sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(s))) {
      throw new Error(`${name} allows ${sources.join(' ')}: the header policy refuses it (it would grade below A+)`);
    }
  }
  if (wasm) csp.get('script-src')?.push("'wasm-unsafe-eval'");
  return serializeCsp(csp);
}
