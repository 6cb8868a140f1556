// Options for the Markdown plugins, built from content/ when the config loads.
import { citationsByParagraph, type Citation } from './citations';
import { readActors, readGlossary, readSources, readUnsourced } from './content-files';
import type { MentionEntry } from '../plugins/rehype-link-mentions';
import type { ParagraphNote } from '../plugins/rehype-source-notes';

/** The first sentence of a text: the preview card's one line. */
export const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

export const actorUrl = (id: string) => `/actors/${id}/`;
export const termUrl = (id: string) => `/glossary/#${id}`;

export function actorMentionEntries(): MentionEntry[] {
  return readActors().map((a) => ({
    id: a.id,
    phrases: [a.name, ...(a.aliases ?? [])],
    href: actorUrl(a.id),
    title: a.name,
    subtitle: a.role,
    line: firstSentence(a.profile),
  }));
}

export function termMentionEntries(): MentionEntry[] {
  return readGlossary().map((g) => ({
    id: g.id,
    phrases: [g.term, ...(g.aliases ?? [])],
    href: termUrl(g.id),
    title: g.term,
    line: firstSentence(g.definition),
  }));
}

export function sourceNoteOptions(): { citations: Record<number, Citation[]>; notes: Record<number, ParagraphNote[]> } {
  const citations = Object.fromEntries(citationsByParagraph(readSources()));
  const notes: Record<number, ParagraphNote[]> = {};
  for (const u of readUnsourced()) (notes[u.paragraph] ??= []).push({ reason: u.reason, note: u.note });
  return { citations, notes };
}
