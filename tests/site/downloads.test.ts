// Where readers get the formats: the build made every format its plan says (src/outputs/formats.ts,
// planFormats, with the build's own environment: all of them unless NO_PRINT=1), each file is
// what its name and media type say, the manifest (dist/formats.json) tells the truth about it,
// and the home page and /pamphlet/ link every one, with its real size, and nothing else.
// Holds for any explainer (scripts/test.ts runs it on the second one too).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { FORMATS, planFormats, readManifest, SIZE_ATTRIBUTE } from '../../src/outputs/formats.ts';
import { BUDGET } from '../../src/budget.ts';
import { $$, DIST, fileOf, htmlPages, loadPage } from '../helpers/dist.ts';
import { interfaceWords } from '../helpers/explainer.ts';

const plan = planFormats({ env: process.env });
const manifest = () => {
  const m = readManifest(DIST);
  if (!m) throw new Error(`${DIST}/formats.json is missing: the build's formats step (src/outputs/downloads.ts) did not run; use \`npm run build\``);
  return m;
};
/** What a file's first bytes say it is. */
function sniff(file: string): string {
  const head = readFileSync(file).subarray(0, 64);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  // An EPUB is a zip whose first entry is the uncompressed file "mimetype".
  if (head.subarray(0, 2).toString('latin1') === 'PK' && head.subarray(30, 58).toString('latin1') === 'mimetypeapplication/epub+zip')
    return 'application/epub+zip';
  const text = head.toString('utf8');
  if (/^<!doctype html>/i.test(text)) return 'text/html';
  // The citation files: a BibTeX entry, an RIS record, a CSL-JSON list of items.
  if (/^@[a-z]+\{/i.test(text)) return 'application/x-bibtex';
  if (/^TY {2}- /.test(text)) return 'application/x-research-info-systems';
  if (/^\[\s*\{/.test(text) && (JSON.parse(readFileSync(file, 'utf8')) as { type?: string }[]).every((item) => typeof item.type === 'string'))
    return 'application/json';
  return 'unknown';
}

describe('the formats the build made (dist/formats.json)', () => {
  it('are every format of the plan, in its order; what it leaves out, it says why', () => {
    expect(manifest().formats.map((f) => f.id)).toEqual(plan.made.map((f) => f.id));
    expect(manifest().leftOut.map((f) => `${f.id}: ${f.why}`)).toEqual(plan.leftOut.map((l) => `${l.format.id}: ${l.why}`));
    // A deploy build (no NO_PRINT) prints: the PDFs are in the plan, so missing ones fail above.
    if (!process.env.NO_PRINT)
      expect(plan.made.filter((f) => f.by === 'print').map((f) => f.id)).toEqual([
        'pdf-a5',
        'pdf-a4',
        'booklet',
        'handout-a5',
        'handout-a4',
        'handout-booklet',
      ]);
  });

  it('are files of the size and kind the manifest says, within budget, each name saying what it is', () => {
    for (const entry of manifest().formats) {
      const file = join(DIST, entry.file);
      const format = FORMATS.find((f) => f.id === entry.id)!;
      expect(entry.file, entry.id).toBe(format.file);
      expect(entry.url).toBe(`/${entry.file}`);
      expect(statSync(file).size, entry.file).toBe(entry.bytes);
      expect(entry.size, entry.file).toBe(interfaceWords().i18n.formatSize(entry.bytes, entry.pages));
      expect(entry.type, entry.file).toBe(format.type);
      expect(sniff(file), entry.file).toBe(entry.type);
      expect(entry.bytes, `${entry.file}: ${entry.bytes} bytes`).toBeLessThan(BUDGET.fileBytes(entry.type) ?? Infinity);
      expect(entry.file, 'named for the explainer, with what it is').toMatch(/^explainer(-[a-z0-9-]+)?\.(pdf|epub|html)$|^cite\//);
    }
  });
});

describe('the download links', () => {
  for (const url of ['/', '/pamphlet/']) {
    it(`${url} links every format the build made, in order, each to its file, with its real size`, () => {
      const page = loadPage(fileOf(url)!);
      const section = $$(page.tree, '[data-downloads]');
      expect(section, `${url} has one download list`).toHaveLength(1);
      const items = $$(section[0]!, 'li');
      const found = items.map((li) => {
        const a = $$(li, 'a')[0]!;
        const size = $$(li, `[${SIZE_ATTRIBUTE}]`)[0];
        return {
          href: String(a.properties.href),
          type: a.properties.type,
          download: a.properties.download !== undefined,
          label: toString(a),
          size: size ? toString(size) : '',
        };
      });
      expect(found).toEqual(manifest().formats.map((f) => ({ href: f.url, type: f.type, download: true, label: f.label, size: `(${f.size})` })));
      for (const f of found) {
        const file = fileOf(f.href);
        expect(file, `${url} links ${f.href}, which is not in ${DIST}/`).toBeDefined();
      }
    });
  }

  it('are filled everywhere, and no page links a format the build left out', () => {
    const leftOut = manifest().leftOut.map((l) => `/${l.file}`);
    for (const page of htmlPages()) {
      for (const span of $$(page.tree, `[${SIZE_ATTRIBUTE}]`)) expect(toString(span), `${page.url}: a size left empty`).toMatch(/^\(.+\)$/);
      const hrefs = $$(page.tree, 'a[href]').map((a) => String(a.properties.href));
      for (const file of leftOut) expect(hrefs, `${page.url} links ${file}, which this build left out`).not.toContain(file);
    }
  });

  it('are not printed (the pamphlet on paper lists no downloads)', () => {
    for (const url of ['/', '/pamphlet/']) {
      const section = $$(loadPage(fileOf(url)!).tree, '[data-downloads]')[0]!;
      expect(section.properties.className, url).toContain('no-print');
    }
  });
});
