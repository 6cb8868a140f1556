// The pamphlet's two editions, one table for the pages that render them (src/pages/pamphlet.astro,
// src/pages/pamphlet/handout.astro) and the formats made from them: where each stands, its formats' ids
// (../formats.ts), and what it says about itself (page title, description, the PDF's title), from the model.
// The full edition is the whole argument with every note and appendix; the hand-out, a few pages to give away.
import type { Model } from '../../model/build.ts';
import { HANDOUT_URL, PAMPHLET_URL } from '../../model/urls.ts';
import { appendicesOf } from './appendices.ts';
import { formatById } from '../formats.ts';
import { modelI18n } from '../../i18n/node.ts';
import { andList } from '../../lib/render/words.ts';

export type EditionName = 'full' | 'handout';
export type Paper = 'a5' | 'a4';

export interface Edition {
  /** Where the page stands on the site. */
  path: string;
  /** Its PDFs' format ids: A5, A4, and the A4 booklet imposed from the A5 pages. */
  ids: { a5: string; a4: string; booklet: string };
  /** The page's title and description, and the PDF's title (its subject is the description). */
  words: (model: Pick<Model, 'explainer' | 'claims' | 'parts'>) => { title: string; description: string; pdfTitle: string };
}

export const EDITIONS: Record<EditionName, Edition> = {
  full: {
    path: PAMPHLET_URL,
    ids: { a5: 'pdf-a5', a4: 'pdf-a4', booklet: 'booklet' },
    words: ({ explainer, claims, parts }) => ({
      title: 'The pamphlet: the whole argument to print',
      // The appendices it has (./appendices.ts) but the last, the method and corrections, which the notes stand for here.
      description: `The whole explainer as one printable document: cover, contents, the ${claims.length} claims with ${modelI18n({ explainer }).i18n.workForm('theOf')} text in full, our notes on every statement, ${andList(
        appendicesOf(parts)
          .filter((a) => a.key !== 'corrections')
          .map((a) => a.label.toLowerCase()),
        explainer.site.locale,
      )}.`,
      pdfTitle: `${explainer.site.name}: the whole argument in one document`,
    }),
  },
  handout: {
    path: HANDOUT_URL,
    ids: { a5: 'handout-a5', a4: 'handout-a4', booklet: 'handout-booklet' },
    words: ({ explainer, claims }) => ({
      title: 'The hand-out: the argument on a few pages',
      description: `A short printable edition to hand out: the ${claims.length} claims in our words and ${modelI18n({ explainer }).i18n.workForm('theOf')} text in full with its marks, a QR code to each claim’s evidence, who made it and how to report an error.`,
      pdfTitle: `${explainer.site.name}: hand-out edition`,
    }),
  },
};

/** Each edition's PDF files (the names the formats list gives them): { a5, a4, booklet }. */
export function pdfFilesOf(edition: EditionName): { a5: string; a4: string; booklet: string } {
  const { ids } = EDITIONS[edition];
  return { a5: formatById(ids.a5).file, a4: formatById(ids.a4).file, booklet: formatById(ids.booklet).file };
}
