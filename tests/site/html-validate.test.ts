// html-validate's recommended rules report zero errors on every built page.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist';

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
  for (const page of htmlPages()) {
    it(`${page.url} is valid`, async () => {
      const report = await validator.validateString(page.html, page.file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
