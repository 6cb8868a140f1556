// The PDFs: each edition (the full pamphlet, the hand-out) on A5 (with its booklet imposed from it) and on A4,
// all printed side by side by one Chromium.
import { join } from 'node:path';
import { EDITIONS, findChromium, launchChromium, makePdf } from '../../../scripts/pdf.mjs';
import { startServer } from '../../../scripts/serve.mjs';
import type { Made, Maker } from '../downloads.ts';
import { formatById, type Format, type PrintDetails } from '../formats.ts';

/** No Chromium, yet print formats wanted: the message says both ways on. `where`: for tests. */
export function requireChromium(print: readonly Format[], where?: { chromePath?: string | undefined; candidates?: string[] }): string {
  try {
    return findChromium(where);
  } catch {
    throw new Error(
      `No Chromium found to print ${print.map((f) => f.file).join(', ')}. Install it: \`sudo apt-get install -y chromium\` ` +
        '(Debian/Ubuntu; or set CHROME_PATH to a Chrome/Chromium binary). Or leave the PDFs out on purpose: ' +
        '`NO_PRINT=1 npm run build` (the pages then offer no PDF).',
    );
  }
}

export const printPdfs: Maker = async ({ dist }, formats) => {
  const want = new Set(formats.map((f) => f.id));
  const browser = await launchChromium(requireChromium(formats));
  const server = await startServer({ root: dist });
  const made = new Map<string, Made>();
  const details = (r: PrintDetails): PrintDetails => ({ pages: r.pages, passes: r.passes, blanks: r.blanks, contents: r.contents, geometry: r.geometry });
  try {
    const file = (id: string) => join(dist, formatById(id).file);
    const jobs: Promise<void>[] = [];
    for (const [edition, { ids }] of Object.entries(EDITIONS) as [keyof typeof EDITIONS, (typeof EDITIONS)[keyof typeof EDITIONS]][]) {
      if (want.has(ids.a5) || want.has(ids.booklet)) {
        jobs.push(
          makePdf({ dist, edition, out: file(ids.a5), booklet: want.has(ids.booklet), bookletOut: file(ids.booklet), browser, base: server.url }).then((r) => {
            made.set(ids.a5, { pages: r.pages, ms: Math.round(r.seconds * 1000), print: details(r) });
            if (r.booklet) made.set(ids.booklet, { pages: r.bookletPages, ms: Math.round(r.seconds * 1000) });
          }),
        );
      }
      if (want.has(ids.a4)) {
        jobs.push(
          makePdf({ dist, edition, out: file(ids.a4), paper: 'a4', browser, base: server.url }).then((r) => {
            made.set(ids.a4, { pages: r.pages, ms: Math.round(r.seconds * 1000), print: details(r) });
          }),
        );
      }
    }
    await Promise.all(jobs);
  } finally {
    await browser.close();
    await server.close();
  }
  return made;
};
