// The link-preview card renders offline, at 1200×630, even for the longest title and claim the schema allows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimCard, fitSize, quoteCard, rendererFingerprint, siteCard } from '../../src/outputs/og/image.ts';
import { QUOTE_CHARS, quoteWords } from '../../src/lib/share/seo.ts';
import { pngSize } from '../helpers/png.ts';

afterEach(() => vi.unstubAllGlobals());

const EN = { lang: 'en-GB', dir: 'ltr' } as const;

describe('og-image', () => {
  it('draws a 1200×630 PNG with local fonts only (no network)', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the card must not touch the network')));
    const png = await claimCard({
      ...EN,
      kicker: 'Claim 8 of 8 · ¶30–¶35',
      ours: 'The claim, in our words',
      title: 'x'.repeat(60), // the schema's maximum
      claim: 'The article argues that “quoted” words – and ¶ signs – render. '.repeat(4).slice(0, 220),
      siteName: 'The Anchorage article, explained',
      host: 'example.org',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await siteCard({ ...EN, siteName: 'S', tagline: 'T', kicker: 'K', host: 'example.org' }))).toEqual({ width: 1200, height: 630 });
  }, 20_000);

  it('draws a paragraph’s quote card at 1200×630 for the longest words a card shows, distinct from its claim card', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the card must not touch the network')));
    const words = quoteWords('Internationalisation, counterrevolutionary “quoted” – words. '.repeat(10));
    expect(words.length).toBeLessThanOrEqual(QUOTE_CHARS);
    const input = {
      ...EN,
      n: 35,
      kicker: '¶35 · In the article’s words',
      words,
      quoted: `“${words}”`,
      claimLabel: 'Claim:',
      claimTitle: 'x'.repeat(60),
      siteName: 'The Anchorage article, explained',
      host: 'example.org',
    };
    const quote = await quoteCard(input);
    expect(pngSize(quote)).toEqual({ width: 1200, height: 630 });
    const claim = await claimCard({
      ...EN,
      kicker: 'Claim 8 of 8',
      ours: 'The claim, in our words',
      title: input.claimTitle,
      claim: words,
      siteName: input.siteName,
      host: input.host,
    });
    expect(Buffer.from(quote).equals(Buffer.from(claim))).toBe(false);
    // Drawing is deterministic, which is what lets the cache (og-cache.ts) hand back stored bytes.
    expect(Buffer.from(await quoteCard(input)).equals(Buffer.from(quote))).toBe(true);
  }, 20_000);

  it('has a stable renderer fingerprint (its source, fonts and library versions) for the card cache', async () => {
    const a = await rendererFingerprint();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await rendererFingerprint()).toBe(a);
  });

  it('shrinks long text to fit', () => {
    const steps: [number, number][] = [
      [24, 80],
      [36, 68],
      [60, 52],
    ];
    expect(fitSize('The Alaska summit', steps)).toBe(80);
    expect(fitSize('x'.repeat(30), steps)).toBe(68);
    expect(fitSize('x'.repeat(90), steps)).toBe(52);
  });
});
