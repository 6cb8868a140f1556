// The formats' plan, links and switches as pure functions: what a page offers with NO_PRINT=1
// (no PDF, so no broken link), the message where Chromium is missing (how to install it, or
// how to leave the PDFs out on purpose), and the size filling that refuses a link to a file
// the build did not make. The built result: tests/site/downloads.test.ts.
import { describe, expect, it } from 'vitest';
import { FORMATS, noPrint, planFormats } from '../../src/outputs/formats.ts';
import { createI18n } from '../../src/i18n/core.ts';
import { fillSizes } from '../../src/outputs/downloads.ts';
import { requireChromium } from '../../src/outputs/pdf/chromium.ts';

const ids = (formats: readonly { id: string }[]) => formats.map((f) => f.id);
const print = FORMATS.filter((f) => f.by === 'print');

describe('planFormats: what a build makes, and so what its pages link', () => {
  it('makes every format by default', () => {
    expect(ids(planFormats({ env: {} }).made)).toEqual(ids(FORMATS));
    expect(planFormats({ env: {} }).leftOut).toEqual([]);
  });

  it('with NO_PRINT=1 leaves out exactly the PDFs, saying why, so no page links one', () => {
    const plan = planFormats({ env: { NO_PRINT: '1' } });
    expect(plan.made.filter((f) => f.type === 'application/pdf')).toEqual([]);
    expect(plan.leftOut.filter((l) => l.why === 'NO_PRINT=1').map((l) => l.format.id)).toEqual(ids(print));
    expect(ids(plan.made)).toContain('html');
  });

  it('refuses a NO_PRINT it cannot read, rather than guess', () => {
    expect(noPrint({})).toBe(false);
    expect(noPrint({ NO_PRINT: '0' })).toBe(false);
    expect(noPrint({ NO_PRINT: '1' })).toBe(true);
    expect(() => noPrint({ NO_PRINT: 'yes please' })).toThrow(/NO_PRINT=yes please: set NO_PRINT=1/);
  });

  it('names every file for what it is, each once', () => {
    const files = FORMATS.map((f) => f.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual(expect.arrayContaining(['explainer-a5.pdf', 'explainer-a4.pdf', 'explainer-booklet-a4.pdf', 'explainer.epub', 'explainer.html']));
  });
});

describe('without Chromium', () => {
  it('stops, saying how to install it and how to leave the PDFs out on purpose', () => {
    expect(() => requireChromium(print, { chromePath: undefined, candidates: ['/no/such/chromium'] })).toThrow(
      /No Chromium found to print explainer-a5\.pdf, explainer-a4\.pdf, explainer-booklet-a4\.pdf, explainer-handout-a5\.pdf, explainer-handout-a4\.pdf, explainer-handout-booklet-a4\.pdf\. Install it: `sudo apt-get install -y chromium`.*`NO_PRINT=1 npm run build`/,
    );
  });
});

describe('fillSizes: the sizes written into the built download links', () => {
  const page = '<li><a href="/explainer-a5.pdf">PDF</a> <span class="downloads-size" data-format-size="explainer-a5.pdf"></span></li>';

  it('fills each placeholder, and rewrites a filled one the same way (the step can run twice)', () => {
    const sizes = new Map([['explainer-a5.pdf', '71 pages, 599 KB']]);
    const once = fillSizes(page, sizes, 'index.html');
    expect(once.html).toContain('data-format-size="explainer-a5.pdf">(71 pages, 599 KB)</span>');
    expect(once.filled).toEqual(['explainer-a5.pdf']);
    expect(fillSizes(once.html, sizes, 'index.html').html).toBe(once.html);
  });

  it('refuses a link to a file the build left out, naming the page, the file and why', () => {
    expect(() => fillSizes(page, new Map(), 'dist/index.html', new Map([['explainer-a5.pdf', 'NO_PRINT=1']]))).toThrow(
      'dist/index.html links explainer-a5.pdf, which this build did not make (NO_PRINT=1): build the pages and the formats with the same NO_PRINT',
    );
  });

  it('writes sizes as a reader reads them', () => {
    const { formatSize } = createI18n({ locale: 'en-GB' });
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(613303)).toBe('599 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatSize(613303, 71)).toBe('71 pages, 599 KB');
    expect(formatSize(580719)).toBe('567 KB');
  });
});
