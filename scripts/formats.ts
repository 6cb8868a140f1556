// The download formats of a built site, made again from the command line (`astro build` makes them itself:
// src/outputs/downloads.ts):
//
//   node scripts/formats.ts [--dist DIR]     default DIST_DIR or dist/ (`npm run formats`)
//   NO_PRINT=1 …                             leave the PDFs out on purpose (no Chromium)
import { commandLineContext } from '../src/outputs/context.ts';
import { makeDownloads } from '../src/outputs/downloads.ts';
import { optionValue } from './lib/args.ts';

try {
  await makeDownloads(commandLineContext({ dist: optionValue(process.argv.slice(2), '--dist') }));
} catch (err) {
  console.error(`formats: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
