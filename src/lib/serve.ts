// The static server for a built site, used by `npm start` (scripts/serve.ts), the tests and the PDFs (Chromium
// prints the pamphlet from it). It behaves like the hosts the site is deployed to: files through sirv (the
// server behind Vite's preview: ETags, ranges, no way out of the folder), gzip or brotli on the fly
// (compression), the headers of dist/_headers (as Netlify and Cloudflare Pages apply them), /claim → /claim/,
// and 404.html with status 404 for anything else. A request it cannot make sense of gets 400 and the server goes
// on serving.
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../outputs/headers/headers-file.ts';
import { sitePolicy } from '../outputs/headers/policy.ts';
import { renderHeadersFile } from '../outputs/headers/render.ts';
import { CITE_FILE_FORMATS } from '../outputs/cite/types.ts';
import { NOT_FOUND_FILE } from '../model/urls.ts';
import { sitePathOf, walkFiles } from './files.ts';

/** Files a host keeps to itself. */
const HIDDEN = new Set(['/_headers', '/_redirects']);

/**
 * Citation files (/cite/*.bib, *.ris) have types mrmime lacks: the ones reference managers and the endpoints in
 * src/pages/cite/ use (docs/hosting.md, "Media types", gives them for other hosts).
 */
const EXTRA_TYPES: Record<string, string> = Object.fromEntries(Object.entries(CITE_FILE_FORMATS).map(([ext, f]) => [ext, f.type]));
const CHARSET_TYPES = new Set<string>(Object.values(CITE_FILE_FORMATS).map((f) => f.type));

/** Content-Type for a file name: mrmime's, with a charset for text, octet-stream when unknown. */
export function contentType(name: string): string {
  const type = lookup(name) ?? EXTRA_TYPES[name.split('.').pop() ?? ''];
  if (!type) return 'application/octet-stream';
  return /^text\/|^application\/(json|xml|manifest\+json)$|^image\/svg\+xml$/.test(type) || CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}

/**
 * The header rules: dist/_headers (written by `npm run build`), or, when a build made none (a build that
 * stopped before its outputs), the same policy generated in memory.
 */
function loadHeaderRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return parseHeadersFile(existsSync(file) ? readFileSync(file, 'utf8') : renderHeadersFile(sitePolicy(root).rules));
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...extra });
  res.end(text + '\n');
}

/** The request's path, decoded, and its query; or the status and text of the answer it gets instead. */
function requestPath(req: IncomingMessage): { path: string; query: string } | { status: number; text: string; headers?: Record<string, string> } {
  const target = req.url ?? '';
  // Origin-form only ("/path?query"): an absolute URL or "*" is a proxy's business.
  if (!target.startsWith('/')) return { status: 400, text: 'Bad request' };
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, text: 'Method not allowed', headers: { Allow: 'GET, HEAD, OPTIONS' } };
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, text: 'Bad request: malformed percent-encoding' };
  }
  // NUL, backslashes and dot segments name no file here; browsers never send them.
  if (/[\0\\]/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path)) return { status: 400, text: 'Bad request' };
  return { path, query: q < 0 ? '' : target.slice(q) };
}

/** The request handler for `root`. */
function createHandler(root: string): Handler {
  const absRoot = resolve(root);
  // URL path of every file, taken once (sirv's production mode does the same): nothing outside is reachable.
  const files = new Set(walkFiles(absRoot).map((f) => sitePathOf(absRoot, f)));
  const rules = loadHeaderRules(absRoot);
  const notFoundPage = files.has(NOT_FOUND_FILE) ? readFileSync(join(absRoot, NOT_FOUND_FILE)) : Buffer.from('Not found\n');
  const assets = sirv(absRoot, { dev: false, etag: true, extensions: ['html'], dotfiles: false });
  const compress = compression({ threshold: 1024 });

  /** The file a decoded path is served from: the path itself, path.html, path/index.html. */
  const fileFor = (path: string) => [path, `${path}.html`, path.endsWith('/') ? `${path}index.html` : `${path}/index.html`].find((f) => files.has(f));

  return function handle(req, res) {
    if (req.method === 'OPTIONS' && (req.url ?? '').startsWith('/')) return void res.writeHead(204, { Allow: 'GET, HEAD, OPTIONS' }).end();
    const asked = requestPath(req);
    if ('status' in asked) return plain(res, asked.status, asked.text, asked.headers);
    const { path, query } = asked;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPage);
    };
    const file = HIDDEN.has(path) ? undefined : fileFor(path);
    if (!file) return compress(req, res, send404);
    // A directory asked for without its slash: send the reader to /claim/, as static hosts do,
    // so relative links and #fragments resolve. The Location comes from a real file name: one leading slash.
    if (file.endsWith('/index.html') && !path.endsWith('/') && file !== path) {
      res.writeHead(301, { Location: `${file.slice(0, -'index.html'.length)}${query}`, 'Content-Length': 0 });
      return void res.end();
    }
    res.setHeader('Content-Type', contentType(file));
    compress(req, res, () => assets(req, res, send404));
  };
}

export interface Serving {
  url: string;
  close(): Promise<void>;
}

/** Start serving `root`; resolves to { url, close() }. Port 0 picks a free port. With `tls` ({ key, cert }) it serves HTTPS. */
export function startServer({
  root = 'dist',
  port = 0,
  host = '127.0.0.1',
  tls,
}: { root?: string; port?: number; host?: string; tls?: ServerOptions } = {}): Promise<Serving> {
  const handler = createHandler(root);
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  return listen(server, port, host, tls ? 'https' : 'http');
}

/**
 * An HTTP server that sends every request to the same path on HTTPS (301), as a
 * host's port 80 does. `httpsPort` other than 443 is written into the Location.
 */
export function startRedirectServer({
  port = 80,
  host = '127.0.0.1',
  httpsPort = 443,
}: { port?: number; host?: string; httpsPort?: number } = {}): Promise<Serving> {
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

function listen(server: Server, port: number, host: string, scheme: string): Promise<Serving> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
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
