// A citation context for the unit tests of src/lib/cite: a made-up explainer of a made-up article, in `locale`.
import { createI18n } from '../../src/i18n/core.ts';
import type { CiteContext } from '../../src/lib/cite/items.ts';

export const citeContext = (locale = 'en-GB'): CiteContext => ({
  site: 'https://explainer.example/',
  siteName: 'An Explainer',
  locale,
  i18n: createI18n({ locale }),
  article: {
    kind: 'article',
    title: 'The article',
    titleIsDescription: false,
    by: 'A Publisher',
    where: 'publisher.example',
    url: 'https://publisher.example/a',
    date: '2025-08-20',
    dateInferred: false,
  },
});
