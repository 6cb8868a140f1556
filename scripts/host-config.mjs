// The HTTP headers a host should send with the built site, from one source of
// truth (this file + the Content-Security-Policy the layout writes into each
// page's <meta>, src/lib/render/csp.ts), written three ways:
//   dist/_headers                 Netlify and Cloudflare Pages (and `npm start`, the tests)
//   README.md, nginx and Caddy    between the host-config marker comments
//
//   node scripts/host-config.mjs [--dist DIR]   write DIR/_headers (default dist/); `astro build`
//                                               writes it too, last (src/build/headers.mjs)
//   node scripts/host-config.mjs --readme       also rewrite the README's nginx/Caddy blocks
//   node scripts/host-config.mjs --check        exit 1 if the README's blocks are stale
//
// Why a header at all, when every page has a <meta> policy: a meta CSP cannot carry
// frame-ancestors (clickjacking), and HSTS, nosniff, COOP/CORP, Permissions-Policy and
// caching exist only as headers. The meta policy stays for hosts that send no headers;
// where both arrive, the browser enforces both, so a page gets at most what each allows.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';
import { FORMATS } from '../src/lib/formats.mjs';

// ── The policy ─────────────────────────────────────────────────────────────────

/** Two years; add `; preload` only once every subdomain is HTTPS-only (see README, Deploying). */
export const HSTS = 'max-age=63072000; includeSubDomains';
/** Hashed file names (Vite's /_astro/*): a new build writes new names, so cache them for good. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, search index, images, robots.txt): a fix reaches readers within five minutes. */
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';

/**
 * Browser features the site never uses, all denied (Permissions-Policy). Only
 * names Chromium recognises: an unknown name is logged as an error on every page.
 * Not listed: clipboard-write (the "copy link" buttons use it); bluetooth and web-share, which
 * Chromium on Linux does not recognise.
 */
export const FEATURES_DENIED = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'clipboard-read',
  'display-capture', 'encrypted-media', 'fullscreen', 'gamepad', 'geolocation', 'gyroscope', 'hid',
  'identity-credentials-get', 'idle-detection', 'local-fonts', 'magnetometer', 'microphone', 'midi',
  'otp-credentials', 'payment', 'picture-in-picture', 'publickey-credentials-create',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'storage-access', 'usb',
  'window-management', 'xr-spatial-tracking',
];

/**
 * What the pages load, each from this origin only; the header's default-src is
 * 'none', so anything else (frames, media, manifests…) is refused until added here.
 * (The meta policy's default-src stays 'self'.)
 */
export const FETCH_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src'];

const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}'$/;

// ── Reading the pages' <meta> policies ─────────────────────────────────────────

/** @typedef {Map<string, string[]>} Csp  directive → sources, in order */

/** @param {string} text @returns {Csp} */
export function parseCsp(text) {
  /** @type {Csp} */
  const csp = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (csp.has(key)) throw new Error(`CSP directive ${key} appears twice: ${text}`);
    csp.set(key, sources);
  }
  return csp;
}

/** @param {Csp} csp */
export const serializeCsp = (csp) => [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

const decodeAttr = (s) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec, hex, named) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[named.toLowerCase()],
  );

/** The content of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaCspOf(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy["'\s>/]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeAttr(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

/**
 * The downloadable HTML formats in dist (the offline copy, scripts/lib/offline-html.mjs): not
 * site pages but documents with their own, stricter <meta> policy (one inline style by hash,
 * data: fonts, nothing else), which their header rule repeats.
 */
