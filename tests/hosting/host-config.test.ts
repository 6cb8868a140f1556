// dist/_headers and docs/hosting.md's nginx/Caddy blocks: generated from the built pages'
// <meta> CSP by scripts/host-config.ts, never stale, and saying what a secure host sends.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { metaCspOf, parseCsp, siteMetaCsp } from '../../src/outputs/headers/csp.ts';
import { CACHE_IMMUTABLE, sitePolicy } from '../../src/outputs/headers/policy.ts';
import { HOSTING_DOC, updateHostingDoc } from '../../src/outputs/headers/hosting-doc.ts';
import { renderCaddy, renderHeadersFile, renderNginx } from '../../src/outputs/headers/render.ts';
import { headersFor, parseHeadersFile } from '../../src/outputs/headers/headers-file.ts';
import { DIST, distFiles, htmlPages, urlOf } from '../helpers/dist.ts';

const REGENERATE = 'run `npm run build` (or `node scripts/host-config.ts` on a built site)';

const shipped = () => readFileSync(join(DIST, '_headers'), 'utf8');
const rules = () => parseHeadersFile(shipped());
const get = (path: string) => new Map(headersFor(rules(), path).map(([n, v]) => [n.toLowerCase(), v]));
const csp = (path: string) => parseCsp(get(path).get('content-security-policy') ?? '');

