// The host headers of a built site, from the command line (`astro build` writes them itself, last:
// src/outputs/headers/):
//
//   node scripts/host-config.ts [--dist DIR]   write DIR/_headers (default dist/)
//   node scripts/host-config.ts --readme       also rewrite the README's nginx/Caddy blocks
//   node scripts/host-config.ts --check        exit 1 if the README's blocks are stale
//   --quiet                                    no summary line
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeHeadersFile } from '../src/outputs/headers/index.ts';
import { updateReadme } from '../src/outputs/headers/readme.ts';
import { optionValue } from './lib/args.ts';

const args = process.argv.slice(2);
try {
  const { rules, summary } = writeHeadersFile(resolve(optionValue(args, '--dist') ?? 'dist'));
  if (!args.includes('--quiet')) console.log(summary);
  if (args.includes('--readme') || args.includes('--check')) {
    const readme = readFileSync('README.md', 'utf8');
    const fresh = updateReadme(readme, rules);
    if (args.includes('--readme')) {
      writeFileSync('README.md', fresh);
      console.log(fresh === readme ? 'README.md: nginx and Caddy blocks already up to date' : 'README.md: nginx and Caddy blocks rewritten');
    } else if (fresh !== readme) {
      console.error('README.md: the nginx/Caddy blocks are stale; run `node scripts/host-config.ts --readme`');
      process.exitCode = 1;
    }
  }
} catch (e) {
  console.error(`host-config: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}
