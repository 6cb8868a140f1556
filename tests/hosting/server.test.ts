// src/lib/serve.ts, the server behind `npm start`, the browser tests and the PDF: it must
// behave like a good static host, and no request may stop it or reach outside dist/.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/lib/serve.ts';
import { assertBuilt, DIST, distFiles, urlOf } from '../helpers/dist.ts';

let server: { url: string; close(): Promise<void> };
let port: number;
beforeAll(async () => {
  assertBuilt();
  server = await startServer({ root: DIST });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers (no automatic decompression, unlike fetch). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes exactly as written, over a raw socket: status line and body of the reply. */
function raw(requestText: string | Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('no reply within 5 s')));
    socket.on('data', (c) => chunks.push(c));
    // A reset after the reply (Node's answer to an oversized request) still counts as the reply.
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.write(requestText);
  });
}

const file = (url: string) => readFileSync(join(DIST, url.endsWith('/') ? `${url}index.html` : url));
const first = (re: RegExp) => {
  const found = distFiles()
    .map(urlOf)
    .find((u) => re.test(u));
  if (!found) throw new Error(`no built file matches ${re}`);
  return found;
};

describe('serving files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/alaska-summit/', 'text/html; charset=utf-8'],
    ['/404.html', 'text/html; charset=utf-8'],
    [() => first(/^\/_astro\/.*\.css$/), 'text/css; charset=utf-8'],
    [() => first(/^\/_astro\/.*\.js$/), 'text/javascript; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/og/site.png', 'image/png'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/sitemap.xml', /^(text|application)\/xml; charset=utf-8$/],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    [() => first(/^\/pagefind\/wasm\.[^/]+\.pagefind$/), 'application/octet-stream'],
  ])('%s is %s', async (path, type) => {
    const url = typeof path === 'function' ? path() : path;
    const res = await get(url);
    expect(res.status).toBe(200);
    if (typeof type === 'string') expect(res.headers['content-type']).toBe(type);
    else expect(res.headers['content-type']).toMatch(type);
    expect(res.body.equals(file(url))).toBe(true);
  });

  it('compresses text with brotli or gzip, as the client asks, and says Vary: Accept-Encoding', async () => {
    const plain = file('/');
    const br = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 2);
    const gz = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const none = await get('/');
    expect(none.headers['content-encoding']).toBeUndefined();
    const css = first(/^\/_astro\/.*\.css$/);
    expect((await get(css, { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBe('br');
    // Already compressed: PNGs are sent as they are.
    expect((await get('/og/site.png', { 'Accept-Encoding': 'br, gzip' })).headers['content-encoding']).toBeUndefined();
  });

  it('sends an ETag and answers a matching If-None-Match with 304, security headers included', async () => {
    const res = await get('/alaska-summit/');
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/alaska-summit/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(again.headers['strict-transport-security']).toBeDefined();
    expect((await get('/alaska-summit/', { 'If-None-Match': 'W/"other"' })).status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(file('/').length);
    expect(res.body.length).toBe(0);
  });

  it('supports byte ranges', async () => {
    const res = await get('/robots.txt', { Range: 'bytes=0-9' });
    expect(res.status).toBe(206);
    expect(res.body.equals(file('/robots.txt').subarray(0, 10))).toBe(true);
  });

  it('applies dist/_headers: each path gets its rule', async () => {
    const home = await get('/');
    expect(home.headers['content-security-policy']).toContain("default-src 'none'");
    expect(home.headers['content-security-policy']).not.toContain('wasm-unsafe-eval');
    expect(home.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect((await get(first(/^\/_astro\/.*\.js$/))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/pagefind/pagefind-worker.js')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect((await get('/og/site.png')).headers['cross-origin-resource-policy']).toBe('cross-origin');
  });
});

describe('addresses that are not files', () => {
  it('/claim → 301 /claim/, keeping the query', async () => {
    const res = await get('/alaska-summit?from=print');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/alaska-summit/?from=print');
    const actor = first(/^\/actors\/[^/]+\/$/).slice(0, -1);
    expect((await get(actor)).headers.location).toBe(`${actor}/`);
  });

  it('never redirects to another host (//host, /\\host)', async () => {
    for (const path of ['//alaska-summit', '//example.org/', '/%2Falaska-summit', '/%5Calaska-summit']) {
      const res = await get(path);
      expect([400, 404], path).toContain(res.status);
      expect(res.headers.location, path).toBeUndefined();
    }
  });

  it('a miss gets 404.html with status 404 and the site headers', async () => {
    const res = await get('/no-such-page/', { 'Accept-Encoding': 'identity' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.equals(file('/404.html'))).toBe(true);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve the host files _headers and _redirects', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });

  it('refuses methods a static site has no use for', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    expect((await get('/', {}, 'DELETE')).status).toBe(405);
    expect((await get('/', {}, 'OPTIONS')).status).toBe(204);
  });
});

describe('bad requests: 400 or 404, nothing from outside dist/, and the server keeps serving', () => {
  const BAD: [string, string | Buffer][] = [
    ['malformed percent-encoding', 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a lone %', 'GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an invalid UTF-8 sequence', 'GET /%C0%AF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['.. segments', 'GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['encoded .. segments', 'GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['encoded slashes', 'GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['backslashes', 'GET /..\\..\\..\\etc\\passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an encoded NUL', 'GET /index.html%00.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a raw NUL byte', Buffer.from('GET /index\0.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1')],
    ['a 10 kB path', `GET /${'a'.repeat(10 * 1024)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['an absolute URL', 'GET http://127.0.0.1/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['an asterisk', 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['garbage', 'NOT HTTP AT ALL\r\n\r\n'],
  ];
  it.each(BAD)('%s', async (_label, text) => {
    const reply = await raw(text);
    expect([400, 404]).toContain(reply.status);
    expect(reply.text).not.toMatch(/root:.*:0:0:/);
    // …and the next reader is served.
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body.equals(file('/'))).toBe(true);
  });

  it('a request line over 16 kB is refused (431, or the connection closed), and the server keeps serving', async () => {
    const reply = await raw(`GET /${'a'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect([0, 400, 414, 431]).toContain(reply.status);
    expect(reply.text).not.toMatch(/^HTTP\/1\.1 [23]/);
    expect((await get('/')).status).toBe(200);
  });
});
