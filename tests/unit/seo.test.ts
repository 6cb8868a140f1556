// Head metadata, citations, short links and Text Fragment URLs, as pure functions.
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/share/seo.ts';
import { claimLd, homeLd, jsonLdText } from '../../src/lib/share/structured-data.ts';
import { encodeTextPart, textDirective } from '../../src/scripts/share.ts';

const article = {
  kind: 'article' as const,
  title: 'Analysis of the Trump–Putin summit',
  by: 'the Committee for a Workers’ International (CWI)',
  where: 'socialistworld.net',
  url: 'https://www.socialistworld.net/?p=28498',
  date: 'late August 2025',
  titleIsDescription: false,
  dateInferred: true,
};
const claim = { title: 'The Washington meeting', slug: 'washington-meeting', order: 2, claim: 'The article argues that …', paragraphs: { from: 7, to: 12 } };

describe('absoluteUrl', () => {
  it('resolves root-relative paths on the configured site, and refuses to guess one', () => {
    expect(absoluteUrl('/washington-meeting/', 'https://example.org')).toBe('https://example.org/washington-meeting/');
    expect(absoluteUrl('/og/site.png', new URL('https://example.org/'))).toBe('https://example.org/og/site.png');
    expect(() => absoluteUrl('/', undefined)).toThrow(/no site/);
  });
});

describe('JSON-LD', () => {
  const base = {
    site: 'https://example.org',
    siteName: 'Site',
    maker: { name: 'The editors' },
    title: 'T',
    description: 'D',
    image: '/og/x.png',
    article,
    locale: 'en-GB',
  };

  it('a claim is an Article, part of the whole, based on the original, about its actors', () => {
    const ld = claimLd({
      ...base,
      path: '/washington-meeting/',
      claim,
      actors: [
        { name: 'Donald Trump', kind: 'person' },
        { name: 'Russia', kind: 'state' },
      ],
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: 'https://example.org/washington-meeting/',
      image: 'https://example.org/og/x.png',
      isPartOf: { '@id': 'https://example.org/' },
      isBasedOn: { '@type': 'Article', url: article.url, publisher: { name: article.by, url: 'https://www.socialistworld.net/' } },
      about: [
        { '@type': 'Person', name: 'Donald Trump' },
        { '@type': 'Country', name: 'Russia' },
      ],
    });
    // The whole is named by reference (the home page describes it); the maker in full, as on every page.
    expect(ld.isPartOf).toEqual({ '@id': 'https://example.org/' });
    expect(ld.author).toMatchObject({ '@type': 'Organization', '@id': 'https://example.org/method/#who', name: 'The editors' });
  });

  it('a speech with no address is based on a work by a person, at a place, with no made-up URL', () => {
    const speech = {
      kind: 'speech' as const,
      title: 'Opening of the new library',
      titleIsDescription: true,
      by: 'Ruth Okafor',
      where: 'Hollinsbridge Library',
      date: '3 June 2024',
      dateInferred: false,
    };
    const ld = claimLd({ ...base, article: speech, path: '/x/', claim, actors: [] });
    const based = ld.isBasedOn as Record<string, unknown>;
    expect(based).toEqual({
      '@type': 'CreativeWork',
      author: { '@type': 'Person', name: 'Ruth Okafor' },
      locationCreated: { '@type': 'Place', name: 'Hollinsbridge Library' },
      // Which part of the original this claim quotes, in the kind's words.
      description: 'Paragraphs 7–12 of the speech',
    });
    expect(JSON.stringify(ld)).not.toMatch(/"(url|@id)":"undefined"|article/);
  });

  it('the whole lists its claims as parts, in order', () => {
    const ld = homeLd({ ...base, path: '/', claims: [claim, { ...claim, slug: 'b', order: 3 }] });
    expect((ld.hasPart as { url: string }[]).map((p) => p.url)).toEqual(['https://example.org/washington-meeting/', 'https://example.org/b/']);
  });

  it('cannot close its <script> element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('Text Fragment directives', () => {
  it('percent-encode per the spec: `-`, `&` and `,` too, and non-ASCII as UTF-8', () => {
    expect(encodeTextPart('Article 5-like protection”, in')).toBe('Article%205%2Dlike%20protection%E2%80%9D%2C%20in');
    expect(encodeTextPart('a&b')).toBe('a%26b');
    expect(encodeTextPart('Trump–Putin')).toBe('Trump%E2%80%93Putin');
  });

  it('join prefix-, start, end and -suffix', () => {
    expect(textDirective({ textStart: 'the war' })).toBe('text=the%20war');
    expect(textDirective({ textStart: 'a', textEnd: 'b' })).toBe('text=a,b');
    expect(textDirective({ prefix: 'in', textStart: 'Ukraine', suffix: 'is' })).toBe('text=in-,Ukraine,-is');
    expect(textDirective({ prefix: 'x-y', textStart: 'a', textEnd: 'b', suffix: 'c' })).toBe('text=x%2Dy-,a,b,-c');
  });
});
