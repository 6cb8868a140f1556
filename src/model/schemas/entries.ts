// The entries of the optional parts: actors/*.yaml, terms/*.yaml (the glossary) and events/*.yaml (the timeline).
import { z } from 'astro/zod';
import { about, entryId, isoDate, paragraphNumber } from './common.ts';
export const Actor = z
  .object({
    name: z.string().min(2).meta(about('The name as a reader knows it.', 'Maren Ashdown')),
    kind: z.enum(['person', 'state', 'organisation', 'group']).meta(about('What the actor is.', 'person')),
    role: z.string().min(3).max(120).meta(about('The role as of explainer.yaml `rolesAsOf`, in a few words.', 'Town councillor; chair of the parks committee')),
    aliases: z
      .array(z.string().min(2))
      .default([])
      .meta(
        about(
          'Exact strings (case-sensitive) that name this actor in the text; possessives match automatically. A phrase names one actor or term only (checked).',
          ['Ashdown'],
        ),
      ),
    otherSpellings: z
      .array(z.string().min(2))
      .default([])
      .meta(
        about(
          `Other spellings of the name that readers may know and search for, which the text does not use (other
          transliterations, e.g. Tchaikovsky: Chaikovsky, Tschaikowsky). Shown on the actor’s page (“Also spelled”) and so
          found by search; never matched in the text (that is \`aliases\`). Only spellings the research’s sources or common
          transliteration practice use.`,
          ['Tschaikowsky'],
        ),
      ),
    profile: z
      .string()
      .min(40)
      .max(900)
      .meta(
        about(
          '2–4 sentences in our words.',
          'Ashdown is a councillor on the town council who chairs its parks committee. In the article she makes the case for the park.',
        ),
      ),
    sources: z
      .array(entryId)
      .default([])
      .meta(about('Related sources (ids in sources/).', ['council-minutes-2024-05'])),
    linkInText: z
      .boolean()
      .default(true)
      .meta(
        about(
          'false for a name every reader knows and meets on almost every page (a country the whole text is about), as Wikipedia’s guideline against overlinking advises: its mentions in the text are neither linked nor previewed, so the text stays quiet; the sidebars, the search and its own page still list it.',
          false,
        ),
      ),
  })
  .strict()
  .meta(
    about(
      'A person, state, organisation or group the text names: a page of its own, linked from its first mention on each page (unless `linkInText: false`). The text must name it (by `name` or an alias), or a section must list it (checked).',
    ),
  );

export const Term = z
  .object({
    term: z.string().min(2).meta(about('The term as the glossary lists it.', 'pocket park')),
    aliases: z
      .array(z.string().min(2))
      .default([])
      .meta(about('Exact strings (case-sensitive) in the text that mean this term. A phrase names one actor or term only (checked).', ['pocket parks'])),
    definition: z
      .string()
      .min(20)
      .max(600)
      .meta(about('One or two sentences in our words.', 'A small public park made on a single plot of land, often a leftover corner or a former car park.')),
    sources: z
      .array(entryId)
      .default([])
      .meta(about('Sources (ids in sources/) behind the definition.', ['council-minutes-2024-05'])),
  })
  .strict()
  .meta(about('A term of the text that may need explaining: listed on the glossary page, its first use on each page linked to it.'));

export const TimelineEvent = z
  .object({
    date: isoDate.meta(about('When it happened, as precise as `precision` says; for a span, the first day (a real calendar date: checked).', '2024-05-14')),
    precision: z.enum(['day', 'month', 'year']).meta(about('How precise `date` is.', 'day')),
    end: isoDate.optional().meta(about('The end of a span, in the same format (after `date`: checked).', '2024-05-16')),
    label: z
      .string()
      .min(10)
      .max(200)
      .meta(about('One neutral line in our words.', 'The town council votes nine to three to turn the Mill Lane car park into a pocket park.')),
    paragraphs: z
      .array(paragraphNumber)
      .default([])
      .meta(about('The paragraphs that refer to it.', [1, 2])),
    sources: z
      .array(entryId)
      .default([])
      .meta(about('Sources (ids in sources/) for it.', ['council-minutes-2024-05'])),
  })
  .strict()
  .meta(about('An event behind the text, on the timeline page, linked to the paragraphs that refer to it.'));
