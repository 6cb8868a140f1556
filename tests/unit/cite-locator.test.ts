// A paragraph's citation is formatted once per claim and style with a mark for its number
// (src/lib/cite paragraphCitationHtml); each must equal the citation formatted in full, also
// where the number is written elsewhere in the entry (the slug, the title, the range).
import { describe, expect, test } from 'vitest';
import { formatCitation, paragraphCitationHtml, STYLES } from '../../src/lib/cite/index.ts';
import { claimEntry, paragraphEntry, type CiteClaim } from '../../src/lib/cite/items.ts';
import { citeContext } from '../helpers/cite-context.ts';

const ctx = citeContext('en-GB');
const claim = (slug: string, title: string, from: number, to: number): CiteClaim => ({ slug, title, reviewed: '2026-11-30', paragraphs: { from, to } });
const entryAt = (c: CiteClaim) => (n: number) => paragraphEntry(ctx, c, n, `/${c.slug}/#p${n}`);

describe('paragraph citations through the locator shortcut', () => {
  const claims = [
    claim('first-claim', 'The first claim', 1, 4),
    // The paragraph's number also in the slug, the title and the range: replaced back exactly.
    claim('claim-12', 'Twelve: the 12 points of ¶12', 10, 12),
    claim('claim-100', 'A claim at ¶100', 99, 101),
  ];
  for (const style of STYLES) {
    test(`${style.id}: every paragraph's text is the text formatted in full`, () => {
      for (const c of claims) {
        for (let n = c.paragraphs.from; n <= c.paragraphs.to; n++) {
          const html = paragraphCitationHtml(entryAt(c), n, style.id);
          expect(html).toBe(formatCitation(entryAt(c)(n), style.id, String(n)));
          expect(html).toContain(`para. ${n}`); // the locator, as each style writes it
        }
      }
    });
  }

  test('an entry that itself contains the mark is formatted in full', () => {
    const c = claim('claim-90909', 'The mark in the slug', 5, 6);
    expect(paragraphCitationHtml(entryAt(c), 5, 'chicago')).toBe(formatCitation(entryAt(c)(5), 'chicago', '5'));
  });

  test('a claim page entry is not a paragraph entry (the id carries the number)', () => {
    const c = claims[0]!;
    expect(entryAt(c)(2).item.id).toBe(`${claimEntry(ctx, c, '/first-claim/').item.id}_p2`);
  });
});
