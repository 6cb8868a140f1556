// Reading the PDF back (tests/helpers/pdf-text.ts): line breaks, margin numbers and
// source marks are tolerated; a changed, dropped or moved word is not.
import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/model/fidelity.ts';
import { cleanLines, joinPages, locateParagraphs, pageAt, paragraphPattern } from '../helpers/pdf-text.ts';

const golden = [
  'Trump talked about a “bilateral” meeting (Putin–Zelensky), but nothing is firmly decided.',
  'Fawning European leaders',
  'This is a far off from full-throated Nato support [security] for a post-war Ukraine – as before.',
];

/** What pdftotext -layout gives for the golden text on two pages. */
const PRINTED =
  '¶1   Trump talked about a “bilateral” meeting (Putin–\n' +
  '     Zelensky), but nothing is firmly decided. [3][32*]\n\n' +
  '       Partly verified [32*]: a note of ours.\n' +
  '¶2   Fawning European leaders\n\f' +
  '¶3   This is a far off from full-\n' +
  '     throated Nato support [security] for a post-war Ukraine –\n' +
  '     as before. [12]\n\f';

describe('cleanLines', () => {
  it('drops ¶ numbers, [n] source marks and blank lines, and single-spaces', () => {
    expect(cleanLines('¶12   Some   text. [4][5*]\n\n   [6]\n  more')).toEqual(['Some text.', 'more']);
  });
  it('drops the missing-context [n+] and not-found [?] marks too', () => {
    expect(cleanLines('Protests [79–81+] met it [?], and more [3, 7+].')).toEqual(['Protests met it, and more.']);
  });
  it('keeps the article’s own square brackets', () => {
    expect(cleanLines('frontload it [security]”.')).toEqual(['frontload it [security]”.']);
  });
});

describe('paragraphPattern', () => {
  it('lets a line break stand for a space, or for nothing after a hyphen or dash', () => {
    const re = paragraphPattern('full-throated a/b Putin–Zelensky x – y');
    expect(re.test('full-\nthroated a/\nb Putin–\nZelensky x –\ny')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('full-throated a/b Putin–Zelensky x\n– y')).toBe(true);
  });
  it('does not let a line break hide a missing space or a hyphen added by hyphenation', () => {
    expect(paragraphPattern('far off').test('faroff')).toBe(false);
    expect(paragraphPattern('imprecise').test('impre-\ncise')).toBe(false);
  });
});

describe('locateParagraphs', () => {
  const printed = joinPages(PRINTED);

  it('finds every paragraph of a faithful print, in order, with its page', () => {
    const found = locateParagraphs(golden, printed);
    expect(found.map((f) => [f.n, f.where])).toEqual([
      [1, 'PDF page 1'],
      [2, 'PDF page 1'],
      [3, 'PDF page 2'],
    ]);
    expect(checkFidelity(golden, found)).toEqual([]);
    expect(pageAt(printed, printed.text.length - 1)).toBe(2);
  });

  it('reports a changed word with the first difference', () => {
    const changed = joinPages(PRINTED.replace('throated', 'throat'));
    const problems = checkFidelity(golden, locateParagraphs(golden, changed));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PDF page 2: ¶3 differs from the golden copy: first difference at character 35: .*found “.*full-throat Nato/);
  });

  it('reports a dropped paragraph as missing, and swapped ones as out of order', () => {
    const dropped = joinPages(PRINTED.replace(/¶3[\s\S]*\[12\]/, ''));
    expect(checkFidelity(golden, locateParagraphs(golden, dropped))).toEqual([`¶3 is missing: no page shows “${golden[2]!.slice(0, 50)}…”`]);
    const swapped = joinPages('Fawning European leaders\n' + PRINTED.replace('¶2   Fawning European leaders\n', ''));
    expect(checkFidelity(golden, locateParagraphs(golden, swapped))).toEqual(['PDF page 1: ¶1 comes after ¶2; paragraphs are out of order.']);
  });
});
