// The EPUB of a built site, from the command line (`astro build` makes it with the other formats:
// src/outputs/epub/):
//
//   node scripts/epub.ts                 dist/explainer.epub from the built dist/ (`npm run epub`)
//   --dist <dir> (or DIST_DIR)           the built site to read (default dist/)
//   --out <file>                         where to write the book (default <dist>/explainer.epub)
import { join } from 'node:path';
import { commandLineContext } from '../src/outputs/context.ts';
import { makeEpub } from '../src/outputs/epub/index.ts';
import { optionValue } from './lib/args.ts';

const args = process.argv.slice(2);
try {
  const context = commandLineContext({ dist: optionValue(args, '--dist') });
  const { file, bytes, ms } = await makeEpub(context, optionValue(args, '--out') ?? join(context.dist, 'explainer.epub'));
  console.log(`${file}: ${(bytes / 1024).toFixed(0)} KB, ${ms} ms`);
} catch (e) {
  console.error(`epub: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}
