// The evidence as open data, on the built site (any explainer): /evidence.json validates against the JSON Schema
// the site publishes (ajv) and says what the model says; the Web Annotations and every page's schema.org JSON-LD
// expand as JSON-LD with nothing dropped (the `jsonld` package in safe mode, its contexts served from
// tests/fixtures/jsonld: nothing is fetched), each annotation's selector finds its words exactly once in the
// article's text file, the claim pages review exactly the statements we rated, the Atom feed of corrections
// parses, and /method/ describes and links all of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import jsonld from 'jsonld';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { toString } from 'hast-util-to-string';
import { $, $$, DIST, claimPagesInOrder, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { model, siteUrl } from '../helpers/explainer.ts';
import { contentDir } from '../../src/model/read.ts';
import { isRated } from '../../src/model/citations.ts';
import { parseTextDirective } from '../../src/model/text-fragments.ts';
import { READER_INTERNALS, findInternal } from '../../src/model/reader-words.ts';
import { ANNOTATIONS_URL, CORRECTIONS_FEED_URL, EVIDENCE_SCHEMA_URL, EVIDENCE_URL, REVIEWS_URL } from '../../src/model/urls.ts';
import type { EvidenceDocument } from '../../src/lib/open-data/evidence-schema.ts';

const SITE = siteUrl();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const evidence = JSON.parse(read(EVIDENCE_URL)) as EvidenceDocument;
const schema = JSON.parse(read(EVIDENCE_SCHEMA_URL)) as Record<string, unknown>;
const annotations = JSON.parse(read(ANNOTATIONS_URL)) as Record<string, any>;
const feedText = read(CORRECTIONS_FEED_URL);
const sourceText = readFileSync(join(contentDir(), 'source-text.txt'), 'utf8');
const statements = Object.values(model().statements).flat();

/** Places `part` occurs in `whole`, overlapping ones included. */
const occurrences = (whole: string, part: string) => {
  let n = 0;
  for (let i = whole.indexOf(part); i !== -1; i = whole.indexOf(part, i + 1)) n++;
  return n;
};
/** Our own address on the built site resolves to a file (and, with a fragment, to an element with that id). */
const resolves = (href: string): boolean => {
  const url = new URL(href);
  const file = fileOf(url.pathname);
  if (!file) return false;
  const id = url.hash.slice(1).split(':~:')[0];
  return !id || !file.endsWith('.html') || $(loadPage(file).tree, `[id="${id}"]`) !== null;
};

// ---- JSON-LD, expanded offline ----
const CONTEXTS: Record<string, string> = {
  'http://www.w3.org/ns/anno.jsonld': 'tests/fixtures/jsonld/anno.jsonld',
  'https://schema.org': 'tests/fixtures/jsonld/schema-org.jsonld',
  'https://schema.org/': 'tests/fixtures/jsonld/schema-org.jsonld',
};
const documentLoader = async (url: string) => {
  const file = CONTEXTS[url];
  if (!file) throw new Error(`the JSON-LD names a context the tests do not serve (nothing is fetched): ${url}`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(file, 'utf8')) };
};
/** Expanded in safe mode: a term no context defines, or a relative IRI, fails instead of being dropped. */
const expand = (doc: unknown) => jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: documentLoader as never, safe: true } as jsonld.Options.Expand);

const OA = 'http://www.w3.org/ns/oa#';
const SCHEMA = 'http://schema.org/';

