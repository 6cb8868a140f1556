// The static server for dist/, used by `npm start`, the tests, `npm run pdf` and
// the bench. It behaves like the hosts the site is deployed to: files through
// sirv (the server behind Vite's preview: ETags, ranges, no way out of dist/),
// gzip or brotli on the fly (compression), the headers of dist/_headers (as
// Netlify and Cloudflare Pages apply them), /claim → /claim/, and 404.html with
// status 404 for anything else. A request it cannot make sense of gets 400 and
// the server goes on serving.
//
//   npm start                       build, then serve at http://127.0.0.1:4321/
//   PORT=8080 HOST=0.0.0.0 node scripts/serve.mjs
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';
import { renderHeadersFile, sitePolicy } from './host-config.mjs';

/** Files a host keeps to itself. */
const HIDDEN = new Set(['/_headers', '/_redirects']);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Citation files (/cite/*.bib, *.ris) have types mrmime lacks: the ones reference
 * managers and the endpoints in src/pages/cite/ use (the README's Citing section
 * gives them for other hosts).
 */
const EXTRA_TYPES = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems' };

/** Content-Type for a file name: mrmime's, with a charset for text, octet-stream when unknown. */
export function contentType(name) {
  const type = lookup(name) ?? EXTRA_TYPES[/** @type {keyof typeof EXTRA_TYPES} */ (name.split('.').pop() ?? '')];
  if (!type) return 'application/octet-stream';
  return /^text\/|^application\/(json|xml|manifest\+json|x-bibtex|x-research-info-systems)$|^image\/svg\+xml$/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * The header rules: dist/_headers (written by `npm run build`), or, when a
 * build made none (a bare `astro build`), the same policy generated in memory.
 */
export function loadHeaderRules(root) {
  const file = join(root, '_headers');
  return parseHeadersFile(existsSync(file) ? readFileSync(file, 'utf8') : renderHeadersFile(sitePolicy(root).rules));
}

/**
 * The request handler for `root` (exported for the tests).
 * @param {string} root
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createHandler(root) {
  const absRoot = resolve(root);
  // URL path of every file, taken once (sirv's production mode does the same): nothing outside is reachable.
  const files = new Set(walk(absRoot).map((f) => '/' + relative(absRoot, f).split(sep).join('/')));
  const rules = loadHeaderRules(absRoot);
  const notFoundPage = files.has('/404.html') ? readFileSync(join(absRoot, '404.html')) : Buffer.from('Not found\n');
  const assets = sirv(absRoot, { dev: false, etag: true, extensions: ['html'], dotfiles: false });
  const compress = compression({ threshold: 1024 });

  /** The file a decoded path is served from: the path itself, path.html, path/index.html. */
  const fileFor = (path) => [path, `${path}.html`, path.endsWith('/') ? `${path}index.html` : `${path}/index.html`].find((f) => files.has(f));

  function plain(res, status, text, extra = {}) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...extra });
    res.end(text + '\n');
  }

  return function handle(req, res) {
    const target = req.url ?? '';
    // Origin-form only ("/path?query"): an absolute URL or "*" is a proxy's business.
    if (!target.startsWith('/')) return plain(res, 400, 'Bad request');
    if (req.method === 'OPTIONS') return res.writeHead(204, { Allow: 'GET, HEAD, OPTIONS' }).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });

    const q = target.indexOf('?');
    const rawPath = q < 0 ? target : target.slice(0, q);
    const query = q < 0 ? '' : target.slice(q);
    let path;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(res, 400, 'Bad request: malformed percent-encoding');
    }
    // NUL, backslashes and dot segments name no file here; browsers never send them.
    if (/[\0\\]/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path)) return plain(res, 400, 'Bad request');

    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);

    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPage);
    };
    const notFound = () => compress(req, res, send404);
    const file = HIDDEN.has(path) ? undefined : fileFor(path);
    if (!file) return notFound();
    // A directory asked for without its slash: send the reader to /claim/, as static hosts do,
    // so relative links and #fragments resolve. The Location comes from a real file name: one leading slash.
    if (file.endsWith('/index.html') && !path.endsWith('/') && file !== path) {
      res.writeHead(301, { Location: `${file.slice(0, -'index.html'.length)}${query}`, 'Content-Length': 0 });
      return res.end();
    }
    res.setHeader('Content-Type', contentType(file));
    compress(req, res, () => assets(req, res, send404));
  };
}

/**
 * Start serving `root`; resolves to { url, close() }. Port 0 picks a free port.
 * With `tls` ({ key, cert }) it serves HTTPS.
 * @param {{ root?: string, port?: number, host?: string, tls?: import('node:https').ServerOptions }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startServer({ root = 'dist', port = 0, host = '127.0.0.1', tls } = {}) {
  const handler = createHandler(root);
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  return listen(server, port, host, tls ? 'https' : 'http');
}

/**
 * An HTTP server that sends every request to the same path on HTTPS (301), as a
 * host's port 80 does. `httpsPort` other than 443 is written into the Location.
 * @param {{ port?: number, host?: string, httpsPort?: number }} [options]
 */
export function startRedirectServer({ port = 80, host = '127.0.0.1', httpsPort = 443 } = {}) {
  const server = createHttpServer((req, res) => {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
    const target = req.url ?? '';
    if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(hostname) || !target.startsWith('/')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    res.writeHead(301, { Location: `https://${hostname}${httpsPort === 443 ? '' : `:${httpsPort}`}${target}`, 'Content-Length': 0 }).end();
  });
  return listen(server, port, host, 'http');
}

/** @returns {Promise<{ url: string, close(): Promise<void> }>} */
function listen(server, port, host, scheme) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        url: `${scheme}://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 4321);
  // The folder the build wrote (DIST_DIR, as for astro build), so explainers built side by side can each be served.
  const root = process.env.DIST_DIR || 'dist';
  const { url } = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Serving ${root}/ at ${url}/  (Ctrl+C to stop)`);
}
