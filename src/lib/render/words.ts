// How the explainer writes the article's metadata, the same way everywhere:
// a title that is our description in square brackets (never in quotation
// marks, as a published title would be), an inferred date with "(inferred)"; and where a claim stands.
import type { I18n } from '../../i18n/core.ts';
import type { ExplainerData } from '../../model/schemas.ts';

type ArticleMeta = Pick<ExplainerData['article'], 'title' | 'titleIsDescription' | 'date' | 'dateInferred'>;

/** “Published title” or [our description]. */
export const articleTitle = (a: Pick<ArticleMeta, 'title' | 'titleIsDescription'>) => (a.titleIsDescription ? `[${a.title}]` : `“${a.title}”`);

/** "late spring 1999 (inferred)" or "20 May 2024". */
export const articleDate = (a: Pick<ArticleMeta, 'date' | 'dateInferred'>) => (a.dateInferred ? `${a.date} (inferred)` : a.date);

/** pt-BR → pt_BR (Open Graph's form). */
export const ogLocale = (locale: string) => locale.replace('-', '_');

/** A source's words in another language are followed by the research's English, said to be a translation: " [translation: …]". */
export const translationNote = (english: string) => ` [translation: ${english}]`;
/** "a, b and c" as the locale writes a list (British English: no comma before "and"). */
export const andList = (items: readonly string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** "Claim 2 of 8 · ¶7–¶12": where a claim stands in the argument (its page's kicker, its link-preview card), in the interface's words. */
export const claimKicker = (claim: { index: number; range: string }, total: number, t: I18n['t']) => t('claim.kicker', { n: claim.index + 1, total, range: claim.range });