const htmlDownloads = (dist) => FORMATS.filter((f) => f.type === 'text/html' && existsSync(join(dist, f.file)));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL path of a file in dist: dist/a/index.html → /a/ */
const urlOf = (dist, file) => '/' + relative(dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');

/**
 * Every built page's meta policy, merged: one policy whose script-src and
 * style-src hold the union of all pages' hashes.
 *
 * Why the union (one `/*` rule), not one rule per page: every page carries the
 * same policy (src/lib/render/csp.ts: 'self' and no hashes, today, as the site
 * has no inline script or style; hashes, should a page ever need one, would merge
 * here), so the union is each page's own list; the browser still enforces each page's meta
 * policy beside the header, so the header never lets a page run what its own
 * meta refuses; and a rule per page would not fit Cloudflare Pages' limit of 100
 * rules (the site has over 200 pages). Anything else that differs between pages
 * (a directive some pages lack, a non-hash source) fails here, naming the pages,
 * rather than guessing.
 * @param {string} dist
 * @returns {{ csp: Csp, pages: number, variants: number }}
 */
export function siteMetaCsp(dist) {
  const downloads = new Set(htmlDownloads(dist).map((f) => join(dist, f.file)));
  const pages = walk(dist).filter((f) => f.endsWith('.html') && !downloads.has(f)).sort();
  if (!pages.length) throw new Error(`${dist}/ has no HTML pages: build the site first (npm run build)`);
  /** @type {Map<string, string[]>} */
  const variants = new Map();
  for (const file of pages) {
    const policy = metaCspOf(readFileSync(file, 'utf8'));
    if (policy === undefined) {
      throw new Error(`${urlOf(dist, file)} has no <meta http-equiv="content-security-policy">: the header policy is built from the pages' own (src/layouts/Base.astro, src/lib/render/csp.ts)`);
    }
    variants.set(policy, [...(variants.get(policy) ?? []), urlOf(dist, file)]);
  }
  /** @type {Csp | undefined} */
  let merged;
  let first = '';
  for (const [text, urls] of variants) {
    const csp = parseCsp(text);
    if (!merged) {
      merged = new Map([...csp].map(([k, v]) => [k, [...v]]));
      first = urls[0] ?? '';
      continue;
    }
    const names = new Set([...merged.keys(), ...csp.keys()]);
    for (const name of names) {
      const a = merged.get(name);
      const b = csp.get(name);
      const differ = (x, y) => JSON.stringify(x.filter((s) => !HASH.test(s))) !== JSON.stringify(y.filter((s) => !HASH.test(s)));
      if (!a || !b || differ(a, b)) {
        throw new Error(
          `Pages' meta policies differ in ${name} beyond script/style hashes (${first}: ${a?.join(' ') ?? 'absent'}; ` +
            `${urls[0]}${urls.length > 1 ? ` and ${urls.length - 1} more` : ''}: ${b?.join(' ') ?? 'absent'}). ` +
            'scripts/host-config.mjs merges hashes only; decide what the header should allow and write it there.',
        );
      }
      for (const s of b) if (!a.includes(s)) a.push(s);
    }
  }
  return { csp: /** @type {Csp} */ (merged), pages: pages.length, variants: variants.size };
}

/**
 * The header policy: the pages' meta policy made strict where a header can be.
 * @param {Csp} meta
 * @param {{ wasm?: boolean }} [options] wasm: allow compiling WebAssembly (Pagefind's worker)
 */
export function headerCsp(meta, { wasm = false } = {}) {
  const self = meta.get('default-src') ?? ["'self'"];
  /** @type {Csp} */
  const csp = new Map([['default-src', ["'none'"]]]);
  for (const name of FETCH_DIRECTIVES) csp.set(name, [...(meta.get(name) ?? self)]);
  for (const [name, sources] of meta) if (!csp.has(name)) csp.set(name, [...sources]);
  csp.set('object-src', ["'none'"]);
  if (!csp.has('base-uri')) csp.set('base-uri', ["'none'"]);
  if (!csp.has('form-action')) csp.set('form-action', ["'self'"]);
  csp.set('frame-ancestors', ["'none'"]);
  for (const name of ['script-src', 'style-src']) {
    const sources = /** @type {string[]} */ (csp.get(name));
    if (sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(s))) {
      throw new Error(`${name} allows ${sources.join(' ')}: the header policy refuses it (it would grade below A+)`);
    }
  }
  if (wasm) /** @type {string[]} */ (csp.get('script-src')).push("'wasm-unsafe-eval'");
  return serializeCsp(csp);
}

