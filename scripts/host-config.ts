// The host headers of a built site, from the command line (`astro build` writes them itself, last:
// src/outputs/headers/):
//
//   node scripts/host-config.ts [--dist DIR]   write DIR/_headers (default dist/)
//   node scripts/host-config.ts --docs         also rewrite the nginx/Caddy blocks of docs/hosting.md
//   node scripts/host-config.ts --check        exit 1 if those blocks are stale
//   --quiet                                    no summary line
// `--readme` is the old name of `--docs`, from when the blocks were in the README; it still works, so older
// instructions do the right thing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeHeadersFile } from '../src/outputs/headers/index.ts';
import { HOSTING_DOC, updateHostingDoc } from '../src/outputs/headers/hosting-doc.ts';
import { optionValue } from './lib/args.ts';

const args = process.argv.slice(2);
const write = args.includes('--docs') || args.includes('--readme');
try {
  const { rules, summary } = writeHeadersFile(resolve(optionValue(args, '--dist') ?? 'dist'));
  if (!args.includes('--quiet')) console.log(summary);
  if (write || args.includes('--check')) {
    const text = readFileSync(HOSTING_DOC, 'utf8');
    const fresh = updateHostingDoc(text, rules);
    if (write) {
      writeFileSync(HOSTING_DOC, fresh);
      console.log(fresh === text ? `${HOSTING_DOC}: nginx and Caddy blocks already up to date` : `${HOSTING_DOC}: nginx and Caddy blocks rewritten`);
    } else if (fresh !== text) {
      console.error(`${HOSTING_DOC}: the nginx/Caddy blocks are stale; run \`node scripts/host-config.ts --docs\``);
      process.exitCode = 1;
    }
  }
} catch (e) {
  console.error(`host-config: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}
