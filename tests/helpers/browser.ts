// Real-browser harness: Debian's Chromium driven by playwright-core, against
// dist/ served on 127.0.0.1. npm never downloads a browser; if none is found
// the tests FAIL with instructions (a skipped browser test proves nothing).
import { chromium, type Browser as Chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
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

let running: Promise<Chromium> | undefined;
/**
 * This test worker's Chromium, started on first use with the build's arguments (src/outputs/pdf/chromium.ts), and
 * again if it went away. What the worker runs shares it (several files, where vitest.config.ts lets a worker run
 * more than one), each in contexts of its own, as separate from each other (cookies, storage, cache, permissions)
 * as browsers of their own were: a launch cost ~1.3 CPU s and up to 3 s of waiting, some 60 times a run. It goes
 * with the worker (Playwright closes the browsers it launched when the process exits).
 */
async function workerChromium(): Promise<Chromium> {
  const browser = await running?.catch(() => undefined);
  if (browser?.isConnected()) return browser;
  running = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return running;
}

/** A browser context of your own in the worker's Chromium (a private window, as it were): close it when done. */
export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await (await workerChromium()).newContext(options);
  // A blank page stays open as long as the context: a context left with no page gives up what its next page then
  // starts again (a page opened after the last one closed cost ~0.2 CPU s more, the price of every page in a11y).
  await context.newPage();
  return context;
}

export async function startBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  assertBuilt();
  const server: { url: string; close(): Promise<void> } = await startServer({ root: DIST });
  const context = await newContext({ viewport: { width: 1100, height: 800 }, ...options });
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
