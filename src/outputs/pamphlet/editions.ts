// The pamphlet's two editions, one table for the pages that render them (src/pages/pamphlet.astro,
// src/pages/pamphlet/handout.astro) and the formats made from them: where each stands, its formats' ids
// (../formats.ts), and what it says about itself (page title, description, the PDF's title), from the model.
// The full edition is the whole argument with every note and appendix; the hand-out, a few pages to give away.
import type { Model } from '../../model/build.ts';
import { HANDOUT_URL, PAMPHLET_URL } from '../../model/urls.ts';
import { appendicesOf } from './appendices.ts';
import { formatById } from '../formats.ts';
import type { I18n } from '../../i18n/core.ts';
import { modelI18n } from '../../i18n/node.ts';

export type EditionName = 'full' | 'handout';
export type Paper = 'a5' | 'a4';

export interface Edition {
  /** Where the page stands on the site. */
  path: string;
  /** Its PDFs' format ids: A5, A4, and the A4 booklet imposed from the A5 pages. */
  ids: { a5: string; a4: string; booklet: string };
  /**
   * The page's title and description, and the PDF's title (its subject is the description), in the explainer's words
   * (`i18n`: its dictionary and i18n.yaml; without it, its locale's dictionary).
   */
  words: (model: Pick<Model, 'explainer' | 'claims' | 'parts'>, i18n?: I18n) => { title: string; description: string; pdfTitle: string };
}

/** The explainer's words: those given, else its own (its locale's dictionary for its kind of text, its i18n.yaml). */
const wordsOf = (model: Pick<Model, 'explainer'>, i18n?: I18n): I18n => i18n ?? modelI18n(model).i18n;

/** How the full edition's description names each appendix it lists (lower case, mid-sentence). */
const APPENDIX_WORDS = { actors: 'editions.actors', glossary: 'editions.glossary', sources: 'editions.sources', cite: 'editions.cite' } as const;

export const EDITIONS: Record<EditionName, Edition> = {
  full: {
    path: PAMPHLET_URL,
    ids: { a5: 'pdf-a5', a4: 'pdf-a4', booklet: 'booklet' },
    words: (model, given) => {
      const words = wordsOf(model, given);
      const { t, formatList } = words;
      return {
        title: t('editions.fullTitle'),
        // The appendices it has (./appendices.ts) but the last, the method and corrections, which the notes stand for here.
        description: t('editions.fullDescription', {
          appendices: formatList(
            appendicesOf(model.parts, words)
              .filter((a) => a.key !== 'corrections')
              .map((a) => t(APPENDIX_WORDS[a.key as Exclude<typeof a.key, 'corrections'>])),
          ),
        }),
        pdfTitle: t('editions.fullPdfTitle', { site: model.explainer.site.name }),
      };
    },
  },
  handout: {
    path: HANDOUT_URL,
    ids: { a5: 'handout-a5', a4: 'handout-a4', booklet: 'handout-booklet' },
    words: (model, given) => {
      const { t } = wordsOf(model, given);
      return {
        title: t('editions.handoutTitle'),
        description: t('editions.handoutDescription'),
        pdfTitle: t('editions.handoutPdfTitle', { site: model.explainer.site.name }),
      };
    },
  },
};

/** Each edition's PDF files (the names the formats list gives them): { a5, a4, booklet }. */
export function pdfFilesOf(edition: EditionName): { a5: string; a4: string; booklet: string } {
  const { ids } = EDITIONS[edition];
  return { a5: formatById(ids.a5).file, a4: formatById(ids.a4).file, booklet: formatById(ids.booklet).file };
}
