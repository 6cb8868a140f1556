// The EPUB edition. The same code as `npm run epub` (makeEpub in src/outputs/epub/) builds the
// book from the built site; EPUBCheck (Debian's `epubcheck`) validates it; then the book is read
// back as an e-reader would: unzipped, the package document and the spine documents parsed in
// order, and every promise of the EPUB edition checked on what is inside. Holds for any explainer
// (scripts/test.ts runs it on the second one too).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golden as goldenParagraphs, editionFactsExpected, i18n, model, siteUrl } from '../helpers/explainer.ts';
import { appendixAnchors, linksToOwnNamesAndTerms } from '../helpers/offline-links.ts';
import { statusWords } from '../../src/lib/render/status.ts';
import type { StatementStatus } from '../../src/model/citations.ts';
import { AXE_TAGS, axeViolations } from '../helpers/axe.ts';
import { newContext } from '../helpers/browser.ts';
import { $, $$, articleText, DIST, loadPage } from '../helpers/dist.ts';
import { checkFidelity } from '../../src/model/fidelity.ts';
import { commandLineContext } from '../../src/outputs/context.ts';
import { makeEpub } from '../../src/outputs/epub/index.ts';
import { BUDGET } from '../../src/budget.ts';

let dir: string;
let book: { file: string; bytes: number; ms: number };
let entries: Record<string, Uint8Array>;
let raw: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'epub-'));
  book = await makeEpub(commandLineContext({ dist: DIST, log: () => {} }), join(dir, 'explainer.epub'));
  raw = readFileSync(book.file);
  entries = unzipSync(new Uint8Array(raw));
  console.log(`explainer.epub: ${(book.bytes / 1024).toFixed(0)} KB, ${book.ms} ms`);
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const textOf = (name: string): string => {
  const data = entries[name];
  if (!data) throw new Error(`the EPUB has no ${name}`);
  return strFromU8(data);
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// ── The package document (a small, strict reading: the OPF is ours and epubcheck checks its grammar) ──

interface Opf {
  path: string;
  base: string;
  xml: string;
  /** dc:* elements: name → values */
  dc: Map<string, { id?: string; value: string }[]>;
  /** meta property → values (refines kept in the key as "property@#id") */
  meta: Map<string, string[]>;
  manifest: { id: string; href: string; type: string; properties: string }[];
  spine: string[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

function opf(): Opf {
  const container = textOf('META-INF/container.xml');
  const path = attr(container.match(/<rootfile\b[^>]*>/)?.[0] ?? '', 'full-path');
  if (!path) throw new Error('META-INF/container.xml names no rootfile');
  const xml = textOf(path);
  const dc = new Map<string, { id?: string; value: string }[]>();
  for (const m of xml.matchAll(/<dc:(\w+)(\s[^>]*)?>([^<]*)<\/dc:\1>/g)) {
    dc.set(m[1]!, [...(dc.get(m[1]!) ?? []), { id: attr(m[2] ?? '', 'id'), value: decode(m[3]!) }]);
  }
  const meta = new Map<string, string[]>();
  for (const m of xml.matchAll(/<meta(\s[^>]*)>([^<]*)<\/meta>/g)) {
    const refines = attr(m[1]!, 'refines');
    const key = `${attr(m[1]!, 'property')}${refines ? `@${refines}` : ''}`;
    meta.set(key, [...(meta.get(key) ?? []), decode(m[2]!)]);
  }
  const manifest = [...xml.matchAll(/<item\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, 'id')!,
    href: attr(tag, 'href')!,
    type: attr(tag, 'media-type')!,
    properties: attr(tag, 'properties') ?? '',
  }));
  const spine = [...xml.matchAll(/<itemref\b[^>]*>/g)].map(([tag]) => manifest.find((i) => i.id === attr(tag, 'idref'))!.href);
  return { path, base: posix.dirname(path), xml, dc, meta, manifest, spine };
}

const docs = new Map<string, Root>();
/** A content document of the book, parsed (by its href in the manifest). */
function doc(href: string): Root {
  let tree = docs.get(href);
  if (!tree) {
    tree = fromHtml(textOf(posix.join(opf().base, href)));
    docs.set(href, tree);
  }
  return tree;
}
const ids = (tree: Root) => new Set($$(tree, '[id]').map((e) => String(e.properties.id)));

// ── EPUBCheck ─────────────────────────────────────────────────────────────────

/** How to run Debian's epubcheck: its /usr/bin/epubcheck is the jar itself (run by binfmt where registered), so run it with java. */
function epubcheckCommand(): { cmd: string; args: string[] } {
  const which = spawnSync('sh', ['-c', 'command -v epubcheck'], { encoding: 'utf8' }).stdout.trim();
  if (!which) {
    throw new Error('EPUBCheck is missing: install Debian’s `sudo apt-get install -y epubcheck` (`.ci/run` does it).');
  }
  const real = realpathSync(which);
  const isJar = real.endsWith('.jar') || readFileSync(real).subarray(0, 2).toString() === 'PK';
  return isJar ? { cmd: 'java', args: ['-jar', real] } : { cmd: real, args: [] };
}

describe('npm run epub (makeEpub)', () => {
  it('writes an EPUB under the 1 MB budget', () => {
    expect(book.bytes).toBe(raw.length);
    expect(book.bytes).toBeLessThan(BUDGET.epubBytes);
  });

  it('EPUBCheck reports 0 fatal errors, 0 errors and 0 warnings', () => {
    const { cmd, args } = epubcheckCommand();
    const report = join(dir, 'epubcheck.json');
    // C1 only and a serial GC: the JVM starts in about half the CPU time, on half the memory (docs/formats.md, "EPUB").
    const r = spawnSync(cmd, [...args, book.file, '--json', report], {
      encoding: 'utf8',
      env: { ...process.env, JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' },
      timeout: 120_000,
    });
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const problems = (json.messages as { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[])
      .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
      .map(
        (m) =>
          `${m.severity} ${m.ID}: ${m.message} (${m.locations
            .map((l) => `${l.path}:${l.line}`)
            .slice(0, 3)
            .join(', ')})`,
      );
    expect(problems, r.stdout + r.stderr).toEqual([]);
    expect([json.checker.nFatal, json.checker.nError, json.checker.nWarning]).toEqual([0, 0, 0]);
    expect(json.publication.ePubVersion).toMatch(/^3\./);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);

  it('starts with the mimetype entry, stored, as the OCF container requires', () => {
    // Local file header: signature, method at 8, name length at 26, name at 30.
    expect(raw.readUInt32LE(0)).toBe(0x04034b50);
    expect(raw.readUInt16LE(8)).toBe(0); // stored
    expect(raw.toString('latin1', 30, 30 + raw.readUInt16LE(26))).toBe('mimetype');
    expect(raw.readUInt16LE(28)).toBe(0); // no extra field
    expect(raw.toString('latin1', 38, 38 + 20)).toBe('application/epub+zip');
  });

  it('is deterministic: the same site gives the same bytes', async () => {
    const again = await makeEpub(commandLineContext({ dist: DIST, log: () => {} }), join(dir, 'again.epub'));
    expect(readFileSync(again.file).equals(raw)).toBe(true);
  });

  it('declares every file it carries in the manifest (fonts included), and carries every file it declares', () => {
    const { base, manifest } = opf();
    const declared = manifest.map((i) => posix.join(base, i.href)).sort();
    const carried = Object.keys(entries)
      .filter((n) => n.startsWith(`${base}/`) && n !== opf().path)
      .sort();
    expect(carried).toEqual(declared);
    const fonts = manifest.filter((i) => i.href.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.type).toBe('font/woff2');
    // Each embedded face is used by the stylesheet, and the fonts' licence travels with them (SIL OFL).
    const css = manifest
      .filter((i) => i.type === 'text/css')
      .map((i) => textOf(posix.join(base, i.href)))
      .join('\n');
    for (const f of fonts) expect(css).toContain(posix.basename(f.href));
    expect(Object.keys(entries).filter((n) => /OFL/.test(n)).length).toBeGreaterThan(0);
    // Light and dark: the reader's theme sets page and text colours, the book never does.
    expect(css).not.toMatch(/(^|[^-])background(-color)?\s*:/m);
    for (const m of css.matchAll(/(?:^|[\s;{])color\s*:\s*([^;}]+)/g)) expect(m[1]!.trim()).toMatch(/^(inherit|currentColor)$/);
  });
});

describe('its metadata', () => {
  const single = (o: Opf, key: string) => o.meta.get(key)?.[0];

  it('names the explainer, keeps the article’s title marked as a description, and sets the language', () => {
    const o = opf();
    const { explainer } = model();
    const { article } = explainer;
    const titles = o.dc.get('title') ?? [];
    const main = titles.find((t) => single(o, `title-type@#${t.id}`) === 'main');
    expect(main?.value).toBe(explainer.site.name);
    const sub = titles.find((t) => single(o, `title-type@#${t.id}`) === 'subtitle');
    const cover = loadPage(join(DIST, 'pamphlet', 'index.html'));
    const articleTitle = squash(toString($(cover.tree, '.pamphlet-article-title')!));
    expect(squash(sub?.value ?? '')).toContain(articleTitle);
    const description = o.dc.get('description')?.[0]?.value ?? '';
    if (article.titleIsDescription) {
      expect(articleTitle).toBe(`[${article.title}]`);
      expect(description).toContain(i18n().t('epub.bracketsNote'));
    } else {
      expect(articleTitle).not.toMatch(/^\[/);
    }
    if (article.dateInferred) expect(description).toMatch(/\(inferred\)/);
    const lang = String($(cover.tree, 'html')!.properties.lang);
    expect(o.dc.get('language')?.[0]?.value).toBe(lang);
    expect(lang).toBe(explainer.site.locale);
    for (const href of o.spine) expect(String($(doc(href), 'html')!.properties.lang)).toBe(lang);
  });

  it('reads in its language’s direction: every document says it, and a right-to-left book turns its pages right to left', () => {
    const o = opf();
    const { dir } = i18n();
    for (const href of o.spine) expect(String($(doc(href), 'html')!.properties.dir), href).toBe(dir);
    const spine = /<spine\b[^>]*>/.exec(o.xml)?.[0] ?? '';
    if (dir === 'rtl') expect(spine).toContain('page-progression-direction="rtl"');
    else expect(spine).not.toContain('page-progression-direction');
  });

  it('has a stable identifier, a modification date, a creator and a publisher', () => {
    const o = opf();
    const uid = o.xml.match(/unique-identifier="([^"]+)"/)?.[1];
    const id = o.dc.get('identifier')?.find((i) => i.id === uid)?.value;
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(single(o, 'dcterms:modified')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The text it explains, by its address (none when it has none: a speech may have no page).
    expect(o.dc.get('source')?.[0]?.value).toBe(model().explainer.article.url);
  });

  it('names the explainer’s maker as its creator and publisher, never the article’s publisher', () => {
    const o = opf();
    const { maker, article } = model().explainer;
    expect(o.dc.get('creator')?.map((c) => c.value)).toEqual([maker.name]);
    expect(o.dc.get('publisher')?.map((c) => c.value)).toEqual([maker.name]);
    for (const key of ['creator', 'publisher', 'contributor', 'title']) {
      if (article.by) for (const { value } of o.dc.get(key) ?? []) expect(value, `dc:${key}`).not.toContain(article.by);
    }
    expect(o.meta.get('a11y:certifiedBy')).toEqual([maker.name]);
  });

  it('carries the accessibility metadata', () => {
    const o = opf();
    // Text, and a chart per claim (the evidence at a glance) whose caption says it all: text alone suffices.
    expect(o.meta.get('schema:accessMode')).toEqual(['textual', 'visual']);
    expect(o.meta.get('schema:accessModeSufficient')).toEqual(['textual']);
    expect(o.meta.get('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder']));
    expect(o.meta.get('schema:accessibilityHazard')).toEqual(['none']);
    expect(single(o, 'schema:accessibilitySummary')?.length).toBeGreaterThan(40);
    // The claim of conformance is backed by the axe run on every content document below.
    expect(o.meta.get('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
    // No image files: the charts are inline SVG, hidden from assistive technology beside their captions.
    expect(o.manifest.filter((i) => i.type.startsWith('image/'))).toEqual([]);
  });
});

describe('read back in spine order', () => {
  it('holds every line of the article, verbatim, once, in order, each with its ¶ number and id', () => {
    const o = opf();
    const found = o.spine.flatMap((href) =>
      $$(doc(href), '[data-p]').map((el) => ({ n: Number(el.properties.dataP), text: articleText(el), where: `${href}#${el.properties.id}`, el })),
    );
    expect(checkFidelity(goldenParagraphs(), found)).toEqual([]);
    expect(found).toHaveLength(goldenParagraphs().length);
    for (const { n, el } of found) {
      expect(el.properties.id).toBe(`p${n}`);
      // The ¶ number is real text at the start of the line (the site draws it with CSS).
      expect(squash(toString($(el, '.pnum')!))).toBe(`¶${n}`);
      // Only our additions are set aside as not the article's: the ¶ number and the citation marks.
      for (const extra of $$(el, '[data-not-article]')) {
        expect(
          [].concat(extra.properties.className as never).some((c) => c === 'pnum' || c === 'cites'),
          `${n}: ${toString(extra)}`,
        ).toBe(true);
      }
    }
    const crossheads = found.filter((f) => f.el.tagName === 'h3').map((f) => f.n);
    expect(crossheads).toEqual(model().explainer.article.crossheads);
  });

  it('follows the pamphlet: cover, contents, introduction, the claims in order, then the appendices', () => {
    const o = opf();
    const nav = o.manifest.find((i) => i.properties.split(' ').includes('nav'))!;
    expect(o.spine[1]).toBe(nav.href);
    const claims = model().claims;
    const cover = $(doc(o.spine[0]!), 'h1');
    expect(squash(toString(cover!))).toBe(model().explainer.site.name);
    const claimDocs = o.spine.filter((href) => $(doc(href), 'section.pamphlet-claim'));
    expect(claimDocs.map((href) => squash(toString($(doc(href), 'section.pamphlet-claim h2')!)))).toEqual(claims.map((c) => c.title));
    // After the claims: actors, glossary, sources (those the explainer has), how to cite, the corrections log; last, the colophon.
    const after = o.spine.slice(o.spine.indexOf(claimDocs.at(-1)!) + 1).map((href) => String($(doc(href), 'body > section')!.properties.id));
    const has = model().parts;
    const appendices = [has.actors && 'appendix-actors', has.glossary && 'appendix-glossary', has.sources && 'appendix-sources'].filter(
      (x): x is string => !!x,
    );
    expect(after).toEqual([...appendices, 'appendix-cite', 'appendix-corrections', 'about', 'colophon']);
    const intro = o.spine.findIndex((href) => $(doc(href), 'body > section#introduction'));
    expect(intro).toBe(2);
    expect(o.spine.indexOf(claimDocs[0]!)).toBe(3);
  });

  it('makes every citation mark real text, with a note that leads back to it', () => {
    const o = opf();
    // A statement with no label (not checked, the article's opinion: src/model/citations.ts statementLabel) has no
    // mark; the paragraph's note says it. An empty link is no mark.
    const marks = o.spine.flatMap((href) => $$(doc(href), 'a.cite[href]').map((a) => ({ href, a }))).filter(({ a }) => toString(a) !== '');
    // As many marks as the pamphlet has (there, drawn by CSS from data-label).
    const labelled = $$(loadPage(join(DIST, 'pamphlet', 'index.html')).tree, '.quoted .cite[data-label]').filter((a) => a.properties.dataLabel !== '');
    expect(marks).toHaveLength(labelled.length);
    for (const { href, a } of marks) {
      expect(toString(a)).toMatch(/^\[.+\]$/);
      const note = $(doc(href), `[id="${String(a.properties.href).slice(1)}"]`);
      expect(note, `${href}: ${a.properties.href}`).toBeTruthy();
      expect($(note!, `a.note-back[href="#${a.properties.id}"]`)).toBeTruthy();
    }
  });

  it('resolves every link inside the book, and the sources (endnotes) link back to their paragraphs', () => {
    const o = opf();
    const known = new Set(o.manifest.map((i) => i.href));
    const broken: string[] = [];
    let backlinks = 0;
    for (const href of o.spine) {
      for (const a of $$(doc(href), 'a[href]')) {
        const target = String(a.properties.href);
        if (/^(https?|mailto):/.test(target)) continue;
        const [file, fragment] = target.startsWith('#') ? [href, target.slice(1)] : target.split('#');
        if (!known.has(file!)) broken.push(`${href}: ${target} (no such file)`);
        else if (fragment && !ids(doc(file!)).has(decodeURIComponent(fragment))) broken.push(`${href}: ${target} (no such id)`);
        if ((a.properties.role as string) === 'doc-backlink') {
          backlinks++;
          expect($(doc(file!), `[id="${fragment}"]`)?.properties.dataP, `${href}: ${target}`).toBeDefined();
        }
      }
    }
    expect(broken).toEqual([]);
    const sources = model().sources.filter((s) => s.supports.length + s.background.length > 0);
    expect(backlinks).toBeGreaterThanOrEqual(sources.length);
    // No link back to the site's own pages is relative (they would be dead inside the book).
    for (const href of o.spine) for (const a of $$(doc(href), 'a[href^="/"]')) broken.push(`${href}: ${a.properties.href}`);
    expect(broken).toEqual([]);
  });
});

describe('the evidence at a glance', () => {
  // The caption as the explainer's dictionary words it (Glance.astro).
  const caption = (tally: readonly { count: number; status: StatementStatus }[]) => {
    const { t } = i18n();
    const short = statusWords(i18n()).short;
    const total = tally.reduce((n, c) => n + c.count, 0);
    return squash(
      `${t('glance.statements', { count: total })} ${tally.map((c) => t('glance.count', { count: c.count, status: short[c.status] })).join(t('list.separator'))}.`,
    );
  };
  const figuresIn = (href: string) => $$(doc(href), 'figure.glance');

  it('heads each claim: an SVG in the SVG namespace (declared in the manifest), its caption the counts in words', () => {
    const o = opf();
    const claimDocs = o.spine.filter((href) => $(doc(href), 'section.pamphlet-claim'));
    expect(claimDocs).toHaveLength(model().claims.length);
    claimDocs.forEach((href, i) => {
      const c = model().claims[i]!;
      const [figure, ...more] = figuresIn(href);
      expect(more, href).toEqual([]);
      expect(squash(toString($(figure!, 'figcaption')!))).toBe(caption(c.tally));
      expect(textOf(posix.join(o.base, href))).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="glance-bar" viewBox="[\d. ]+"/);
      expect($$(figure!, 'svg.glance-bar > a').length, href).toBe(c.tally.length);
    });
    // Exactly the documents that have inline SVG say so.
    for (const item of o.manifest.filter((i) => i.type === 'application/xhtml+xml' && !i.properties.includes('nav'))) {
      expect(item.properties.split(' ').includes('svg'), item.href).toBe(/<svg\b/.test(textOf(posix.join(o.base, item.href))));
    }
  });

  it('leads each part and its words to the first note of its status, and keeps the bar out of the Tab order', () => {
    const o = opf();
    for (const href of o.spine) {
      for (const figure of figuresIn(href)) {
        const links = $$(figure, 'a[href]');
        expect(links.length, href).toBeGreaterThan(0);
        for (const a of links) {
          const target = String(a.properties.href);
          const [file, fragment] = target.startsWith('#') ? [href, target.slice(1)] : target.split('#');
          const note = $(doc(file!), `[id="${fragment}"]`);
          // A note: an endnote (its status in its class) or a statement's note (its status in its status word's class).
          const classes = (el: Element | undefined) => ([] as string[]).concat((el?.properties.className as string[] | undefined) ?? []);
          const status = (
            classes(note).find((c) => c.startsWith('endnote-')) ?? classes(note && $(note, '.status')).find((c) => c.startsWith('status-'))
          )?.replace(/^(endnote|status)-/, '');
          // The part (or swatch) says its status in its drawing's class (g-<status>): the note it leads to is of that status.
          const drawn = $$(a, 'svg')
            .flatMap((el) => classes(el))
            .find((c) => c.startsWith('g-'))
            ?.slice(2);
          expect(drawn, `${href}: ${target} has no drawing of its status`).toBeTruthy();
          expect(status, `${href}: ${target}`).toBe(drawn);
        }
        for (const a of $$(figure, 'svg.glance-bar a')) expect(a.properties.tabIndex, href).toBe(-1);
      }
    }
  });

  it('is drawn by an XHTML reader: the bar as wide as the text allows, each part its share', async () => {
    const o = opf();
    const href = o.spine.find((h) => figuresIn(h).length > 0)!;
    const root = join(dir, 'glance');
    for (const [name, data] of Object.entries(entries)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), data);
    }
    const context = await newContext({ viewport: { width: 400, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(root, o.base, href)).href);
      const drawn = await page.evaluate(() => {
        const bar = document.querySelector('svg.glance-bar')!;
        return {
          namespace: bar.namespaceURI,
          bar: bar.getBoundingClientRect().width,
          height: bar.getBoundingClientRect().height,
          parts: [...bar.querySelectorAll(':scope > a > svg > rect')].map((r) => r.getBoundingClientRect().width),
          units: [...bar.querySelectorAll(':scope > a > svg')].map((s) => Number(s.getAttribute('width'))),
        };
      });
      expect(drawn.namespace).toBe('http://www.w3.org/2000/svg');
      expect(drawn.bar).toBeGreaterThan(150);
      expect(drawn.height).toBeGreaterThan(4);
      const scale = drawn.bar / 300;
      drawn.parts.forEach((w, i) => expect(Math.abs(w - drawn.units[i]! * scale), `part ${i}`).toBeLessThan(1));
    } finally {
      await context.close();
    }
  });
});

describe('offline means offline: names, terms and the glossary', () => {
  const allLinks = () => opf().spine.flatMap((href) => $$(doc(href), 'a[href]').map((a) => ({ href, target: String(a.properties.href) })));
  /** The spine document holding the element with this id, if any. */
  const holder = (id: string) => opf().spine.find((href) => ids(doc(href)).has(id));

  it('never links a name or a term to the website', () => {
    const bad = linksToOwnNamesAndTerms(
      allLinks().map((l) => l.target),
      model(),
      siteUrl(),
    );
    expect(bad).toEqual([]);
  });

  it('links names and terms to their entries in its own appendices, in the appendix’s document', () => {
    const { actors, terms } = appendixAnchors(model());
    const inside = allLinks().filter((l) => /#(actor|term)-/.test(l.target) && !l.target.startsWith('http'));
    const targets = new Set(inside.map((l) => l.target.split('#')[1]!));
    // Every actor the article names and every term it uses is reached from the text (but a name every reader
    // knows, which the text does not link: `linkInText: false`).
    const named = model().actors.filter((a) => a.mentions.length > 0);
    expect(named.length > 0).toBe(model().parts.actors);
    for (const a of named.filter((a) => a.linkInText)) expect(targets.has(actors[model().actors.indexOf(a)]!), a.id).toBe(true);
    for (const t of model().terms.filter((t) => t.uses.length > 0)) expect(targets.has(terms[model().terms.indexOf(t)]!), t.id).toBe(true);
    // A link to another document names that file (a bare #fragment would look in the wrong one).
    for (const { href, target } of inside) {
      const [file, fragment] = target.startsWith('#') ? [href, target.slice(1)] : target.split('#');
      expect(file, target).toBe(holder(fragment!));
    }
  });

  it('has a glossary appendix with every term, and an actors appendix with every actor (where it has them)', () => {
    const { actors, terms } = appendixAnchors(model());
    const glossary = opf().spine.find((href) => $(doc(href), 'section#appendix-glossary'));
    expect(!!glossary, 'a glossary document').toBe(model().parts.glossary);
    if (!glossary) return;
    const inGlossary = ids(doc(glossary!));
    for (const id of terms) expect(inGlossary.has(id), id).toBe(true);
    for (const t of model().terms) expect(squash(toString($(doc(glossary!), `[id="term-${t.id}"]`)!))).toContain(t.term);
    const actorDoc = actors.length ? holder(actors[0]!) : undefined;
    for (const id of actors) expect(holder(id), id).toBe(actorDoc);
  });
});

describe('its cover and colophon', () => {
  const coverText = () => squash(toString($(doc(opf().spine[0]!), 'body')!));
  const colophon = () =>
    opf().spine.find((href) => ($(doc(href), 'body > section') as { properties: Record<string, unknown> } | undefined)?.properties['epub:type'] === 'colophon');

  it('show this explainer (name, maker, relation, where to report errors, last reviewed) apart from the article', () => {
    const { maker, article } = model().explainer;
    const file = colophon();
    expect(file, 'a colophon document (epub:type colophon)').toBeTruthy();
    for (const [where, body] of [
      ['cover', doc(opf().spine[0]!)],
      ['colophon', doc(file!)],
    ] as const) {
      const all = squash(toString($(body, 'body')!));
      for (const fact of editionFactsExpected()) {
        expect(all, `${where}: ${fact}`).toContain(squash(fact));
      }
      // The explainer's facts come before the article's, and the publisher is only the article's.
      const ours = all.indexOf(maker.name);
      if (article.by) expect(ours, where).toBeLessThan(all.indexOf(article.by, all.indexOf(maker.relation) + maker.relation.length));
      const links = $$(body, 'a[href]').map((a) => String(a.properties.href));
      if (article.url) expect(links, where).toContain(article.url);
      if (maker.contact) expect(links, where).toContain(maker.contact);
      else {
        expect(all, where).toContain(i18n().t('edition.noAddress', { link: '' }).replace(/\s+/g, ' ').trim());
        expect(links, where).toContain(new URL('/method/', siteUrl()).href);
      }
    }
    expect(coverText()).toContain(maker.name);
  });
});

describe('its navigation document', () => {
  it('has an entry per claim, pointing at the claim, and the landmarks', () => {
    const o = opf();
    const nav = o.manifest.find((i) => i.properties.split(' ').includes('nav'))!;
    const tree = doc(nav.href);
    const toc = $$(tree, 'nav').find((n) => (n.properties as Record<string, unknown>)['epub:type'] === 'toc' || n.properties.role === 'doc-toc')!;
    expect(toc).toBeTruthy();
    const links = $$(toc, 'a').map((a) => ({ href: String(a.properties.href), text: squash(toString(a)) }));
    for (const claim of model().claims) {
      const entry = links.find((l) => l.text.includes(claim.title) && !l.href.includes('#'));
      expect(entry, claim.title).toBeTruthy();
      expect(squash(toString($(doc(entry!.href), 'section.pamphlet-claim h2')!))).toBe(claim.title);
    }
    for (const n of model().explainer.article.crossheads) expect(links.some((l) => l.href.endsWith(`#p${n}`))).toBe(true);
    const landmarks = $$(tree, 'nav').find((n) => (n.properties as Record<string, unknown>)['epub:type'] === 'landmarks');
    expect(landmarks).toBeTruthy();
    const types = $$(landmarks!, 'a').map((a) => (a.properties as Record<string, unknown>)['epub:type']);
    expect(types).toEqual(expect.arrayContaining(['cover', 'toc', 'bodymatter']));
  });
});

describe('in a browser (axe, WCAG 2.2 AA), light and dark', () => {
  // One axe run per scheme over the whole book (the spine's bodies in one XHTML page beside them, so the
  // stylesheet and fonts load as in the book): axe on each document one by one cost 2–3 s of set-up each.
  // What is per document (a title, the language) is checked here directly.
  it('every content document has a title and a language, and the book has no axe violation', async () => {
    const o = opf();
    for (const href of o.spine) {
      expect(squash(toString($(doc(href), 'head > title')!)), href).not.toBe('');
      expect($(doc(href), 'html')!.properties.lang, href).toBeTruthy();
    }
    const root = join(dir, 'unzipped');
    for (const [name, data] of Object.entries(entries)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), data);
    }
    const first = textOf(posix.join(o.base, o.spine[0]!));
    const bodies = o.spine.map((href) => textOf(posix.join(o.base, href)).match(/<body[^>]*>([\s\S]*)<\/body>/)![1]!);
    const whole = join(root, o.base, '_whole-book.xhtml');
    writeFileSync(
      whole,
      first.replace(/<body[^>]*>[\s\S]*<\/body>/, () => `<body>${bodies.join('\n')}</body>`),
    );
    const context = await newContext();
    let violations: string[];
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(whole).href);
      expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
      expect(await page.locator('[data-p]').count()).toBe(goldenParagraphs().length);
      // WCAG 2.2 A and AA in both schemes. Not axe's best practices: they ask for a web page's landmarks (one
      // <main>, all content in regions), which an EPUB's content documents do not have.
      violations = await axeViolations(page, { only: { tags: AXE_TAGS.filter((t) => t !== 'best-practice') } });
    } finally {
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 240_000);
});
