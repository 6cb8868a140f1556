// The PDFs: each edition (the full pamphlet, the hand-out) on A5 (with its booklet imposed from it) and on A4,
// all printed side by side by one Chromium from the built site, served as a host would serve it.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../../lib/serve.ts';
import { outputI18n, type OutputContext } from '../context.ts';
import type { Made, Maker } from '../downloads.ts';
import { formatById, type Format } from '../formats.ts';
import { EDITIONS, type EditionName } from '../pamphlet/editions.ts';
import { launchChromium, requireChromium } from './chromium.ts';
import { makePdf, type PdfResult } from './print.ts';

/** Chromium and the built site served to it, for `print`; both closed after. */
export async function withPrinter<T>(
  dist: string,
  print: (printer: { browser: Browser; base: string }) => Promise<T>,
  formats: readonly Format[] = [],
): Promise<T> {
  const browser = await launchChromium(requireChromium(formats));
  const server = await startServer({ root: dist });
  try {
    return await print({ browser, base: server.url });
  } finally {
    await browser.close();
    await server.close();
  }
}

const made = (r: PdfResult): Made => ({
  pages: r.pages,
  ms: Math.round(r.seconds * 1000),
  print: { pages: r.pages, passes: r.passes, blanks: r.blanks, contents: r.contents, geometry: r.geometry },
});

/** The downloads' maker of the print formats: every edition and paper `formats` asks for, one Chromium for all. */
export const printPdfs: Maker = ({ dist, model, site, log, strings }: OutputContext, formats) =>
  withPrinter(
    dist,
    async (printer) => {
      const want = new Set(formats.map((f) => f.id));
      const results = new Map<string, Made>();
      const file = (id: string) => join(dist, formatById(id).file);
      const jobs: Promise<void>[] = [];
      for (const [edition, { ids }] of Object.entries(EDITIONS) as [EditionName, (typeof EDITIONS)[EditionName]][]) {
        const print = { model, site, edition, log, i18n: outputI18n({ model, strings }), ...printer };
        if (want.has(ids.a5) || want.has(ids.booklet)) {
          const bookletOut = want.has(ids.booklet) ? file(ids.booklet) : undefined;
          jobs.push(
            makePdf({ ...print, paper: 'a5', out: file(ids.a5), bookletOut }).then((r) => {
              results.set(ids.a5, made(r));
              if (r.booklet) results.set(ids.booklet, { pages: r.bookletPages, ms: Math.round(r.seconds * 1000) });
            }),
          );
        }
        if (want.has(ids.a4)) jobs.push(makePdf({ ...print, paper: 'a4', out: file(ids.a4) }).then((r) => void results.set(ids.a4, made(r))));
      }
      await Promise.all(jobs);
      return results;
    },
    formats,
  );
