// The full edition's appendices, in their order: ONE table, read by the pamphlet page (its contents, each
// appendix's letter, heading and running head, the how-to-read's pointers), by the edition's description
// (./editions.ts) and by the offline formats' link policy (./links.ts: the site's page each appendix stands for in
// the EPUB and the offline copy). Actors, glossary and sources are there only when the content has them, so the
// letters run on without a gap.
import type { Model, OptionalPart } from '../../model/build.ts';
import { ACTORS_URL, appendixAnchor, CITE_URL, GLOSSARY_URL, METHOD_URL, SOURCES_URL } from '../../model/urls.ts';

export type AppendixKey = 'actors' | 'glossary' | 'sources' | 'cite' | 'corrections';

interface AppendixKind {
  key: AppendixKey;
  /** Its title, after "Appendix A." */
  label: string;
  /** The site's page whose content it holds: the offline formats point the site header's link there. */
  page: string;
  /** The optional part it lists, present only when the content has that part; always there without one. */
  part?: OptionalPart;
}

export const APPENDICES: readonly AppendixKind[] = [
  { key: 'actors', label: 'Actors', page: ACTORS_URL, part: 'actors' },
  { key: 'glossary', label: 'Glossary', page: GLOSSARY_URL, part: 'glossary' },
  { key: 'sources', label: 'Sources', page: SOURCES_URL, part: 'sources' },
  { key: 'cite', label: 'How to cite', page: CITE_URL },
  { key: 'corrections', label: 'Method and corrections', page: METHOD_URL },
];

export interface Appendix extends AppendixKind {
  /** "A", "B", … in order, among the appendices this explainer has. */
  letter: string;
  /** Its anchor in the pamphlet (appendix-<key>). */
  id: string;
  /** "Appendix A. Actors" */
  heading: string;
  /** "Appendix A · Actors": its pages' running head, unless it shares pages with its neighbour (sharedRunningHead). */
  runningHead: string;
}

/** The appendices this explainer has, lettered in order. */
export function appendicesOf(parts: Model['parts']): Appendix[] {
  return APPENDICES.filter((a) => !a.part || parts[a.part]).map((a, i) => {
    const letter = String.fromCharCode(65 + i);
    return { ...a, letter, id: appendixAnchor(a.key), heading: `Appendix ${letter}. ${a.label}`, runningHead: `Appendix ${letter} · ${a.label}` };
  });
}

/** The appendices by key: undefined for one this explainer has not. */
export const appendixByKey = (list: readonly Appendix[]): Partial<Record<AppendixKey, Appendix>> => Object.fromEntries(list.map((a) => [a.key, a]));

/** Short appendices next to each other share their pages, under one running head ("Appendices A–B · Actors and glossary"), when both are there. */
export function sharedRunningHead(a: Appendix | undefined, b: Appendix | undefined, words: string): string | undefined {
  return a && b ? `Appendices ${a.letter}–${b.letter} · ${words}` : undefined;
}