/**
 * @typedef {object} Rule
 * @property {string} path      a _headers pattern
 * @property {string} why       one line, written above the rule
 * @property {[string, string | null][]} headers  null = this path sends no such header
 */

/**
 * The whole policy: one site-wide rule, then overrides whose paths never overlap
 * (checked), each replacing some of the site-wide headers.
 * @param {string} dist
 * @returns {{ rules: Rule[], pages: number, variants: number }}
 */
export function sitePolicy(dist) {
  const { csp, pages, variants } = siteMetaCsp(dist);
  /** @type {Rule[]} */
  const rules = [
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
      path: '/pagefind/*',
      why: "Search: Pagefind's worker compiles WebAssembly (its policy comes from its own response)",
      headers: [['Content-Security-Policy', headerCsp(csp, { wasm: true })]],
    },
    { path: '/og/*', why: 'Link-preview cards, shown by other sites', headers: [['Cross-Origin-Resource-Policy', 'cross-origin']] },
    {
      path: '/*.pdf',
      why: "The pamphlet PDFs: Chromium's PDF viewer shows nothing under object-src 'none'",
      headers: [['Content-Security-Policy', null]],
    },
    ...htmlDownloads(dist).map((f) => {
      const meta = metaCspOf(readFileSync(join(dist, f.file), 'utf8'));
      if (meta === undefined) throw new Error(`/${f.file} has no <meta http-equiv="content-security-policy"> (scripts/lib/offline-html.mjs writes one)`);
      return {
        path: `/${f.file}`,
        why: `${f.label}: its own policy, from its <meta> (an inline style by hash, data: fonts; nothing to fetch)`,
        headers: /** @type {[string, string | null][]} */ ([['Content-Security-Policy', headerCsp(parseCsp(meta))]]),
      };
    }),
  ];
  checkDisjoint(dist, rules);
  return { rules, pages, variants };
}

/** Overrides must not overlap on any built file, or their order would matter. */
function checkDisjoint(dist, rules) {
  const parsed = parseHeadersFile(renderHeadersFile(rules));
  for (const file of walk(dist)) {
    const url = urlOf(dist, file);
    const hits = parsed.slice(1).filter((r) => r.regex.test(url));
    if (hits.length > 1) throw new Error(`${url} matches more than one override: ${hits.map((r) => r.pattern).join(', ')}`);
  }
}

// ── Writing it out ─────────────────────────────────────────────────────────────

const GENERATED = 'Generated by scripts/host-config.mjs from the built pages: do not edit.';

