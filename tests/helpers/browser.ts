// Real-browser harness: Debian's Chromium driven by playwright-core, against
// dist/ served on 127.0.0.1. npm never downloads a browser; if none is found
// the tests FAIL with instructions (a skipped browser test proves nothing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../src/lib/serve.ts';
import { CHROMIUM_ARGS, findChromium, type ChromiumWhere } from '../../src/outputs/pdf/chromium.ts';
import { assertBuilt, DIST } from './dist.ts';

/** The browser the build prints with (src/outputs/pdf/chromium.ts findChromium); a missing one fails the tests, saying how to install it. */
export function chromiumPath(where?: ChromiumWhere): string {
  try {
    return findChromium(where);
  } catch (e) {
    throw new Error(`${(e as Error).message} The browser tests need it; \`.ci/run\` installs it.`, { cause: e });
  }
}

export interface Browser {
  base: string;
  context: BrowserContext;
  /** A new page; console errors (CSP violations included) and failed requests are collected in `errors`. */
  /**
   * followRedirect (default true): wait until a static redirect page (meta refresh) has moved on, and return the page
   * the reader lands on. withoutRedirect: serve the page without its meta refresh, to check the page itself as a reader
   * whose browser does not redirect sees it.
   */
  open(path: string, options?: { waitUntil?: 'load' | 'domcontentloaded'; followRedirect?: boolean; withoutRedirect?: boolean }): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

/** A static redirect page's meta refresh, as the build writes it (src/pages/p/[n].astro). */
export const META_REFRESH = /<meta http-equiv="refresh"[^>]*>/;

/** The build's own arguments (src/outputs/pdf/chromium.ts): the tests drive the Chromium the PDFs are printed with. */
export const ARGS = CHROMIUM_ARGS;

export async function startBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  assertBuilt();
  const executablePath = chromiumPath();
  const server: { url: string; close(): Promise<void> } = await startServer({ root: DIST });
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1100, height: 800 },
    ...options,
  });
  const errors: string[] = [];
  return {
    base: server.url,
    context,
    errors,
    async open(path, { waitUntil = 'load', followRedirect = true, withoutRedirect = false } = {}) {
      const page = await context.newPage();
      if (withoutRedirect) {
        followRedirect = false;
        await page.route(server.url + path, async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          if (!META_REFRESH.test(body)) errors.push(`${path}: withoutRedirect, but the page has no meta refresh to take out`);
          await route.fulfill({ response, body: body.replace(META_REFRESH, '') });
        });
      }
      // A deliberately missing page logs its own 404; anything else is an error.
      const expect404 = path.startsWith('/no-such');
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (expect404 && msg.text().includes('status of 404')) return;
        errors.push(`${path}: console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`${path}: page error: ${err.message}`));
      // A static redirect page (meta refresh) cancels what it was still fetching (e.g. the favicon) when it moves on: expected.
      // A second main-frame navigation request means the page moved on; it is issued before the old
      // document's pending requests are cancelled, so (unlike reading the response body) it cannot race them.
      let redirects = false;
      let navigations = 0;
      page.on('request', (req) => {
        if (req.isNavigationRequest() && req.frame() === page.mainFrame() && ++navigations > 1) redirects = true;
      });
      page.on('requestfailed', (req) => {
        if (redirects && req.failure()?.errorText === 'net::ERR_ABORTED') return;
        errors.push(`${path}: request failed: ${req.url()}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !expect404) errors.push(`${path}: ${res.status()} ${res.url()}`);
      });
      await page.goto(server.url + path, { waitUntil });
      // A static redirect page (meta refresh, e.g. /p/12/) navigates on by itself: wait until it has,
      // so callers test the page the reader ends up on. (Evaluating mid-navigation throws: that is a redirect too.)
      if (followRedirect && (await page.$('meta[http-equiv="refresh"]').then(Boolean, () => true))) {
        const from = new URL(server.url + path).pathname;
        await page.waitForURL((u) => u.pathname !== from, { waitUntil });
      }
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A browser for the enclosing describe block (or file): started before its tests, closed after.
 * Returns a getter, since the browser exists only once beforeAll has run.
 */
export function useBrowser(options: BrowserContextOptions = {}, setup?: (browser: Browser) => Promise<void>): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await startBrowser(options);
    await setup?.(browser);
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is not started yet (use it inside a test)');
    return browser;
  };
}
