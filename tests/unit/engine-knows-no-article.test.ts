// The engine (src/, scripts/) knows nothing of any article but what content/
// says: no name, phrase, slug or number of this article is written into it.
// The words come from the article's own content (actors, glossary, slugs,
// publisher), plus a few of its phrases, so a new actor extends the check.
import { readFileSync } from 'node:fs';
import { walkFiles } from '../../src/lib/files.ts';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readContent } from '../../src/model/read.ts';

const model = buildModel(readContent('content'));
const PHRASES = [
  'Anchorage',
  'Alaska',
  'CWI',
  'socialistworld',
  'Donbas',
  'Workers’ International',
  'Marxist',
  'Kyiv',
  'Yalta',
  'NABU',
  `¶${model.paragraphs.length}`,
  'August 2025',
  'en-GB',
  'en_GB',
];
const words = [
  ...PHRASES,
  ...model.actors.flatMap((a) => [a.name, ...a.aliases, ...a.otherSpellings]),
  ...model.terms.map((t) => t.term),
  ...model.claims.map((c) => c.slug),
  model.explainer.site.name,
  model.explainer.article.where ?? '',
]
  // Short or everyday words (US, EU, "the council") would flag ordinary code; proper names of four letters and more
  // do not, in any case ("anchorage-explainer" counts).
  .filter((w) => (w.length >= 4 && /^[\p{Lu}¶]/u.test(w)) || PHRASES.includes(w) || model.claims.some((c) => c.slug === w && w.includes('-')));

describe('the engine knows no article', () => {
  it('has a word list drawn from the content', () => {
    expect(words).toContain('Anchorage');
    expect(words.length).toBeGreaterThan(40);
  });

  for (const dir of ['src', 'scripts']) {
    it(`${dir}/ names nothing of the article`, () => {
      const found: string[] = [];
      for (const file of walkFiles(dir)) {
        // The vendored CSL locales are third-party data named by their language tags, one of which is this article's.
        if (file.startsWith('src/lib/cite/locales/')) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            for (const w of words) {
              const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
              if (re.test(line)) found.push(`${file}:${i + 1}: “${w}” in ${line.trim().slice(0, 100)}`);
            }
          });
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});
