// Shortening the article's words: cut at a word boundary with an ellipsis, never altered otherwise.
import { describe, expect, it } from 'vitest';
import { tidyExcerpt } from '../../src/scripts/search.ts';
import { ELLIPSIS, excerptAround, openingWords } from '../../src/lib/render/excerpt.ts';

/** What a shortened text keeps, without its ellipsis: must be a verbatim start of the original. */
const kept = (s: string) => (s.endsWith(ELLIPSIS) ? s.slice(0, -ELLIPSIS.length) : s);

describe('openingWords', () => {
  const text = 'Since the meetings, the president restated that “nothing is agreed until everything is agreed” – and left.';

  it('returns text that fits unchanged, to the character', () => {
    expect(openingWords(text, text.length)).toBe(text);
    expect(openingWords('  odd  spacing, “quotes” ¶ – kept ', 40)).toBe('  odd  spacing, “quotes” ¶ – kept ');
  });

  it('cuts a long text at the last word that fits, with an ellipsis, within the limit', () => {
    for (let max = 8; max < text.length; max++) {
      const s = openingWords(text, max);
      expect(s.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(s.endsWith(ELLIPSIS), `max ${max}`).toBe(true);
      expect(text.startsWith(kept(s)), `max ${max}: "${s}" is not the text's start`).toBe(true);
      // The cut falls between words: the next character of the original is a space (or joining punctuation before one).
      expect(text.slice(kept(s).length), `max ${max}`).toMatch(/^[,;:–—-]*\s/u);
    }
    expect(openingWords(text, 30)).toBe('Since the meetings, the…');
  });

  it('drops a dangling comma or dash at the cut, never a word’s own letters', () => {
    expect(openingWords('one, two, three', 9)).toBe('one…');
    expect(openingWords('alpha – beta gamma', 12)).toBe('alpha…');
  });

  it('never breaks at a no-break space', () => {
    expect(openingWords('see page\u00a012 and more words', 11)).toBe('see…');
  });

  it('cuts inside a single word only when it alone is longer than the limit', () => {
    expect(openingWords('Internationalisation', 8)).toBe('Interna…');
  });

  it('cuts before a quotation it would leave open, when half the room is left', () => {
    const quoted = 'Trump has only promised that the US could play a role “by air” in a “post war security guarantee” for Ukraine.';
    // At 90 the cut would fall inside “post war security…”: it moves to before the quotation.
    expect(openingWords(quoted, 90)).toBe('Trump has only promised that the US could play a role “by air” in a…');
    // A closed quotation is kept whole.
    expect(openingWords(quoted, 67)).toBe('Trump has only promised that the US could play a role “by air” in…');
    // Moving the cut would leave less than half the room: the quotation stays open rather than the preview shrinking.
    expect(openingWords('“A quotation that runs on for a long while', 20)).toBe('“A quotation that…');
  });

  it('rejects a limit that leaves no room for a word', () => {
    expect(() => openingWords(text, 1)).toThrow(/max must be an integer ≥ 2, got 1/);
  });
});

describe('excerptAround', () => {
  it('keeps the match and cuts its context at word boundaries', () => {
    const text = 'one two three four five six seven eight nine ten';
    const start = text.indexOf('five');
    const e = excerptAround(text, start, start + 4, 10);
    expect(e).toEqual({ before: '…four ', match: 'five', after: ' six seven…' });
    expect(excerptAround(text, 0, 3, 200)).toEqual({ before: '', match: 'one', after: text.slice(3) });
  });
});

describe('search excerpts (tidyExcerpt)', () => {
  it('take out the space Pagefind leaves where a preview card stood, before a comma or a full stop', () => {
    expect(tidyExcerpt('Smith , and <mark>Jones</mark> .')).toBe('Smith, and <mark>Jones</mark>.');
  });
  it('take out the space Pagefind leaves before a dash joined to the next word, never around a spaced dash', () => {
    expect(tidyExcerpt('The Smith –Jones talks')).toBe('The Smith–Jones talks');
    expect(tidyExcerpt('Smith <mark>–Jones</mark>')).toBe('Smith<mark>–Jones</mark>');
    expect(tidyExcerpt('the summit – and after')).toBe('the summit – and after');
  });
  it('never re-punctuate the article: a space before : ; ! ? » stays (French typography)', () => {
    const french = 'la voiture : leur idée ; vraiment ! pourquoi ? « oui »';
    expect(tidyExcerpt(french)).toBe(french);
  });
});
