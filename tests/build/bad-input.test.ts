// End to end: bad content fails the real build, and the message names the
// file, the field, the bad value (and a near match). Astro itself only logs a
// broken reference and exits 0, so this proves our checks are wired in.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, edit } from '../helpers/build.ts';

describe('bad input fails the build with a clear message', () => {
  it('a claim slug the site keeps for itself: a page of its own, the article’s citation files (all at once)', () => {
    const { status, output } = buildWith((dir) => {
      edit(join(dir, 'content/claims/01-alaska-summit.mdx'), 'slug: alaska-summit', 'slug: timeline');
      edit(join(dir, 'content/claims/03-washington-meeting.mdx'), 'slug: washington-meeting', 'slug: article');
    });
    expect(status).not.toBe(0);
    expect(output).toContain("content/claims/01-alaska-summit.mdx: `slug: timeline` is taken by the site's own pages (/timeline/); reserved: ");
    expect(output).toContain("content/claims/03-washington-meeting.mdx: `slug: article` is taken by the article's citation files (/cite/article.bib)");
  }, 60_000);

  it('evidence that cannot be: an unknown origin, a reference work verifying, a non-https URL (all at once)', () => {
    const { status, output } = buildWith((dir) => {
      edit(join(dir, 'content/sources/irishtimes-trump-drops-ceasefire-2025-08-16.yaml'), 'origin: outlet', 'origin: newspaper');
      edit(join(dir, 'content/sources/icc-putin-warrant-2023.yaml'), 'origin: outlet', 'origin: reference');
      edit(join(dir, 'content/sources/9colonne-aid-gap-23-billion.yaml'), 'url: https://9colonne.it/', 'url: ftp://9colonne.it/');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/sources\/irishtimes-trump-drops-ceasefire-2025-08-16\.yaml: `origin` = newspaper: Invalid option: expected one of "primary"\|"outlet"/,
    );
    expect(output).toContain('content/sources/icc-putin-warrant-2023.yaml: `supports` = ');
    expect(output).toContain('a reference work or community wiki explains a term; it never verifies a statement');
    expect(output).toMatch(/content\/sources\/9colonne-aid-gap-23-billion\.yaml: `url` = ftp:\/\/9colonne\.it\/\S+: a URL must start with https:\/\//);
  }, 60_000);

  it('statuses that cannot be: a note repeating its status, an unknown status, context on a partly-verified statement (all at once)', () => {
    const { status, output } = buildWith((dir) => {
      edit(join(dir, 'content/unsourced.yaml'), '  note: A forecast.\n', '  note: The article’s forecast; not checked.\n');
      edit(join(dir, 'content/unsourced.yaml'), /(p35-call-to-action:\n {2}paragraph: 35\n {2}quote: .*\n {2})status: opinion/, '$1status: analysis');
      edit(
        join(dir, 'content/sources/newrepublic-trump-plan-trust-me-2025-08-19.yaml'),
        /^( {2}note: .*)$/m,
        '$1\n  context: The article leaves out that he said it on Fox and Friends.',
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/unsourced.yaml (p34-forecast): `note` = The article’s forecast; not checked.: the note repeats its status (“not checked”)',
    );
    expect(output).toMatch(
      /content\/unsourced\.yaml \(p35-call-to-action\): `status` = analysis: Invalid option: expected one of "not-found"\|"not-checked"\|"opinion"/,
    );
    expect(output).toContain(
      'content/sources/newrepublic-trump-plan-trust-me-2025-08-19.yaml: `supports.0.context` = The article leaves out that he said it on Fox and Friends.: missing context is for a statement this source verifies; this one is partly-verified',
    );
  }, 60_000);
});

/** What the terminal must never show for a content error: Astro's wrapper around a failed config or hook, a stack trace. */
function expectPlainList(output: string): void {
  expect(output).not.toContain('Unable to load your Astro config');
  expect(output).not.toContain('An unhandled error occurred');
  expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  expect(output).toContain('Fix these in the content folder (docs/content-reference.md describes every file and field)');
}

describe('every content problem of a build, at once, as a plain list', () => {
  it('across YAML files and claim bodies: five problems in the fields of three files and three bodies, in one build', () => {
    const { status, output } = buildWith((dir) => {
      const c = (f: string) => join(dir, 'content', f);
      edit(c('explainer.yaml'), '  kind: article', '  kind: sermon');
      edit(c('explainer.yaml'), /^maker:\n(?: {2}.*\n)+/m, '');
      edit(c('actors/putin.yaml'), /^name:/m, 'nmae:');
      // A limit a built-site test relies on (every page's description is longer than 40 characters), refused first.
      edit(c('claims/01-alaska-summit.mdx'), /^claim: .*$/m, 'claim: "The summit, in brief."');
      edit(c('claims/05-us-calculation.mdx'), 'Ukraine is losing the war', 'Ukraine is loosing the war');
      edit(c('claims/07-ukraine-weak-hand.mdx'), /\n\n[^\n]+\n*$/, '\n');
      edit(c('claims/11-marxist-analysis.mdx'), 'As Leon Trotsky wrote', 'As <Leon Trotsky wrote');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Content problems (8):');
    expect(output).toMatch(/- content\/explainer\.yaml: `article\.kind` = sermon: Invalid option: expected one of "article"\|"speech"/);
    expect(output).toContain('- content/explainer.yaml: `maker` is missing: Who made this explainer');
    expect(output).toContain('- content/actors/putin.yaml: `name` is missing: The name as a reader knows it.');
    expect(output).toContain('- content/actors/putin.yaml: `(file)`: Unrecognized key: "nmae". Did you mean "name"?');
    expect(output).toContain(
      '- content/claims/01-alaska-summit.mdx: `claim` = The summit, in brief.: Too small: expected string to have >=41 characters (it has 21)',
    );
    expect(output).toMatch(
      /- content\/claims\/05-us-calculation\.mdx: ¶13 differs from the golden copy \(source-text\.txt\): .*expected “.*is losing.*”, found “.*is loosing.*”/,
    );
    expect(output).toContain('- content/claims/07-ukraine-weak-hand.mdx: frontmatter `paragraphs` is ¶19–¶21 (3 paragraphs), but the body has 2.');
    expect(output).toMatch(
      /- content\/claims\/11-marxist-analysis\.mdx:\d+:\d+: the body is not valid MDX: .*A \{ or < of the article’s own text is written \\\{ or &lt;/,
    );
    expectPlainList(output);
  }, 60_000);

  it('across files, claim bodies and i18n.yaml: an unknown id, a quote not in its paragraph, two changed words, a split from no claim, an unknown key', () => {
    const { status, output } = buildWith((dir) => {
      const c = (f: string) => join(dir, 'content', f);
      edit(c('claims/01-alaska-summit.mdx'), 'paragraphs: { from: 1, to: 3 }', 'paragraphs: { from: 1, to: 3 }\nactors: [zelenksy]');
      edit(c('sources/ajc-ap-alaska-summit-handshake.yaml'), 'and applauded him', 'and praised him');
      edit(c('claims/04-security-guarantees.mdx'), 'Steve Witkoff', 'Steve Witcoff');
      edit(c('claims/08-european-positions.mdx'), 'European powers are talking up', 'European powers are talking about');
      edit(c('claims/09-divided-europe.mdx'), 'movedFrom: european-positions', 'movedFrom: european-position');
      writeFileSync(c('i18n.yaml'), 'claim.our: The claim, as we read it\n');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Content problems (6):');
    expect(output).toContain('content/claims/01-alaska-summit.mdx: `actors[0]: zelenksy` is not a known actor id. Did you mean "zelensky"?');
    expect(output).toContain(
      'content/sources/ajc-ap-alaska-summit-handshake.yaml: `supports[1].quote` ¶2: the quote “Trump rolled out the red carpet for Putin and praised him” is not in the paragraph. Nearest: “Trump rolled out the red carpet for Putin and applauded h”.',
    );
    expect(output).toMatch(/content\/claims\/04-security-guarantees\.mdx: ¶11 differs from the golden copy .*expected “.*Witkoff.*”, found “.*Witcoff.*”/);
    expect(output).toMatch(/content\/claims\/08-european-positions\.mdx: ¶22 differs from the golden copy/);
    expect(output).toContain(
      "content/claims/09-divided-europe.mdx: `movedFrom: european-position` is no claim's slug; the claim just before it is content/claims/08-european-positions.mdx (`slug: european-positions`).",
    );
    expect(output).toContain('content/i18n.yaml: `claim.our` is not a string of the interface. Did you mean "claim.ours"?');
    expectPlainList(output);
  }, 60_000);

  it('a missing (or empty) required field says what it is and shows its least form, where it goes', () => {
    const { status, output } = buildWith((dir) => {
      edit(join(dir, 'content/explainer.yaml'), /^maker:\n(?: {2}.*\n)+/m, '');
      edit(join(dir, 'content/explainer.yaml'), /^ {2}locale: .*\n/m, '');
      edit(join(dir, 'content/events/1945-yalta-conference.yaml'), /^precision: .*\n/m, '');
      edit(join(dir, 'content/events/2025-anchorage-summit.yaml'), /^date: .*$/m, 'date:');
    });
    expect(status).not.toBe(0);
    // The field's description, from the schema, then its least form (the required fields, with examples), placed in the file.
    expect(output).toMatch(
      /content\/explainer\.yaml: `maker` is missing: Who made this explainer, as distinct from the text’s publisher: .* At least:\n {4}maker:\n {6}name: .+\n {6}relation: .+\n/,
    );
    expect(output).toMatch(
      /content\/explainer\.yaml: `site\.locale` is missing: The BCP 47 language tag of the article and of our words .* At least:\n {4}site:\n {6}locale: en-US\n/,
    );
    expect(output).toMatch(/content\/events\/1945-yalta-conference\.yaml: `precision` is missing: How precise `date` is\. At least:\n {4}precision: day\n/);
    // An empty value is told apart from a missing one.
    expect(output).toMatch(/content\/events\/2025-anchorage-summit\.yaml: `date` is empty: When it happened, .* At least:\n {4}date: '\d{4}-\d{2}-\d{2}'\n/);
    expect(output).not.toContain('expected object, received undefined');
    expect(output).not.toContain('expected string, received undefined');
    expectPlainList(output);
  }, 60_000);
});

describe('bad glossary and timeline input fails the build with a clear message', () => {
  // One build, every problem the cross-file checks find (the schema's come first: see the missing fields above).
  it('a ¶ that does not exist, a badly dated event, a term that is an actor’s alias and an unknown source id, all at once', () => {
    const { status, output } = buildWith((dir) => {
      edit(join(dir, 'content/events/1945-yalta-conference.yaml'), 'paragraphs: [4]', 'paragraphs: [4, 36]');
      edit(join(dir, 'content/events/2025-white-house-meeting.yaml'), "date: '2025-08-18'", "date: '2025-02-30'");
      edit(join(dir, 'content/events/2025-nawrocki-inauguration.yaml'), "date: '2025-08-06'", "date: '2025-08-06'\nend: '2025-08-01'");
      edit(join(dir, 'content/terms/nato-enlargement.yaml'), '- Nato expansion', '- Nato expansion\n- Nato');
      edit(join(dir, 'content/terms/crimea.yaml'), '- ref-ewn-crimea-treaty', '- ref-ewn-crimea-treatty');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/1945-yalta-conference.yaml: `paragraphs[1]: 36` is not a paragraph (the article has ¶1–¶35).');
    expect(output).toContain('content/events/2025-white-house-meeting.yaml: `date: 2025-02-30` is not a calendar date');
    expect(output).toContain('content/events/2025-nawrocki-inauguration.yaml: `end: 2025-08-01` is not after `date: 2025-08-06`');
    expect(output).toContain('content/terms/nato-enlargement.yaml: `aliases: Nato` is already claimed by content/actors/nato.yaml.');
    expect(output).toContain('content/terms/crimea.yaml: `sources[0]: ref-ewn-crimea-treatty` is not a known source id. Did you mean "ref-ewn-crimea-treaty"?');
  }, 120_000);
});
