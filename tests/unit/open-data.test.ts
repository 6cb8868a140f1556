// The open data's builders as pure functions: Text Fragments and annotation selectors from a paragraph, the
// evidence document (an excerpt, where a `supports` entry has one, reaches the file and validates), the
// schema.org statements of a claim page, and the Atom feed's escaping.
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { DOMParser } from '@xmldom/xmldom';
import { buildModel, type Model } from '../../src/model/build.ts';
import { readContent } from '../../src/model/read.ts';
import { parseTextDirective, statementDirective, textQuote, withTextDirective } from '../../src/model/text-fragments.ts';
import { evidenceDocument } from '../../src/lib/open-data/evidence.ts';
import { EvidenceDocument, evidenceSchema } from '../../src/lib/open-data/evidence-schema.ts';
import { annotationCollection } from '../../src/lib/open-data/annotations.ts';
import { correctionsFeed } from '../../src/lib/open-data/corrections-feed.ts';
import { createI18n } from '../../src/i18n/core.ts';
import { statementsLd } from '../../src/lib/share/structured-data.ts';
import { STATUS_WORDS } from '../../src/lib/render/status.ts';

const SITE = 'https://example.org';
const text = 'Before it, the words - here, & there - and after them, the end.';
const placed = (quote: string) => ({ text, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('pointing at a statement', () => {
  it('a TextQuoteSelector carries up to 32 characters of its paragraph on each side, none past its edges', () => {
    expect(textQuote(placed('the words - here, & there'))).toEqual({
      exact: 'the words - here, & there',
      prefix: 'Before it, ',
      suffix: ' - and after them, the end.',
    });
    expect(textQuote(placed('Before it'))).toEqual({ exact: 'Before it', suffix: ', the words - here, & there - an' });
    expect(textQuote(placed('the end.'))).toEqual({ exact: 'the end.', prefix: 'here, & there - and after them, ' });
  });

  it('a text directive has the words and three words of context each side, with its syntax characters encoded', () => {
    const directive = statementDirective(placed('the words - here, & there'));
    expect(directive).toBe('text=Before%20it%2C-,the%20words%20%2D%20here%2C%20%26%20there,-%2D%20and%20after');
    expect(parseTextDirective(directive)).toEqual({ prefix: 'Before it,', textStart: 'the words - here, & there', textEnd: undefined, suffix: '- and after' });
    expect(parseTextDirective(statementDirective(placed('Before it')))).toMatchObject({ prefix: undefined, suffix: ', the words' });
    expect(parseTextDirective(statementDirective(placed('the end.')))).toMatchObject({ prefix: 'and after them,', suffix: undefined });
  });

  it('a link keeps the page’s own fragment as its fallback', () => {
    expect(withTextDirective('https://example.org/a/#p3', 'text=x')).toBe('https://example.org/a/#p3:~:text=x');
    expect(withTextDirective('https://example.org/?p=1', 'text=x')).toBe('https://example.org/?p=1#:~:text=x');
  });
});

describe('the evidence document', () => {
  const model = buildModel(readContent('content'));
  /** The model with an excerpt on the first `supports` entry of the first source that backs a statement. */
  const withExcerpt = (): { model: Model; statement: string } => {
    const copy = structuredClone(model);
    const source = copy.sources.find((s) => s.supports.length)!;
    const entry = source.supports[0]!;
    Object.assign(entry, { excerpt: 'The source’s own words, as the research copied them.' });
    const statement = copy.statements[entry.paragraph]!.find((x) => x.quote === entry.quote)!.id;
    return { model: copy, statement };
  };

  it('carries a `supports` entry’s excerpt to its citation, and the result validates by the zod schema and the published JSON Schema', () => {
    const { model: m, statement } = withExcerpt();
    const doc = evidenceDocument(m, SITE);
    const cited = doc.statements.find((s) => s.id === statement)!.sources;
    expect(cited.some((c) => c.excerpt === 'The source’s own words, as the research copied them.')).toBe(true);
    expect(() => EvidenceDocument.parse(doc)).not.toThrow();
    const ajv = new Ajv2020({ strict: true });
    ajv.addKeyword({ keyword: 'version', schemaType: 'string' });
    (addFormatsModule as unknown as (a: typeof ajv) => void)(ajv);
    const validate = ajv.compile(evidenceSchema(SITE));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('and the annotation of that statement quotes the source’s words', () => {
    const { model: m, statement } = withExcerpt();
    const items = (annotationCollection(m, SITE).first as { items: { id: string; body: { value?: string }[] }[] }).items;
    const bodies = items.find((a) => a.id.endsWith(`#${statement}`))!.body.map((b) => b.value ?? '');
    expect(bodies.some((v) => v.includes('The source says: “The source’s own words, as the research copied them.”'))).toBe(true);
  });
});

describe('a claim page’s statements as schema.org', () => {
  const statement = (id: string, status: 'verified' | 'partly-verified' | 'not-found' | 'not-checked' | 'opinion', sources: string[] = []) => ({
    id,
    paragraph: 1,
    quote: `words of ${id}`,
    status,
    noteOf: id,
    sources: sources.map((s, i) => ({ id: s, number: i + 1, status: 'verified' as const, note: 'n' })),
  });
  const ld = statementsLd({
    site: SITE,
    slug: 'a-claim',
    articleUrl: 'https://publisher.example/article',
    articleTitle: 'An article',
    statements: [
      statement('s1-1', 'verified', ['one']),
      statement('s1-2', 'opinion'),
      statement('s1-3', 'verified', ['one', 'two']),
      statement('s1-4', 'not-checked'),
      statement('s1-5', 'not-found'),
    ],
    sourcePage: (id) => `/sources/${id}/`,
    statusWords: STATUS_WORDS,
  });

  it('reviews only rated statements, each rating described once and then named by its address', () => {
    expect(ld.hasPart!.map((r) => r.claimReviewed)).toEqual(['words of s1-1', 'words of s1-3', 'words of s1-5']);
    expect(ld.hasPart!.map((r) => r.reviewRating)).toEqual([
      { '@type': 'Rating', '@id': `${SITE}/method/#status-verified`, alternateName: 'Verified' },
      { '@id': `${SITE}/method/#status-verified` },
      { '@type': 'Rating', '@id': `${SITE}/method/#status-not-found`, alternateName: 'Not found' },
    ]);
    expect(ld.hasPart![1]!.citation).toEqual([{ '@id': `${SITE}/sources/one/` }, { '@id': `${SITE}/sources/two/` }]);
    expect(ld.hasPart![2]!.citation).toBeUndefined();
  });

  it('quotes the article’s opinion and states a point nobody checked as a Claim, neither reviewed', () => {
    expect(ld.mentions).toEqual([
      { '@type': 'Quotation', text: 'words of s1-2', isPartOf: { '@id': 'https://publisher.example/article' } },
      { '@type': 'Claim', text: 'words of s1-4', appearance: { '@id': 'https://publisher.example/article' } },
    ]);
  });
});

describe('the corrections feed', () => {
  it('escapes what a correction says, so any words make a well-formed feed', () => {
    const model = buildModel(readContent('content'));
    const tricky = 'A <b>bold</b> claim & “quotes” ]]> end.';
    const feed = correctionsFeed(
      { ...model, corrections: [{ id: 'c1', date: '2026-01-02', paragraphs: [1], actors: [], terms: [], events: [], what: tricky }] },
      SITE,
      createI18n({ locale: 'en-GB' }),
    );
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (_level, message) => void errors.push(message) }).parseFromString(feed, 'application/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('summary')[0]!.textContent).toBe(tricky);
    expect(doc.getElementsByTagName('updated')[0]!.textContent).toBe('2026-01-02T00:00:00Z');
  });
});
