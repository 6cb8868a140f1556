// The open data's links to each statement work in a real Chromium: every `links.explainer` of /evidence.json
// (its claim page, #p<N>, and a Text Fragment) finds the statement's words in that very paragraph, first
// and only there, as the Text Fragments spec's own algorithm finds them (Google's text-fragments-polyfill,
// run in the page); and for a sample, Chromium's native text directive lands on the paragraph. The original
// article cannot be opened here (no network): the same directive is checked against its words in
// tests/site/open-data.test.ts. Holds for any explainer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { useBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/explainer.ts';
import { parseTextDirective, type Fragment } from '../../src/model/text-fragments.ts';
import type { EvidenceDocument } from '../../src/lib/open-data/evidence-schema.ts';

const SITE = siteUrl().origin;
const evidence = JSON.parse(readFileSync(join(DIST, 'evidence.json'), 'utf8')) as EvidenceDocument;
// The spec's matching, as a module the page loads from its own origin (so the page's CSP allows it).
const UTILS_PATH = '/__text-fragment-utils.js';
const UTILS = `${readFileSync('node_modules/text-fragments-polyfill/src/text-fragment-utils.js', 'utf8')}\nwindow.__tf = { processTextFragmentDirective };\n`;

const browser = useBrowser({}, async (b) => {
  await b.context.route(`**${UTILS_PATH}`, (route) => route.fulfill({ body: UTILS, contentType: 'text/javascript' }));
});

/** A statement's link on our site: the page's path, its paragraph, and the directive's parts. */
const ours = (link: string) => {
  const url = new URL(link);
  const [hash, directive] = url.hash.slice(1).split(':~:') as [string, string];
  return { path: url.pathname, hash, fragment: parseTextDirective(directive) };
};

describe('the open data’s links to each statement', () => {
  const byPage = Map.groupBy(evidence.statements, (s) => ours(s.links.explainer).path);

  for (const [path, statements] of byPage) {
    it(`${path}: each statement’s Text Fragment finds its words in its own paragraph, once`, async () => {
      const page = await browser().open(path);
      await page.addScriptTag({ url: UTILS_PATH, type: 'module' });
      await page.waitForFunction(() => '__tf' in window);
      const found = await page.evaluate(
        (list: { id: string; fragment: Fragment }[]) =>
          list.map(({ id, fragment }) => {
            const tf = (window as unknown as { __tf: { processTextFragmentDirective(f: Fragment): Range[] } }).__tf;
            const ranges = tf.processTextFragmentDirective({
              prefix: '',
              textEnd: '',
              suffix: '',
              ...Object.fromEntries(Object.entries(fragment).filter(([, v]) => v !== undefined)),
            } as Fragment);
            const at = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[data-p]')?.getAttribute('data-p') ?? null;
            return { id, matches: ranges.length, start: ranges[0] ? at(ranges[0].startContainer) : null, end: ranges[0] ? at(ranges[0].endContainer) : null };
          }),
        statements.map((s) => ({ id: s.id, fragment: ours(s.links.explainer).fragment })),
      );
      for (const [i, s] of statements.entries()) {
        expect(ours(s.links.explainer).hash, s.id).toBe(`p${s.paragraph}`);
        expect(found[i], `${s.id}: “${s.quote}”`).toEqual({ id: s.id, matches: 1, start: String(s.paragraph), end: String(s.paragraph) });
      }
      await page.close();
    });
  }

  it('Chromium’s own text directive lands on the paragraph (a statement per claim page, the directive alone)', async () => {
    for (const statements of byPage.values()) {
      // The statement with the most context in its directive, else the first.
      const s = statements.find((x) => ours(x.links.explainer).fragment.prefix) ?? statements[0]!;
      const { path, fragment } = ours(s.links.explainer);
      const directive = s.links.explainer.split(':~:')[1]!;
      const page = await browser().open(`${path}#:~:${directive}`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.querySelector(':target')?.closest('[data-p]')?.id), `${SITE}${path}: “${fragment.textStart}”`).toBe(
        `p${s.paragraph}`,
      );
      await page.close();
    }
  });
});
