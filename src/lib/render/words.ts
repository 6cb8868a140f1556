// Small pieces of wording the pages share. The explained text's title and date are written by ./work.ts (`title`,
// `date`): a title that is our description in square brackets (never in quotation marks, as a published title
// would be), an inferred date marked so.
import type { I18n } from '../../i18n/core.ts';

/** pt-BR → pt_BR (Open Graph's form). */
export const ogLocale = (locale: string) => locale.replace('-', '_');

/** A source's words in another language are followed by the research's English, said to be a translation: " [translation: …]". */
export const translationNote = (i18n: Pick<I18n, 't'>, english: string) => ` ${i18n.t('source.translation', { text: english })}`;
/** "a, b and c" as the locale writes a list (British English: no comma before "and"). */
export const andList = (items: readonly string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** "Claim 2 of 8 · ¶7–¶12": where a claim stands in the argument (its page's kicker, its link-preview card), in the interface's words. */
export const claimKicker = (claim: { index: number; range: string }, total: number, t: I18n['t']) =>
  t('claim.kicker', { n: claim.index + 1, total, range: claim.range });
