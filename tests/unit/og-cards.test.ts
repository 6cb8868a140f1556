// The one list of link-preview cards: what the build writes into /og/ and the card workers draw.
import { describe, expect, it } from 'vitest';
import { cardHost, ogCards } from '../../src/outputs/og/cards.ts';
import { quoteWords } from '../../src/lib/share/seo.ts';
import { i18n, model } from '../helpers/explainer.ts';

describe('og-cards', () => {
  it('a quote card per paragraph that is not a crosshead, then the site card, then one per claim; each address once', () => {
    const m = model();
    const cards = ogCards(m, 'example.org', i18n());
    const quotes = m.paragraphs.filter((p) => !p.crosshead);
    expect(cards.map((c) => c.url)).toEqual([...quotes.map((p) => `/og/p/${p.n}.png`), '/og/site.png', ...m.claims.map((c) => `/og/${c.slug}.png`)]);
    expect(new Set(cards.map((c) => c.url)).size).toBe(cards.length);
    expect(cards.every((c) => c.input.host === 'example.org' && c.input.siteName === m.explainer.site.name)).toBe(true);
  });

  it('each card carries what it shows: the quote’s words and claim title, the claim’s place in the argument', () => {
    const m = model();
    const { t, locale, dir } = i18n();
    const cards = ogCards(m, 'h', i18n());
    const p = m.paragraphs.find((q) => !q.crosshead)!;
    const quote = cards.find((c) => c.url === `/og/p/${p.n}.png`)!;
    const words = quoteWords(p.text);
    expect(quote).toEqual({
      kind: 'quote',
      url: `/og/p/${p.n}.png`,
      input: {
        n: p.n,
        kicker: t('card.articleWords', { n: p.n }),
        words,
        quoted: t('quote', { text: words }),
        claimLabel: t('card.claim'),
        claimTitle: m.claims.find((c) => c.slug === p.claim)!.title,
        siteName: m.explainer.site.name,
        host: 'h',
        lang: locale,
        dir,
      },
    });
    const last = m.claims[m.claims.length - 1]!;
    const claim = cards[cards.length - 1]!;
    expect(claim.kind).toBe('claim');
    expect(claim.input).toMatchObject({
      kicker: t('claim.kicker', { n: m.claims.length, total: m.claims.length, range: last.range }),
      ours: t('claim.ours'),
      title: last.title,
      claim: last.claim,
    });
    expect(cards.find((c) => c.kind === 'site')!.input).toMatchObject({ tagline: m.explainer.site.tagline });
  });

  it('the host is the configured site’s, or empty without one', () => {
    expect(cardHost('https://example.org/sub/')).toBe('example.org');
    expect(cardHost(new URL('http://localhost:4321'))).toBe('localhost:4321');
    expect(cardHost(undefined)).toBe('');
  });
});
