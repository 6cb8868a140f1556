// The offline copy (dist/explainer.html, src/outputs/offline/) as a reader gets it from a
// USB stick: the file alone in a folder, opened from file:// in Chromium with the network off
// and every request watched. Nothing may be requested but the document, nothing may fail,
// the whole article must be shown in order, and the type must come from the inlined fonts.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/model/fidelity.ts';
import { checkSelfContained } from '../../src/outputs/offline/index.ts';
import { newContext } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { golden, editionFactsExpected, i18n, model, siteUrl } from '../helpers/explainer.ts';
import { appendixAnchors, linksToOwnNamesAndTerms } from '../helpers/offline-links.ts';

let stick: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  stick = mkdtempSync(join(tmpdir(), 'usb-stick-'));
  copyFileSync(join(DIST, 'explainer.html'), join(stick, 'explainer.html'));
  context = await newContext({ offline: true, viewport: { width: 1000, height: 800 } });
  // Every request is seen and counted; any that would leave the file is refused.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(pathToFileURL(join(stick, 'explainer.html')).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
});
afterAll(async () => {
  await context?.close();
  if (stick) rmSync(stick, { recursive: true, force: true });
});

describe('the offline copy, opened from a folder with nothing else, network off', () => {
  it('requests nothing but itself, and nothing fails (no CSP violation either)', () => {
    expect(requests).toEqual([pathToFileURL(join(stick, 'explainer.html')).href]);
    expect(problems).toEqual([]);
  });

  it('refers to nothing outside itself: no <link>, script file, src, or CSS url() to a file', () => {
    const html = readFileSync(join(DIST, 'explainer.html'), 'utf8');
    expect(() => checkSelfContained(html)).not.toThrow();
    expect(html).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/i);
  });

  it('shows the whole article, every paragraph in order and unchanged', async () => {
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-p]')].map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-not-article]').forEach((n) => n.remove());
        const r = el.getBoundingClientRect();
        return {
          n: Number(el.dataset.p),
          text: copy.textContent ?? '',
          where: `#${el.id}`,
          shown: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.height > 0,
        };
      }),
    );
    expect(found.filter((p) => !p.shown).map((p) => p.where)).toEqual([]);
    expect(checkFidelity(golden(), found)).toEqual([]);
    expect(found).toHaveLength(golden().length);
  });

  it('sets the article in Source Serif 4 and our words in Inter, from the inlined fonts', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const fontsOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.filter((f) => f.glyphCount > 0);
    };
    const article = await fontsOf('p[data-p]');
    const ours = await fontsOf('.ours p');
    // isCustomFont: a web font, i.e. the @font-face data: URL (nothing else could be fetched).
    expect(article[0], 'the article’s type').toMatchObject({ familyName: 'Source Serif 4', isCustomFont: true });
    expect(ours[0], 'our words’ type').toMatchObject({ familyName: 'Inter', isCustomFont: true });
  });

  it('reads in its language’s direction (right to left for an Arabic explainer)', async () => {
    expect(await page.evaluate(() => [document.documentElement.lang, getComputedStyle(document.documentElement).direction])).toEqual([
      model().explainer.site.locale,
      i18n().dir,
    ]);
  });

  it('links the web pages at their absolute addresses, and its own parts as #fragments that exist', async () => {
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
    const ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id)));
    const origin = siteUrl().origin;
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      if (href.startsWith('#')) expect(ids.has(decodeURIComponent(href.slice(1))), `${href} names no part of the copy`).toBe(true);
      else expect(href, 'a link the file cannot follow offline must be a full web address').toMatch(/^(https?:|mailto:)/);
    }
    expect(
      links.some((h) => h.startsWith(`${origin}/`)),
      `links to the web pages at ${origin}`,
    ).toBe(true);
    expect(links.some((h) => h.startsWith('#p'))).toBe(true);
  });
});

describe('offline means offline: names, terms, the glossary and the header', () => {
  const hrefs = () => page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));

  it('never links a name or a term to the website', async () => {
    expect(linksToOwnNamesAndTerms(await hrefs(), model(), siteUrl())).toEqual([]);
  });

  it('links every name and term the article uses to its entry in the copy’s own appendices', async () => {
    const { actors, terms } = appendixAnchors(model());
    const links = new Set(await hrefs());
    // (A name every reader knows is not linked in the text: `linkInText: false`.)
    model().actors.forEach((a, i) => a.mentions.length > 0 && a.linkInText && expect(links.has(`#${actors[i]}`), a.id).toBe(true));
    model().terms.forEach((t, i) => t.uses.length > 0 && expect(links.has(`#${terms[i]}`), t.id).toBe(true));
  });

  it('has a glossary with every term, and following a term’s link lands on its entry', async () => {
    const { terms } = appendixAnchors(model());
    const entries = await page.evaluate(() => [...document.querySelectorAll('#appendix-glossary [id]')].map((e) => e.id));
    expect(entries).toEqual(expect.arrayContaining(terms));
    const used = model().terms.find((t) => t.uses.length > 0);
    if (!used) return;
    const id = terms[model().terms.indexOf(used)]!;
    await page.locator(`a[href="#${id}"]`).first().click();
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${id}`);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain(used.term);
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
  });

  it('points its header inside the copy, never at the website', async () => {
    const header = await page.evaluate(() => [...document.querySelectorAll('body > header a[href]')].map((a) => a.getAttribute('href')!));
    expect(header.length).toBeGreaterThan(0);
    for (const href of header) expect(href, 'a header link').toMatch(/^#./);
  });
});

describe('the offline copy’s cover and colophon', () => {
  it('show this explainer (name, maker, relation, where to report errors, last reviewed) apart from the article', async () => {
    const { maker, article } = model().explainer;
    for (const selector of ['.pamphlet-cover', '#colophon']) {
      const part = page.locator(selector);
      expect(await part.count(), selector).toBe(1);
      const all = ((await part.textContent()) ?? '').replace(/\s+/g, ' ');
      for (const fact of editionFactsExpected()) {
        expect(all, `${selector}: ${fact}`).toContain(fact.replace(/\s+/g, ' '));
      }
      // The explainer's own facts first; whoever published the article only among the article's.
      if (article.by) expect(all.indexOf(maker.name), selector).toBeLessThan(all.indexOf(article.by, all.indexOf(maker.relation) + maker.relation.length));
      const links = await part.evaluate((el) => [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      if (article.url) expect(links, selector).toContain(article.url);
      if (maker.contact) expect(links, selector).toContain(maker.contact);
      else {
        expect(all, selector).toContain(i18n().t('edition.noAddress', { link: '' }).replace(/\s+/g, ' ').trim());
        expect(links, selector).toContain(new URL('/method/', siteUrl()).href);
      }
    }
  });
});
