// The _headers format (Netlify, Cloudflare Pages) as src/outputs/headers/headers-file.ts reads it:
// the rules that `npm start` and the tests serve, and what the deployed host will apply.
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternRegExp } from '../../src/outputs/headers/headers-file.ts';

const FILE = `# comment
/*
  X-Site: all
  Cache-Control: short
/assets/*
  ! Cache-Control
  Cache-Control: long
/joined/*
  Cache-Control: extra
/*.pdf
  ! X-Site
/docs/:page/
  X-Page: one-segment
`;

describe('_headers patterns', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/a/b/c.html', true],
    ['/assets/*', '/assets/x.css', true],
    ['/assets/*', '/assets/deep/x.css', true],
    ['/assets/*', '/assetsx/x.css', false],
    ['/*.pdf', '/explainer-a5.pdf', true],
    ['/*.pdf', '/a/b.pdf', true],
    ['/*.pdf', '/explainer-a5.pdfx', false],
    ['/docs/:page/', '/docs/one/', true],
    ['/docs/:page/', '/docs/one/two/', false],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(patternRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('which headers a path gets', () => {
  const rules = parseHeadersFile(FILE);
  const get = (path: string) => Object.fromEntries(headersFor(rules, path));

  it('applies every matching rule in order', () => {
    expect(get('/docs/one/')).toEqual({ 'X-Site': 'all', 'Cache-Control': 'short', 'X-Page': 'one-segment' });
  });
  it('a detached header is replaced, not joined', () => {
    expect(get('/assets/app.css')).toEqual({ 'X-Site': 'all', 'Cache-Control': 'long' });
  });
  it('a header set twice without "!" is joined with a comma (as Cloudflare Pages does)', () => {
    expect(get('/joined/x')['Cache-Control']).toBe('short, extra');
  });
  it('"!" alone removes a header', () => {
    expect(get('/explainer-a5.pdf')).toEqual({ 'Cache-Control': 'short' });
  });
});

describe('a malformed _headers file fails, naming the line', () => {
  it.each([
    ['  X-A: b\n', /line 1.*before any path/],
    ['/*\n  X-A\n', /line 2.*Name: value/],
    ['/*\n  X-A:\n', /line 2.*Name: value/],
    ['/*\n  Bad Name: x\n', /line 2/],
    ['/*\n  ! \n', /line 2.*not a header name/],
    ['*.css\n  X-A: b\n', /line 1.*must start with "\/"/],
  ])('%j', (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});
