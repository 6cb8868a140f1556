// The reference scanner: the MDN HTTP Observatory grades the site A+ when dist/ is served
// with the shipped dist/_headers over HTTPS, as a host would (HTTP → HTTPS on :80, TLS on
// :443). Everything is local: a test CA and a localhost certificate made here with openssl,
// 127.0.0.1 only, and the scanner's own src/scan.js told to trust that CA. Each header is
// also checked by itself, so a lower grade comes with the header to blame.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedirectServer, startServer } from '../../src/lib/serve.ts';
import { parseCsp } from '../../src/outputs/headers/csp.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { makeTestCertificates } from '../helpers/tls.ts';

const SCANNER = resolve('node_modules/@mdn/mdn-http-observatory');
const CONF = resolve('tests/hosting/fixtures/observatory-conf');
type Server = { url: string; close(): Promise<void> };

let dir: string;
let ca: Buffer;
const servers: Server[] = [];

/** Listen on a privileged port; wait (60 s at most) while another run of this test holds it. */
async function listenOn(port: number, start: () => Promise<Server>): Promise<Server> {
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      return await start();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES')
        throw new Error(
          `cannot listen on port ${port}: the Observatory test serves HTTPS on 127.0.0.1:443 and HTTP on :80, as a host does, so it needs root (CI runs as root) or CAP_NET_BIND_SERVICE for node.`,
          { cause: e },
        );
      if (code !== 'EADDRINUSE' || Date.now() > until)
        throw new Error(
          `cannot listen on 127.0.0.1:${port}: ${(e as Error).message}${code === 'EADDRINUSE' ? ' (still in use after 60 s: stop whatever holds it)' : ''}`,
          { cause: e },
        );
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

beforeAll(async () => {
  assertBuilt();
  if (!existsSync(join(DIST, '_headers'))) throw new Error('dist/_headers is missing: run `npm run build` (it writes it) or `npm test`.');
  if (!existsSync(join(SCANNER, 'src', 'scan.js')))
    throw new Error('The MDN HTTP Observatory is not installed: run `npm ci` (it is a devDependency, @mdn/mdn-http-observatory).');
  // The two lists its install script would have downloaded: small stand-ins (see the fixture's README).
  for (const name of ['hsts-preload.json', 'tld-list.json']) copyFileSync(join(CONF, name), join(SCANNER, 'conf', name));
  dir = mkdtempSync(join(tmpdir(), 'observatory-'));
  const tls = makeTestCertificates(dir);
  ca = tls.ca;
  servers.push(await listenOn(443, () => startServer({ root: DIST, port: 443, host: '127.0.0.1', tls })));
  servers.push(await listenOn(80, () => startRedirectServer({ port: 80, host: '127.0.0.1' })));
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function fetchHeaders(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolvePromise, reject) => {
    const req = (url.startsWith('https:') ? httpsRequest : httpRequest)(url, { ca, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('served over HTTPS with the shipped _headers', () => {
  let headers: Record<string, string | string[] | undefined>;
  beforeAll(async () => {
    const res = await fetchHeaders('https://localhost/');
    expect(res.status).toBe(200);
    headers = res.headers;
  });
  const one = (name: string) => {
    const value = headers[name.toLowerCase()];
    expect(value, `${name} is missing`).toBeDefined();
    expect(Array.isArray(value), `${name} is sent more than once`).toBe(false);
    return String(value);
  };

  it('http://localhost/ redirects to https://localhost/ first', async () => {
    const res = await fetchHeaders('http://localhost/');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://localhost/');
  });

  const CHECKS: [string, (value: string) => void][] = [
    [
      'Content-Security-Policy',
      (v) => {
        const csp = parseCsp(v);
        expect(csp.get('default-src')).toEqual(["'none'"]);
        expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
        expect(csp.get('object-src')).toEqual(["'none'"]);
        expect(csp.get('base-uri')).toEqual(["'none'"]);
        expect(csp.get('form-action')).toEqual(["'self'"]);
        for (const name of ['script-src', 'style-src']) {
          const sources = csp.get(name) ?? [];
          expect(sources[0], name).toBe("'self'");
          for (const s of sources.slice(1)) expect(s, `${name}: only hashes besides 'self'`).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/);
        }
      },
    ],
    [
      'Strict-Transport-Security',
      (v) => {
        expect(Number(/max-age=(\d+)/.exec(v)?.[1])).toBeGreaterThanOrEqual(31_536_000);
        expect(v).toMatch(/includeSubDomains/);
      },
    ],
    ['X-Content-Type-Options', (v) => expect(v).toBe('nosniff')],
    ['X-Frame-Options', (v) => expect(v).toBe('DENY')],
    ['Referrer-Policy', (v) => expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(v)],
    [
      'Permissions-Policy',
      (v) => {
        const entries = v.split(/,\s*/);
        for (const entry of entries) expect(entry, 'every feature listed is denied').toMatch(/^[a-z-]+=\(\)$/);
        for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) expect(entries).toContain(`${feature}=()`);
      },
    ],
    ['Cross-Origin-Opener-Policy', (v) => expect(v).toBe('same-origin')],
    ['Cross-Origin-Resource-Policy', (v) => expect(v).toBe('same-origin')],
    ['Cache-Control', (v) => expect(Number(/max-age=(\d+)/.exec(v)?.[1])).toBeLessThanOrEqual(600)],
  ];
  it.each(CHECKS)('%s', (name, check) => check(one(name)));

  it('sends no cookie and no CORS grant', () => {
    expect(headers['set-cookie']).toBeUndefined();
    expect(headers['access-control-allow-origin']).toBeUndefined();
  });
});

interface ScanTest {
  result: string;
  pass: boolean;
  scoreModifier: number;
}

describe('the MDN HTTP Observatory', () => {
  it('grades https://localhost/ A+', async () => {
    const scan = spawn(process.execPath, [join(SCANNER, 'src', 'scan.js'), 'localhost'], {
      // scan.js, not the bin wrapper, which would point this at a CA bundle its install script downloads.
      env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    scan.stdout.on('data', (c) => (out += c));
    scan.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => scan.kill(), 60_000);
    const code = await new Promise<number | null>((r) => scan.on('close', r));
    clearTimeout(timer);
    let result: { scan?: { grade: string; score: number }; tests?: Record<string, ScanTest>; error?: string };
    try {
      result = JSON.parse(out);
    } catch {
      throw new Error(`the scanner printed no JSON (exit ${code}):\n${out}\n${err}`);
    }
    expect(result.error, 'the scan failed').toBeUndefined();
    const failing = Object.entries(result.tests ?? {}).filter(([, t]) => !t.pass || t.scoreModifier < 0);
    console.log(
      `Observatory: ${result.scan?.grade} (${result.scan?.score}/100); ${Object.entries(result.tests ?? {})
        .map(([k, t]) => `${k}: ${t.result}`)
        .join('; ')}`,
    );
    expect(
      failing.map(([k, t]) => `${k}: ${t.result} (${t.scoreModifier})`),
      'tests the site loses points on',
    ).toEqual([]);
    expect(result.scan?.grade).toBe('A+');
    expect(result.scan?.score).toBeGreaterThanOrEqual(100);
  }, 90_000);
});
