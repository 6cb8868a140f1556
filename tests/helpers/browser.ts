// Real-browser harness: Debian's Chromium driven by playwright-core, against
// dist/ served on 127.0.0.1. npm never downloads a browser; if none is found
// the tests FAIL with instructions (a skipped browser test proves nothing).
import { chromium, type Browser as Chromium, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
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
  /**
   * A new page; console errors (CSP violations included) and failed requests are collected in `errors`.
   * followRedirect (default true): wait until a static redirect page (meta refresh) has moved on, and return the page
   * the reader lands on. withoutRedirect: serve the page without its meta refresh, to check the page itself as a reader
   * whose browser does not redirect sees it. tab: a page open() returned before, to go to `path` in rather than in a
   * new one, as it would open (the context's screen, colour scheme and size): for a check run on many pages one after
   * another, since a new tab costs about 0.3 CPU s more than a visit in the same one.
   */
  open(
    path: string,
    options?: { waitUntil?: 'load' | 'domcontentloaded'; followRedirect?: boolean; withoutRedirect?: boolean; tab?: Page | undefined },
  ): Promise<Page>;
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

/** What a tab is showing, for the messages of what goes wrong on it. */
interface Visit {
  path: string;
  /** A deliberately missing page logs its own 404; anything else is an error. */
  expect404: boolean;
  navigations: number;
  redirects: boolean;
}
interface Tab {
  visit: Visit;
  /** Requests not yet answered, and those a new visit left unanswered: navigating away cancels them, as closing the tab would. */
  pending: Set<Request>;
  leftBehind: Set<Request>;
}

export async function startBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  assertBuilt();
  const server: { url: string; close(): Promise<void> } = await startServer({ root: DIST });
  const settings: BrowserContextOptions = { viewport: { width: 1100, height: 800 }, ...options };
  const context = await newContext(settings);
  const errors: string[] = [];
  const tabs = new WeakMap<Page, Tab>();

  /** Collect, from now on, the console errors (CSP violations included) and failed requests of a tab, each with the path it showed. */
  function watch(page: Page): Tab {
    const known = tabs.get(page);
    if (known) return known;
    const tab: Tab = { visit: { path: '', expect404: false, navigations: 0, redirects: false }, pending: new Set(), leftBehind: new Set() };
    tabs.set(page, tab);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      if (tab.visit.expect404 && msg.text().includes('status of 404')) return;
      errors.push(`${tab.visit.path}: console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${tab.visit.path}: page error: ${err.message}`));
    // A static redirect page (meta refresh) cancels what it was still fetching (e.g. the favicon) when it moves on: expected.
    // A second main-frame navigation request means the page moved on; it is issued before the old
    // document's pending requests are cancelled, so (unlike reading the response body) it cannot race them.
    page.on('request', (req) => {
      tab.pending.add(req);
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && ++tab.visit.navigations > 1) tab.visit.redirects = true;
    });
    page.on('requestfinished', (req) => tab.pending.delete(req));
    page.on('requestfailed', (req) => {
      tab.pending.delete(req);
      const aborted = req.failure()?.errorText === 'net::ERR_ABORTED';
      if (aborted && (tab.visit.redirects || tab.leftBehind.delete(req))) return;
      errors.push(`${tab.visit.path}: request failed: ${req.url()}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !tab.visit.expect404) errors.push(`${tab.visit.path}: ${res.status()} ${res.url()}`);
    });
    return tab;
  }

  return {
    base: server.url,
    context,
    errors,
    async open(path, { waitUntil = 'load', followRedirect = true, withoutRedirect = false, tab: reused } = {}) {
      const again = !!reused && !reused.isClosed();
      const page = again ? reused : await context.newPage();
      const tab = watch(page);
      if (again) {
        tab.leftBehind = new Set(tab.pending);
        // As a new tab would start: the context's screen, colour scheme and size, and no route of an earlier visit.
        await page.unrouteAll();
        await page.emulateMedia({ media: null, colorScheme: settings.colorScheme === undefined ? 'light' : settings.colorScheme });
        if (settings.viewport) await page.setViewportSize(settings.viewport);
      }
      tab.visit = { path, expect404: path.startsWith('/no-such'), navigations: 0, redirects: false };
      if (withoutRedirect) {
        followRedirect = false;
        await page.route(server.url + path, async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          if (!META_REFRESH.test(body)) errors.push(`${path}: withoutRedirect, but the page has no meta refresh to take out`);
          await route.fulfill({ response, body: body.replace(META_REFRESH, '') });
        });
      }
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