/** The `_headers` file (Netlify, Cloudflare Pages). */
export function renderHeadersFile(rules, note = '') {
  const out = [
    `# ${GENERATED}`,
    '# Every matching rule applies, in order. A later rule replaces a header with "! Name" then',
    '# "Name: value": Cloudflare Pages detaches the earlier value; Netlify ignores the "!" line and',
    '# lets the later value win. Either way one value is sent.',
  ];
  if (note) out.push(`# ${note}`);
  const [site, ...overrides] = rules;
  out.push('', `# ${site.why}`, site.path, ...site.headers.map(([n, v]) => `  ${n}: ${v}`));
  for (const rule of overrides) {
    out.push('', `# ${rule.why}`, rule.path);
    for (const [name, value] of rule.headers) {
      out.push(`  ! ${name}`);
      if (value !== null) out.push(`  ${name}: ${value}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Headers one rule's paths get: the site-wide set with the rule's replacements. */
function effective(rules, rule) {
  const site = rules[0];
  if (rule === site) return site.headers.filter(([, v]) => v !== null);
  const replaced = new Map(rule.headers.map(([n, v]) => [n.toLowerCase(), v]));
  /** @type {[string, string][]} */
  const out = [];
  for (const [name, value] of site.headers) {
    const v = replaced.has(name.toLowerCase()) ? replaced.get(name.toLowerCase()) : value;
    if (v != null) out.push([name, v]);
  }
  for (const [name, value] of rule.headers) if (value !== null && !site.headers.some(([n]) => n.toLowerCase() === name.toLowerCase())) out.push([name, value]);
  return out;
}

const quoted = (value) => {
  if (/["$\\\n]/.test(value)) throw new Error(`header value cannot be quoted for nginx/Caddy: ${value}`);
  return `"${value}"`;
};

function nginxLocation(path) {
  if (path === '/*') return 'location /';
  let m = /^(\/[^*:]*\/)\*$/.exec(path);
  if (m) return `location ^~ ${m[1]}`;
  m = /^\/\*(\.[A-Za-z0-9]+)$/.exec(path);
  if (m) return `location ~* \\${m[1]}$`;
  if (!/[*:]/.test(path)) return `location = ${path}`;
  throw new Error(`no nginx location for ${path}`);
}

/** nginx: add_header lines are not inherited by a location that has its own, so each gets the full set. */
export function renderNginx(rules) {
  const lines = [
    `# ${GENERATED}`,
    '# Replace example.org, the certificate paths and root. Needs nginx >= 1.19 (error_page + always).',
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    '    server_name example.org;',
    '    return 301 https://$host$request_uri;',
    '}',
    '',
    'server {',
    '    listen 443 ssl http2;',
    '    listen [::]:443 ssl http2;',
    '    server_name example.org;',
    '    ssl_certificate     /etc/ssl/example.org/fullchain.pem;',
    '    ssl_certificate_key /etc/ssl/example.org/privkey.pem;',
    '    root /srv/explainer/dist;',
    '    index index.html;',
    '    absolute_redirect off;      # /claim -> /claim/ as a relative Location',
    '    server_tokens off;',
    '    error_page 404 /404.html;',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_min_length 1024;',
    '    gzip_types text/css text/javascript application/javascript application/json application/xml image/svg+xml text/plain;',
    '',
    '    location ~ ^/_(headers|redirects)$ { return 404; }',
  ];
  for (const rule of rules) {
    lines.push('', `    # ${rule.why}`, `    ${nginxLocation(rule.path)} {`);
    for (const [name, value] of effective(rules, rule)) lines.push(`        add_header ${name} ${quoted(value)} always;`);
    lines.push('    }');
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function caddyPath(path) {
  if (path === '/*') return '*';
  if (/^\/[^*:]*\/\*$/.test(path)) return path;
  const m = /^\/\*(\.[A-Za-z0-9]+)$/.exec(path);
  if (m) return `*${m[1]}`;
  if (!/[*:]/.test(path)) return path;
  throw new Error(`no Caddy path matcher for ${path}`);
}

/**
 * Caddy's header directives for the policy, as a snippet named `name`. Caddy
 * sorts `header` directives by their matchers, not by file order, so every
 * header with an override gets matchers that never overlap. Named matchers must
 * be unique within a site, so each snippet's carry its own `prefix`.
 */
function caddySnippet(rules, name, prefix) {
  const [site, ...overrides] = rules;
  /** @type {string[]} */
  const fixed = [];
  /** @type {string[]} */
  const matched = [];
  let n = 0;
  for (const [header, value] of site.headers) {
    const own = overrides.filter((r) => r.headers.some(([h]) => h.toLowerCase() === header.toLowerCase()));
    if (!own.length) {
      fixed.push(`        ${header} ${quoted(/** @type {string} */ (value))}`);
      continue;
    }
    const id = `${prefix}${header.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
    matched.push(`    @${id}_site not path ${own.map((r) => caddyPath(r.path)).join(' ')}`);
    if (value !== null) matched.push(`    header @${id}_site ${header} ${quoted(value)}`);
    for (const rule of own) {
      const v = /** @type {[string, string | null]} */ (rule.headers.find(([h]) => h.toLowerCase() === header.toLowerCase()))[1];
      if (v === null) continue; // that path sends none: the _site matcher already leaves it out
      matched.push(`    @${id}_${++n} path ${caddyPath(rule.path)}`, `    header @${id}_${n} ${header} ${quoted(v)}`);
    }
  }
  return [`(${name}) {`, '    header {', ...fixed, '        -Server', '    }', ...matched, '}'];
}

/**
 * Caddy: the site's routes and its error routes are separate, and headers set
 * on the way to an error are not all kept (seen with Caddy 2.6: the 404 lost the
 * unmatched ones), so the 404 route imports the same policy again, under other
 * matcher names (a site may define a named matcher only once).
 */
export function renderCaddy(rules) {
  return [
    `# ${GENERATED}`,
    '# Replace example.org and root. Caddy gets the certificate and redirects HTTP to HTTPS itself.',
    ...caddySnippet(rules, 'site_headers', ''),
    '',
    ...caddySnippet(rules, 'error_headers', 'error_'),
    '',
    'example.org {',
    '    root * /srv/explainer/dist',
    '    import site_headers',
    '    encode zstd gzip',
    '    @hidden path /_headers /_redirects',
    '    respond @hidden 404',
    '    file_server',
    '    handle_errors {',
    '        @notfound expression {err.status_code} == 404',
    '        handle @notfound {',
    '            import error_headers',
    '            rewrite * /404.html',
    '            file_server',
    '        }',
    '    }',
    '}',
  ].join('\n') + '\n';
}

// ── The README's copies ────────────────────────────────────────────────────────

export const README_BLOCKS = /** @type {const} */ (['nginx', 'caddy']);
const marker = (name, end) => `<!-- host-config:${name}:${end ? 'end' : 'begin'} -->`;

/** The README with its nginx and Caddy blocks rewritten from `rules`. Throws if a marker is missing. */
export function updateReadme(readme, rules) {
  const body = { nginx: '```nginx\n' + renderNginx(rules) + '```', caddy: '```caddyfile\n' + renderCaddy(rules) + '```' };
  let out = readme;
  for (const name of README_BLOCKS) {
    const begin = out.indexOf(marker(name, false));
    const end = out.indexOf(marker(name, true));
    if (begin < 0 || end < begin) throw new Error(`README.md lacks the ${marker(name, false)} … ${marker(name, true)} markers`);
    out = out.slice(0, begin + marker(name, false).length) + '\n' + body[name] + '\n' + out.slice(end);
  }
  return out;
}

/** The headers one URL path gets, as served from the `_headers` text. */
export const headersForPath = (headersText, path) => headersFor(parseHeadersFile(headersText), path);

// ── Command line ───────────────────────────────────────────────────────────────

/** Write `<dist>/_headers`; returns what was written and a one-line summary. */
export function writeHeadersFile(dist = 'dist') {
  const { rules, pages, variants } = sitePolicy(dist);
  const note = `script-src/style-src hashes: the union over ${pages} pages (${variants === 1 ? 'all identical' : `${variants} different lists`}).`;
  const text = renderHeadersFile(rules, note);
  writeFileSync(join(dist, '_headers'), text);
  return { text, rules, summary: `${join(dist, '_headers')}: ${rules.length} rules; ${note}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--dist');
  const dist = resolve(i >= 0 ? (args[i + 1] ?? 'dist') : 'dist');
  try {
    const { rules, summary } = writeHeadersFile(dist);
    if (!args.includes('--quiet')) console.log(summary);
    if (args.includes('--readme') || args.includes('--check')) {
      const readme = readFileSync('README.md', 'utf8');
      const fresh = updateReadme(readme, rules);
      if (args.includes('--readme')) {
        writeFileSync('README.md', fresh);
        console.log(fresh === readme ? 'README.md: nginx and Caddy blocks already up to date' : 'README.md: nginx and Caddy blocks rewritten');
      } else if (fresh !== readme) {
        console.error('README.md: the nginx/Caddy blocks are stale; run `node scripts/host-config.mjs --readme`');
        process.exitCode = 1;
      }
    }
  } catch (e) {
    console.error(`host-config: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  }
}