describe('dist/_headers', () => {
  it(`is what the generator makes of the pages now (else ${REGENERATE})`, () => {
    const { rules: policy, pages, variants } = sitePolicy(DIST);
    const fresh = renderHeadersFile(
      policy,
      `script-src/style-src hashes: the union over ${pages} pages (${variants === 1 ? 'all identical' : `${variants} different lists`}).`,
    );
    expect(shipped(), REGENERATE).toBe(fresh);
  });

  it("carries every hash of every page's <meta> policy, and the meta policy is still in every page", () => {
    const header = csp('/');
    for (const page of htmlPages()) {
      const meta = metaCspOf(page.html);
      expect(meta, `${page.url} lost its <meta> CSP`).toBeDefined();
      const metaCsp = parseCsp(meta!);
      expect(metaCsp.get('default-src'), `${page.url}: the meta policy is kept as Astro writes it`).toEqual(["'self'"]);
      for (const name of ['script-src', 'style-src']) {
        for (const source of metaCsp.get(name) ?? []) expect(header.get(name), `${page.url} ${name} ${source}`).toContain(source);
      }
    }
  });

  it("the page policy: default-src 'none', frame-ancestors 'none', object-src 'none', base-uri, form-action, nothing unsafe", () => {
    const c = csp('/');
    expect(c.get('default-src')).toEqual(["'none'"]);
    expect(c.get('frame-ancestors')).toEqual(["'none'"]);
    expect(c.get('object-src')).toEqual(["'none'"]);
    expect(c.get('base-uri')).toEqual(["'none'"]);
    expect(c.get('form-action')).toEqual(["'self'"]);
    for (const [name, sources] of c) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        expect(sources, `${name} on /`).not.toContain(bad);
      }
    }
  });

  it('the offline copy (/explainer.html) gets its own meta policy as its header, plus frame-ancestors: nothing to fetch', () => {
    const meta = parseCsp(metaCspOf(readFileSync(join(DIST, 'explainer.html'), 'utf8'))!);
    const c = csp('/explainer.html');
    expect(c.get('default-src')).toEqual(["'none'"]);
    expect(c.get('style-src')).toEqual(meta.get('style-src'));
    expect(c.get('style-src')).toEqual([expect.stringMatching(/^'sha256-/)]);
    expect(c.get('font-src')).toEqual(['data:']);
    expect(c.get('script-src')).toEqual(["'none'"]);
    expect(c.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("'wasm-unsafe-eval' only for /pagefind/*", () => {
    for (const file of distFiles()) {
      const url = urlOf(file);
      const hasWasm = (csp(url).get('script-src') ?? []).includes("'wasm-unsafe-eval'");
      expect(hasWasm, url).toBe(url.startsWith('/pagefind/'));
    }
  });

  it('sends one value of each header on every path (an override always detaches first)', () => {
    for (const file of distFiles()) {
      const url = urlOf(file);
      const h = get(url);
      expect(h.get('content-security-policy') ?? '', url).not.toContain(',');
      expect(['public, max-age=300, must-revalidate', CACHE_IMMUTABLE], url).toContain(h.get('cache-control'));
      expect(['same-origin', 'cross-origin'], url).toContain(h.get('cross-origin-resource-policy'));
      expect(h.get('x-content-type-options'), url).toBe('nosniff');
      expect(h.get('strict-transport-security'), url).toMatch(/^max-age=\d+; includeSubDomains$/);
    }
  });

  it('caches hashed assets for a year, immutable; HTML briefly', () => {
    for (const file of distFiles()) {
      const url = urlOf(file);
      if (url.startsWith('/_astro/')) expect(get(url).get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      if (url.endsWith('/') || url.endsWith('.html')) {
        const maxAge = Number(/max-age=(\d+)/.exec(get(url).get('cache-control') ?? '')?.[1]);
        expect(maxAge, url).toBeLessThanOrEqual(600);
      }
    }
    // Vite's names carry the content hash: the immutable rule must never cover an unhashed file.
    for (const file of distFiles().filter((f) => urlOf(f).startsWith('/_astro/'))) {
      expect(urlOf(file)).toMatch(/\.[A-Za-z0-9_-]{8}\.(js|css)$/);
    }
  });

  it('link-preview cards may be shown by other sites (CORP cross-origin); PDFs get no CSP (Chromium’s viewer needs plugins)', () => {
    expect(get('/og/site.png').get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(get('/').get('cross-origin-resource-policy')).toBe('same-origin');
    expect(get('/explainer-a5.pdf').has('content-security-policy')).toBe(false);
    expect(get('/explainer-a5.pdf').get('x-content-type-options')).toBe('nosniff');
  });

  it('fits Cloudflare Pages’ limits: at most 100 rules, lines of at most 2,000 characters', () => {
    expect(rules().length).toBeLessThanOrEqual(100);
    for (const line of shipped().split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

describe(`${HOSTING_DOC}: the nginx and Caddy copies of the policy`, () => {
  const { rules: policy } = sitePolicy(DIST);
  const site = new Map(policy[0]!.headers);

  it('are up to date (else run `npm run build && node scripts/host-config.ts --docs`)', () => {
    const text = readFileSync(HOSTING_DOC, 'utf8');
    expect(
      updateHostingDoc(text, policy) === text,
      `${HOSTING_DOC}: the nginx/Caddy blocks are stale: run \`npm run build && node scripts/host-config.ts --docs\``,
    ).toBe(true);
  });

  it('nginx: every location repeats the full set (add_header is not inherited), with `always`', () => {
    const conf = renderNginx(policy);
    const blocks = [...conf.matchAll(/^ {4}location ([^{]+)\{\n([\s\S]*?)^ {4}\}/gm)].filter(([, where]) => !where!.includes('_(headers'));
    // The offline copy's own policy (src/outputs/downloads.ts makes it in every build).
    expect(blocks.map(([, where]) => where!.trim())).toEqual(['/', '^~ /_astro/', '^~ /pagefind/', '^~ /og/', '~* \\.pdf$', '= /explainer.html']);
    for (const [, where, body] of blocks) {
      for (const [name] of site) {
        if (where!.includes('pdf') && name === 'Content-Security-Policy') {
          expect(body, 'no CSP for PDFs').not.toContain(name);
          continue;
        }
        expect(body, `${where} ${name}`).toMatch(new RegExp(`add_header ${name} ".+" always;`));
      }
    }
    expect(conf).toContain('return 301 https://$host$request_uri;');
    expect(conf).toContain('error_page 404 /404.html;');
  });

  it('Caddy: a header with overrides gets matchers that never overlap', () => {
    const conf = renderCaddy(policy);
    expect(conf).toContain('@content_security_policy_site not path /pagefind/* *.pdf');
    expect(conf).toContain('@cache_control_site not path /_astro/*');
    expect(conf).toMatch(/@cache_control_\d+ path \/_astro\/\*\n\s+header @cache_control_\d+ Cache-Control "public, max-age=31536000, immutable"/);
    expect(conf).toMatch(/@cross_origin_resource_policy_\d+ path \/og\/\*/);
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']) {
      expect(conf).toContain(`        ${name} "${site.get(name)}"`);
    }
  });
});

describe('the generator refuses to guess', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'host-config-'));
    dirs.push(dir);
    for (const [path, meta] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), `<!doctype html><html><head>${meta}</head><body></body></html>`);
    }
    return dir;
  };
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

  it('merges pages whose hashes differ (the union), keeping every hash', () => {
    const dir = site({
      'index.html': meta("default-src 'self'; script-src 'self' 'sha256-AAAA'"),
      'a/index.html': meta("default-src 'self'; script-src 'self' 'sha256-BBBB'"),
    });
    const { csp, variants } = siteMetaCsp(dir);
    expect(variants).toBe(2);
    expect([...csp.get('script-src')!].sort()).toEqual(["'self'", "'sha256-AAAA'", "'sha256-BBBB'"]);
  });
  it('fails, naming the page, when a page has no <meta> policy', () => {
    expect(() => siteMetaCsp(site({ 'index.html': meta("default-src 'self'"), 'b/index.html': '' }))).toThrow(
      /\/b\/ has no <meta http-equiv="content-security-policy">/,
    );
  });
  it('fails when pages differ beyond hashes', () => {
    const dir = site({
      'index.html': meta("default-src 'self'; img-src 'self'"),
      'c/index.html': meta("default-src 'self'; img-src 'self' https://cdn.example"),
    });
    expect(() => siteMetaCsp(dir)).toThrow(/differ in img-src .*\/c\//);
  });
  it("refuses 'unsafe-inline' in a page's script-src", () => {
    expect(() => sitePolicy(site({ 'index.html': meta("default-src 'self'; script-src 'self' 'unsafe-inline'") }))).toThrow(/script-src allows/);
  });
});
