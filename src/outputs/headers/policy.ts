// The HTTP headers a host should send with the built site: one site-wide rule and a few overrides, from one
// source of truth (this file + the Content-Security-Policy that Astro writes into each page's <meta>, ./csp.ts).
// Written out three ways by ./render.ts: dist/_headers, and docs/hosting.md's nginx and Caddy configurations.
//
// Why a header at all, when every page has a <meta> policy: a meta CSP cannot carry
// frame-ancestors (clickjacking), and HSTS, nosniff, COOP/CORP, Permissions-Policy and
// caching exist only as headers. The meta policy stays for hosts that send no headers;
// where both arrive, the browser enforces both, so a page gets at most what each allows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlPathOf, walkFiles } from '../../lib/files.ts';
import { headerCsp, htmlDownloads, metaCspOf, parseCsp, siteMetaCsp } from './csp.ts';
import { parseHeadersFile } from './headers-file.ts';
import { renderHeadersFile } from './render.ts';
import { CARDS_URL, SEARCH_INDEX_URL } from '../../model/urls.ts';
// The host's configuration is read by its editors: the formats named in English.
import en from '../../i18n/en.ts';

/** Two years; add `; preload` only once every subdomain is HTTPS-only (see docs/hosting.md, “HSTS preload”). */
export const HSTS = 'max-age=63072000; includeSubDomains';
/** Hashed file names (Vite's /_astro/*): a new build writes new names, so cache them for good. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, search index, images, robots.txt): a fix reaches readers within five minutes. */
const CACHE_SHORT = 'public, max-age=300, must-revalidate';

/**
 * Browser features the site never uses, all denied (Permissions-Policy). Only
 * names Chromium recognises: an unknown name is logged as an error on every page.
 * Not listed: clipboard-write (the "copy link" buttons use it); bluetooth and web-share, which
 * Chromium on Linux does not recognise.
 */
const FEATURES_DENIED = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

export interface Rule {
  /** A _headers pattern. */
  path: string;
  /** One line, written above the rule. */
  why: string;
  /** null: this path sends no such header. */
  headers: [string, string | null][];
}

/**
 * The whole policy: one site-wide rule, then overrides whose paths never overlap
 * (checked), each replacing some of the site-wide headers.
 */
export function sitePolicy(dist: string): { rules: Rule[]; pages: number; variants: number } {
  const { csp, pages, variants } = siteMetaCsp(dist);
  const rules: Rule[] = [
    {
      path: '/*',
      why: 'Every response',
      headers: [
        ['Content-Security-Policy', headerCsp(csp)],
        ['Strict-Transport-Security', HSTS],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', FEATURES_DENIED.map((f) => `${f}=()`).join(', ')],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Cross-Origin-Resource-Policy', 'same-origin'],
        ['Cache-Control', CACHE_SHORT],
      ],
    },
    { path: '/_astro/*', why: 'Scripts and styles with a content hash in their names', headers: [['Cache-Control', CACHE_IMMUTABLE]] },
    {
      path: `${SEARCH_INDEX_URL}*`,
      why: "Search: Pagefind's worker compiles WebAssembly (its policy comes from its own response)",
      headers: [['Content-Security-Policy', headerCsp(csp, { wasm: true })]],
    },
    { path: `${CARDS_URL}*`, why: 'Link-preview cards, shown by other sites', headers: [['Cross-Origin-Resource-Policy', 'cross-origin']] },
    {
      path: '/*.pdf',
      why: "The pamphlet PDFs: Chromium's PDF viewer shows nothing under object-src 'none'",
      headers: [['Content-Security-Policy', null]],
    },
    ...htmlDownloads(dist).map((f): Rule => {
      const meta = metaCspOf(readFileSync(join(dist, f.file), 'utf8'));
      if (meta === undefined) throw new Error(`/${f.file} has no <meta http-equiv="content-security-policy"> (src/outputs/offline/ writes one)`);
      return {
        path: `/${f.file}`,
        why: `${en[f.label] as string}: its own policy, from its <meta> (an inline style by hash, data: fonts; nothing to fetch)`,
        headers: [['Content-Security-Policy', headerCsp(parseCsp(meta))]],
      };
    }),
  ];
  checkDisjoint(dist, rules);
  return { rules, pages, variants };
}

/** Overrides must not overlap on any built file, or their order would matter. */
function checkDisjoint(dist: string, rules: Rule[]): void {
  const parsed = parseHeadersFile(renderHeadersFile(rules));
  for (const file of walkFiles(dist)) {
    const url = urlPathOf(dist, file);
    const hits = parsed.slice(1).filter((r) => r.regex.test(url));
    if (hits.length > 1) throw new Error(`${url} matches more than one override: ${hits.map((r) => r.pattern).join(', ')}`);
  }
}
