// `npm run pdf`: print one PDF of a built site on its own (`astro build` prints all six with the other formats,
// one Chromium for all: src/outputs/pdf/).
//
//   npm run pdf                      dist/explainer-a5.pdf (the full edition, A5)
//   npm run pdf -- --a4              dist/explainer-a4.pdf (same layout on A4, larger type)
//   npm run pdf -- --booklet         also dist/explainer-booklet-a4.pdf: A5 pages imposed two per
//                                    A4 sheet in saddle-stitch order (print double-sided, fold, staple)
//   npm run pdf -- --handout         the hand-out edition instead: dist/explainer-handout-a5.pdf
//                                    (with --a4: explainer-handout-a4.pdf; --booklet: explainer-handout-booklet-a4.pdf)
//   --dist <dir> (or DIST_DIR)       the built site to print (default dist/)
//   --out <file>                     where to write the PDF (the booklet: beside it, -booklet.pdf)
import { join } from 'node:path';
import { commandLineContext } from '../src/outputs/context.ts';
import { pdfFilesOf } from '../src/outputs/pamphlet/editions.ts';
import { withPrinter } from '../src/outputs/pdf/index.ts';
import { makePdf } from '../src/outputs/pdf/print.ts';
import { optionValue } from './lib/args.ts';

const args = process.argv.slice(2);
try {
  const { dist, model, site, log } = commandLineContext({ dist: optionValue(args, '--dist') });
  const edition = args.includes('--handout') ? 'handout' : 'full';
  const paper = args.includes('--a4') ? 'a4' : 'a5';
  const files = pdfFilesOf(edition);
  const given = optionValue(args, '--out');
  const out = given ?? join(dist, files[paper]);
  const bookletOut = !args.includes('--booklet') ? undefined : given ? given.replace(/\.pdf$/, '-booklet.pdf') : join(dist, files.booklet);
  await withPrinter(dist, (printer) => makePdf({ model, site, edition, paper, out, bookletOut, log, ...printer }));
} catch (err) {
  console.error(`pdf: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
