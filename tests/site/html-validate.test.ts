// html-validate's recommended rules report zero errors on every built page and the offline copy.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, isFormatFile, loadPage } from '../helpers/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and the CSP meta in lower case; both are valid HTML.
    'void-style': 'off',
    // Typographic quotes and dashes are the article's own; they are not "raw" characters to escape.
    'no-raw-characters': ['error', { relaxed: true }],
  },
});

describe('html-validate', () => {
  // The pages, and the downloadable HTML (the offline copy, dist/explainer.html).
  const formats = distFiles()
    .filter((f) => f.endsWith('.html') && isFormatFile(f))
    .map(loadPage);
  for (const page of [...htmlPages(), ...formats]) {
    it(`${page.url} is valid`, async () => {
      const report = await validator.validateString(page.html, page.file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