describe('the JSON-LD checks can fail', () => {
  it('a term no context defines, a misspelt schema.org property, or a context the tests do not serve fails', async () => {
    await expect(expand({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReview: 'x' })).rejects.toThrow();
    await expect(expand({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motive: 'commenting' })).rejects.toThrow();
    await expect(expand({ '@context': 'https://example.org/context.jsonld', name: 'x' })).rejects.toThrow(/Dereferencing a URL/);
    await expect(expand({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x' })).resolves.toHaveLength(1);
  });
});

describe('/evidence.json', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // The schema's own annotation: which version of the file's shape it describes.
  ajv.addKeyword({ keyword: 'version', schemaType: 'string' });
  const addFormats = addFormatsModule as unknown as (a: typeof ajv) => void;
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the JSON Schema the site publishes, which names itself and its version', () => {
    expect(schema.$id).toBe(new URL(EVIDENCE_SCHEMA_URL, SITE).href);
    expect(schema.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(evidence.$schema).toBe(schema.$id);
    expect(evidence.version).toBe(schema.version);
    const ok = validate(evidence);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is refused by the schema when a statement loses its words or gains a field the schema does not describe', () => {
    const first = evidence.statements[0]!;
    const { quote: _, ...noQuote } = first;
    expect(validate({ ...evidence, statements: [noQuote] })).toBe(false);
    expect(validate({ ...evidence, statements: [{ ...first, verdict: 'true' }] })).toBe(false);
    expect(validate({ ...evidence, statements: [{ ...first, status: 'true' }] })).toBe(false);
    expect(validate({ ...evidence, statements: [{ ...first, links: { ...first.links, article: 'not a link' } }] })).toBe(false);
  });

  it('has every statement once, with the model’s words, place, status, notes and sources', () => {
    expect(evidence.statements.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    const golden = model().paragraphs;
    for (const s of evidence.statements) {
      const x = statements.find((st) => st.id === s.id)!;
      expect({ paragraph: s.paragraph, quote: s.quote, status: s.status }, s.id).toEqual({ paragraph: x.paragraph, quote: x.quote, status: x.status });
      expect(golden[s.paragraph - 1]!.text.slice(s.start, s.start + s.quote.length), s.id).toBe(s.quote);
      expect(s.claim, s.id).toBe(golden[s.paragraph - 1]!.claim);
      expect(s.mark ?? '', s.id).toBe(x.label);
      expect(
        s.sources.map((c) => [c.source, c.status, c.note, c.caveat]),
        s.id,
      ).toEqual(x.sources.map((c) => [c.id, c.status, c.note, c.caveat]));
      for (const c of s.sources) {
        const src = model().sources.find((m) => m.id === c.source)!;
        expect([c.url, c.origin, c.number], `${s.id} ${c.source}`).toEqual([src.url, src.origin, src.number]);
        const support = src.supports.find((e) => e.paragraph === s.paragraph && e.quote === s.quote) as { excerpt?: string } | undefined;
        expect(c.excerpt, `${s.id} ${c.source}: the research's excerpt, where the entry has one`).toBe(support?.excerpt);
      }
    }
  });

  it('links each statement on our page and on the original with a Text Fragment that finds its words in its paragraph', () => {
    const article = model().explainer.article.url;
    const all = model()
      .paragraphs.map((p) => p.text)
      .join('\n');
    for (const s of evidence.statements) {
      expect(resolves(s.links.explainer), s.links.explainer).toBe(true);
      expect(resolves(s.links.note), s.links.note).toBe(true);
      expect(s.links.explainer.startsWith(new URL(`/${s.claim}/#p${s.paragraph}:~:text=`, SITE).href), s.id).toBe(true);
      // A text with no address of its own has no link into it.
      expect(s.links.article === undefined, s.id).toBe(article === undefined);
      if (s.links.article) {
        expect(s.links.article.startsWith(`${article}#:~:text=`), s.id).toBe(true);
        expect(s.links.article.split(':~:')[1], s.id).toBe(s.links.explainer.split(':~:')[1]);
      }
      const ours = s.links.explainer.split(':~:')[1]!;
      // What a browser looks for: the prefix, the words and the suffix, with only whitespace between them, case-insensitively.
      const f = parseTextDirective(ours!);
      expect(f.textStart, s.id).toBe(s.quote);
      const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`${f.prefix ? `${esc(f.prefix)}\\s*` : ''}(${esc(f.textStart)})${f.suffix ? `\\s*${esc(f.suffix)}` : ''}`, 'gi');
      const matches = [...all.matchAll(pattern)];
      expect(matches.length, `${s.id}: found once in the article`).toBe(1);
      const at = matches[0]!.index! + matches[0]![0].toLowerCase().indexOf(s.quote.toLowerCase(), f.prefix?.length ?? 0);
      const paragraphStart = model()
        .paragraphs.slice(0, s.paragraph - 1)
        .reduce((n, p) => n + p.text.length + 1, 0);
      expect(at - paragraphStart, `${s.id}: at the statement's place`).toBe(s.start);
    }
  });

  it('lists every source and claim with addresses that resolve', () => {
    expect(evidence.sources.map((s) => s.id)).toEqual(model().sources.map((s) => s.id));
    expect(evidence.claims.map((c) => c.slug)).toEqual(model().claims.map((c) => c.slug));
    for (const s of evidence.sources) expect(resolves(s.page), s.page).toBe(true);
    for (const c of evidence.claims) expect(resolves(c.url), c.url).toBe(true);
    expect(resolves(evidence.explainer.method)).toBe(true);
  });
});

describe('/annotations.jsonld (W3C Web Annotations of the original article)', () => {
  const items = annotations.first.items as Record<string, any>[];

  it('is one AnnotationCollection with one AnnotationPage holding an annotation per statement', () => {
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.type).toBe('AnnotationCollection');
    expect(annotations.id).toBe(new URL(ANNOTATIONS_URL, SITE).href);
    expect(annotations.first.type).toBe('AnnotationPage');
    expect(annotations.total).toBe(statements.length);
    expect(items.map((a) => a.id.split('#')[1]).sort()).toEqual(statements.map((s) => s.id).sort());
  });

  it('expands as JSON-LD with nothing dropped: each targets the original’s address with a TextQuoteSelector', async () => {
    const [collection] = (await expand(annotations)) as Record<string, any>[];
    expect(collection!['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const page = collection!['http://www.w3.org/ns/activitystreams#first'][0];
    const expanded = page['http://www.w3.org/ns/activitystreams#items'][0]['@list'] as Record<string, any>[];
    expect(expanded).toHaveLength(items.length);
    for (const a of expanded) {
      expect(a['@type'], a['@id']).toEqual([`${OA}Annotation`]);
      const target = a[`${OA}hasTarget`][0];
      // The original's address; a text with none is annotated on our claim page, where its words are published.
      const source = target[`${OA}hasSource`][0]['@id'] as string;
      if (model().explainer.article.url) expect(source, a['@id']).toBe(model().explainer.article.url);
      else
        expect(
          model().claims.map((c) => new URL(c.href, SITE).href),
          a['@id'],
        ).toContain(source);
      const selector = target[`${OA}hasSelector`][0];
      expect(selector['@type'], a['@id']).toEqual([`${OA}TextQuoteSelector`]);
      expect(selector[`${OA}exact`][0]['@value'].length, a['@id']).toBeGreaterThan(0);
      const motivation = a[`${OA}motivatedBy`][0]['@id'];
      const status = statements.find((s) => a['@id'].endsWith(`#${s.id}`))!.status;
      expect(motivation, a['@id']).toBe(isRated(status) ? `${OA}assessing` : `${OA}commenting`);
    }
  });

  it('selectors: exact, prefix and suffix together occur exactly once in the article’s text file', () => {
    for (const a of items) {
      const { exact, prefix = '', suffix = '' } = a.target.selector as { exact: string; prefix?: string; suffix?: string };
      const id = a.id.split('#')[1];
      expect(exact, id).toBe(statements.find((s) => s.id === id)!.quote);
      expect(occurrences(sourceText, `${prefix}${exact}${suffix}`), `${id}: “${prefix}[${exact}]${suffix}”`).toBe(1);
    }
  });

  it('bodies say the status and our notes, and link our note and each source', () => {
    for (const a of items) {
      const s = statements.find((x) => a.id.endsWith(`#${x.id}`))!;
      const links = (a.body as Record<string, any>[]).filter((b) => b.id).map((b) => b.id as string);
      expect(links[0], s.id).toBe(evidence.statements.find((e) => e.id === s.id)!.links.note);
      expect(links.slice(1), s.id).toEqual(s.sources.map((c) => model().sources.find((m) => m.id === c.id)!.url));
      const texts = (a.body as Record<string, any>[]).filter((b) => b.type === 'TextualBody').map((b) => b.value as string);
      for (const c of s.sources)
        expect(
          texts.some((t) => t.includes(c.note)),
          `${s.id} ${c.id}`,
        ).toBe(true);
      if (s.note) expect(texts, s.id).toContain(s.note);
    }
  });
});

describe('schema.org JSON-LD on the pages', () => {
  const ldOf = (page: ReturnType<typeof loadPage>) => JSON.parse(toString($(page.tree, 'script[type="application/ld+json"]')!)) as Record<string, any>;

  it('every page’s expands with nothing dropped (every type and property is a schema.org term)', async () => {
    for (const page of htmlPages()) {
      const script = $(page.tree, 'script[type="application/ld+json"]');
      if (!script) continue;
      await expect(expand(JSON.parse(toString(script))), page.url).resolves.toBeDefined();
    }
  });

  it('/reviews.jsonld reviews exactly the statements we rated, claim by claim, citing their sources; the rest are Claims or Quotations, never reviewed; the claim pages carry none', async () => {
    const file = JSON.parse(read(REVIEWS_URL)) as { '@graph': Record<string, any>[] };
    const graph = file['@graph'];
    expect(graph.map((n) => n['@id'])).toEqual(model().claims.map((c) => new URL(`/${c.slug}/`, SITE).href));
    const expanded = (await expand(file)) as Record<string, any>[];
    for (const page of claimPagesInOrder()) {
      expect(Object.keys(ldOf(page)), `${page.url}: its statements are in ${REVIEWS_URL}`).not.toContain('hasPart');
      const n = model().claims.find((c) => page.url === `/${c.slug}/`)!;
      const ld = graph.find((g) => g['@id'] === new URL(page.url, SITE).href)!;
      expect(ld.headline, page.url).toBe(n.title);
      const own = statements.filter((s) => s.paragraph >= n.paragraphs.from && s.paragraph <= n.paragraphs.to);
      const reviews = (ld.hasPart ?? []) as Record<string, any>[];
      expect(
        reviews.map((r) => r.claimReviewed),
        page.url,
      ).toEqual(own.filter((s) => isRated(s.status)).map((s) => s.quote));
      const mentions = (ld.mentions ?? []) as Record<string, any>[];
      expect(
        mentions.map((m) => [m['@type'], m.text]),
        page.url,
      ).toEqual(own.filter((s) => !isRated(s.status)).map((s) => [s.status === 'opinion' ? 'Quotation' : 'Claim', s.quote]));
      const node = expanded.find((e) => e['@id'] === ld['@id'])!;
      const types = (node[`${SCHEMA}hasPart`] ?? []).map((r: Record<string, any>) => r['@type'][0]);
      expect(
        types.every((t: string) => t === `${SCHEMA}ClaimReview`),
        page.url,
      ).toBe(true);
      for (const [i, r] of reviews.entries()) {
        const s = own.filter((x) => isRated(x.status))[i]!;
        expect(resolves(r.url), r.url).toBe(true);
        expect(r.itemReviewed.appearance['@id'], s.id).toBe(model().explainer.article.url);
        expect(
          (r.citation ?? []).map((c: { '@id': string }) => c['@id']),
          s.id,
        ).toEqual(s.sources.map((c) => new URL(`/sources/${c.id}/`, SITE).href));
        // The rating: the status's words, described once per claim, then named by its address on /method/.
        expect(resolves(r.reviewRating['@id']), r.reviewRating['@id']).toBe(true);
        const rating = node[`${SCHEMA}hasPart`][i][`${SCHEMA}reviewRating`][0];
        expect(rating['@id'], s.id).toBe(new URL(`/method/#status-${s.status}`, SITE).href);
      }
    }
    for (const id of JSON.stringify(file)
      .match(/https?:\/\/[^"]+/g)!
      .filter((u) => u.startsWith(SITE.origin)))
      expect(resolves(id), `${REVIEWS_URL} → ${id}`).toBe(true);
  });

  it('name the maker, with its Trust Project policies on /method/, on every page; a source’s page describes the source itself', () => {
    const policies = ['publishingPrinciples', 'verificationFactCheckingPolicy', 'correctionsPolicy', 'actionableFeedbackPolicy'];
    for (const page of htmlPages()) {
      const script = $(page.tree, 'script[type="application/ld+json"]');
      if (!script) continue;
      const text = toString(script);
      const maker = [...text.matchAll(/\{"@type":"Organization","@id":"[^"]+#who"[^}]*\}/g)];
      expect(maker, `${page.url} describes the maker once`).toHaveLength(1);
      const node = JSON.parse(maker[0]![0]) as Record<string, string>;
      expect(node.name, page.url).toBe(model().explainer.maker.name);
      for (const p of policies) {
        expect(node[p], `${page.url} ${p}`).toMatch(new RegExp(`^${SITE.origin}/method/`));
        expect(resolves(node[p]!), `${page.url} ${p} → ${node[p]}`).toBe(true);
      }
    }
    for (const s of model().sources.slice(0, 5)) {
      const ld = ldOf(loadPage(fileOf(`/sources/${s.id}/`)!));
      expect(ld.about, s.id).toMatchObject({ '@id': s.url, url: s.url });
    }
  });
});

describe('/corrections.atom', () => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(feedText, 'application/xml');
  const ATOM = 'http://www.w3.org/2005/Atom';
  const child = (el: XmlElement, name: string) =>
    Array.from(el.childNodes).filter(
      (n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).namespaceURI === ATOM && (n as XmlElement).localName === name,
    );
  const text = (el: XmlElement, name: string) => child(el, name)[0]?.textContent ?? '';
  const feed = doc.documentElement!;
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

  it('parses as XML, an Atom feed with its id, title, updated, author and self link', () => {
    expect(errors).toEqual([]);
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(text(feed, 'id')).toBe(new URL(CORRECTIONS_FEED_URL, SITE).href);
    expect(text(feed, 'title').length).toBeGreaterThan(5);
    expect(text(feed, 'updated')).toMatch(RFC3339);
    expect(text(child(feed, 'author')[0]!, 'name')).toBe(model().explainer.maker.name);
    const self = child(feed, 'link').find((l) => l.getAttribute('rel') === 'self')!;
    expect(self.getAttribute('href')).toBe(new URL(CORRECTIONS_FEED_URL, SITE).href);
  });

  it('has one entry per correction, newest first, each with a unique id that is its place on /method/, and valid dates', () => {
    const entries = child(feed, 'entry');
    expect(entries).toHaveLength(model().corrections.length);
    const ids = entries.map((e) => text(e, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const updated = entries.map((e) => text(e, 'updated'));
    for (const [i, e] of entries.entries()) {
      expect(updated[i], ids[i]).toMatch(RFC3339);
      expect(Number.isNaN(Date.parse(updated[i]!)), ids[i]).toBe(false);
      expect(text(e, 'published'), ids[i]).toBe(updated[i]);
      expect(text(e, 'title').length, ids[i]).toBeGreaterThan(10);
      expect(resolves(ids[i]!), `${ids[i]} is an entry of /method/`).toBe(true);
      const c = model().corrections.find((x) => ids[i]!.endsWith(`#${x.id}`))!;
      expect(text(e, 'summary'), ids[i]).toBe(c.what);
      if (i > 0) expect(updated[i]! <= updated[i - 1]!, 'newest first').toBe(true);
    }
    if (updated.length) expect(text(feed, 'updated')).toBe(updated[0]);
  });

  it('is announced where the log is (the method page) and on the home page, and not on claim pages (their bytes)', () => {
    const feedLink = (url: string) =>
      $$(loadPage(fileOf(url)!).tree, 'link[rel="alternate"][type="application/atom+xml"]').map((l) => String(l.properties.href));
    expect(feedLink('/method/')).toEqual([CORRECTIONS_FEED_URL]);
    expect(feedLink('/')).toEqual([CORRECTIONS_FEED_URL]);
    for (const page of claimPagesInOrder()) expect(feedLink(page.url), page.url).toEqual([]);
  });
});

describe('where readers find it', () => {
  it('/method/#open-data links each file, and each resolves; every status and policy anchor structured data names exists', () => {
    const method = loadPage(fileOf('/method/')!);
    const section = $(method.tree, '#open-data')!;
    expect(section).toBeTruthy();
    const hrefs = $$(section, 'a[href]').map((a) => String(a.properties.href));
    for (const file of [EVIDENCE_URL, EVIDENCE_SCHEMA_URL, ANNOTATIONS_URL, CORRECTIONS_FEED_URL]) {
      expect(hrefs, file).toContain(file);
      expect(fileOf(file), file).toBeDefined();
    }
    expect(toString(section)).toContain(String(schema.version));
    for (const s of evidence.statuses) expect($(method.tree, `#status-${s.id}`), s.id).toBeTruthy();
  });

  it('the downloads point to it', () => {
    const home = loadPage(fileOf('/')!);
    const downloads = $(home.tree, '[data-downloads]');
    if (downloads) expect($$(downloads, 'a[href]').map((a) => String(a.properties.href))).toContain('/method/#open-data');
  });

  it('none of it shows readers our workshop (file names, research ids)', () => {
    const values: string[] = [];
    const collect = (o: unknown): void => {
      if (typeof o === 'string') values.push(o);
      else if (Array.isArray(o)) o.forEach(collect);
      else if (o && typeof o === 'object') Object.values(o).forEach(collect);
    };
    collect(evidence);
    collect(annotations);
    values.push(feedText);
    const found = values.map((v) => findInternal(v, READER_INTERNALS)).filter(Boolean);
    expect(found).toEqual([]);
  });
});
