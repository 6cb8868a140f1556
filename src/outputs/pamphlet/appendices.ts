// The full edition's appendices, in their order: ONE table, read by the pamphlet page (its contents, each
// appendix's letter, heading and running head, the how-to-read's pointers), by the edition's description
// (./editions.ts) and by the offline formats' link policy (./links.ts: the site's page each appendix stands for in
// the EPUB and the offline copy). Actors, glossary and sources are there only when the content has them, so the
// letters run on without a gap. Their words (labels, letters, headings) are the explainer's dictionary's.
import type { Model, OptionalPart } from '../../model/build.ts';
import { ACTORS_URL, appendixAnchor, CITE_URL, GLOSSARY_URL, METHOD_URL, SOURCES_URL } from '../../model/urls.ts';
import type { I18n } from '../../i18n/core.ts';
import type { PlainKey } from '../../i18n/types.ts';

export type AppendixKey = 'actors' | 'glossary' | 'sources' | 'cite' | 'corrections';

interface AppendixKind {
  key: AppendixKey;
  /** Its title's message, after "Appendix A." */
  labelKey: PlainKey;
  /** The site's page whose content it holds: the offline formats point the site header's link there. */
  page: string;
  /** The optional part it lists, present only when the content has that part; always there without one. */
  part?: OptionalPart;
}

export const APPENDICES: readonly AppendixKind[] = [
  { key: 'actors', labelKey: 'actors.title', page: ACTORS_URL, part: 'actors' },
  { key: 'glossary', labelKey: 'glossary.title', page: GLOSSARY_URL, part: 'glossary' },
  { key: 'sources', labelKey: 'sources.title', page: SOURCES_URL, part: 'sources' },
  { key: 'cite', labelKey: 'appendix.cite', page: CITE_URL },
  { key: 'corrections', labelKey: 'method.title', page: METHOD_URL },
];

export interface Appendix extends AppendixKind {
  /** Its title: "Actors". */
  label: string;
  /** "A", "B", … in order, among the appendices this explainer has (the dictionary's letters: "أ", "ب" in Arabic). */
  letter: string;
  /** Its anchor in the pamphlet (appendix-<key>). */
  id: string;
  /** "Appendix A. Actors" */
  heading: string;
  /** "Appendix A · Actors": its pages' running head, unless it shares pages with its neighbour (sharedRunningHead). */
  runningHead: string;
}

/** The appendices this explainer has, lettered in order, in its words (`t`). */
export function appendicesOf(parts: Model['parts'], { t }: Pick<I18n, 't'>): Appendix[] {
  const letters = t('appendix.letters').split(/\s+/).filter(Boolean);
  const kept = APPENDICES.filter((a) => !a.part || parts[a.part]);
  if (letters.length < kept.length) throw new Error(`i18n: \`appendix.letters\` gives ${letters.length} letters for ${kept.length} appendices`);
  return kept.map((a, i) => {
    const letter = letters[i]!;
    const label = t(a.labelKey);
    return {
      ...a,
      label,
      letter,
      id: appendixAnchor(a.key),
      heading: t('appendix.heading', { letter, label }),
      runningHead: t('appendix.runningHead', { letter, label }),
    };
  });
}

/** The appendices by key: undefined for one this explainer has not. */
export const appendixByKey = (list: readonly Appendix[]): Partial<Record<AppendixKey, Appendix>> => Object.fromEntries(list.map((a) => [a.key, a]));

/**
 * Appendices next to each other share their pages, under one running head ("Appendices A–B · Actors and glossary"),
 * when at least two of them are there: the later ones carry on down the page, with no half-empty page between them.
 * `label` names the ones there.
 */
export function sharedRunningHead(group: readonly (Appendix | undefined)[], label: string, { t }: Pick<I18n, 't'>): string | undefined {
  const there = group.filter((a): a is Appendix => !!a);
  return there.length > 1 ? t('appendix.sharedRunningHead', { from: there[0]!.letter, to: there.at(-1)!.letter, label }) : undefined;
}
