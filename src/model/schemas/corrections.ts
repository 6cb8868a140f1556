// corrections.yaml: the public log of changes to our notes.
import { z } from 'astro/zod';
import { FEED_TITLE_MIN, about, entryId, firstSentence, isoDay, paragraphNumber, readerText } from './common.ts';
/**
 * corrections.yaml: the public log of changes to what the explainer tells readers, in plain words,
 * shown on /method/ and in the pamphlet; each claim page counts and links the entries touching its ¶.
 * An entry's place in the file is its link (/method/#c<N>): entries are added at the end, never
 * reordered or removed. (The editors' file-by-file record is changelog.yaml, which nothing reads.)
 */
export const Correction = z
  .object({
    date: isoDay.meta(about('The day the change was published.', '2024-05-28')),
    paragraphs: z
      .array(paragraphNumber)
      .default([])
      .meta(
        about(
          'The text’s paragraphs whose notes it changed: each is linked, and their claim pages count it. None (and no actors, terms or events): the whole explainer.',
          [5],
        ),
      ),
    actors: z
      .array(entryId)
      .default([])
      .meta(about('Actors (ids in actors/) whose page it changed, when not a paragraph’s notes.', ['ashdown'])),
    terms: z
      .array(entryId)
      .default([])
      .meta(about('Glossary terms (ids in terms/) it changed.', ['pocket-park'])),
    events: z
      .array(entryId)
      .default([])
      .meta(about('Timeline events (ids in events/) it changed.', ['2024-council-vote'])),
    what: readerText(20, 900)
      .refine((text) => firstSentence(text).length >= FEED_TITLE_MIN, {
        error: `the first sentence is the entry's title in the corrections feed: make it at least ${FEED_TITLE_MIN} characters`,
      })
      .meta(
        about(
          `What changed, in plain words a reader follows (checked: no file names, research ids or tool names). Its first sentence, at least ${FEED_TITLE_MIN} characters, is the entry’s title in the corrections feed.`,
          'The note on the cost now says that most of it comes from the town-centre grant.',
        ),
      ),
    why: readerText(10, 600).optional().meta(about('Why, in plain words (checked the same way).', 'The minutes give both sources of the money.')),
  })
  .strict()
  .meta(about('One change to what the explainer tells readers.'));
export const CorrectionsFile = z
  .array(Correction)
  .meta(
    about(
      'The public log of changes to what the explainer tells readers, in plain words, shown on /method/, in the pamphlet and as a feed; each claim page counts and links the entries touching its ¶. An entry’s place in the file is its link: add entries at the end, never reorder or remove them.',
    ),
  );
