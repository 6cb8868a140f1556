// `npm run docs:content`: write docs/content-reference.md, the content reference generated from the zod
// schemas' own descriptions (src/model/reference.ts). `--check` writes nothing and fails when the file differs
// (tests/unit/content-reference.test.ts does the same in `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { contentReference } from '../src/model/reference.ts';

export const REFERENCE_FILE = 'docs/content-reference.md';

const text = contentReference();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(REFERENCE_FILE, 'utf8');
  } catch {
    // No committed reference yet: it differs from any generated one.
  }
  if (committed !== text) {
    console.error(`${REFERENCE_FILE} differs from what the schemas generate: run \`npm run docs:content\`.`);
    process.exit(1);
  }
  console.log(`${REFERENCE_FILE} is up to date.`);
} else {
  writeFileSync(REFERENCE_FILE, text);
  console.log(`wrote ${REFERENCE_FILE}`);
}
