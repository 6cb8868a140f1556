// explainer.yaml: the explainer, its maker, the text it explains and its optional parts' settings.
import { z } from 'astro/zod';
import { WORK_KINDS, about, bcp47, contactUrl, entryId, isoDay, pageDescription, paragraphNumber, webUrl } from './common.ts';
/** The timeline's settings: how its list is divided and its visual scale. */
const TimelineSettings = z
  .object({
    parts: z
      .array(
        z
          .object({
            id: entryId.meta(about('The part’s id (its anchor on the timeline page).', 'up-to-article')),
            title: z.string().min(2).meta(about('The part’s heading.', '2024, up to the article')),
            until: isoDay.optional().meta(about('The last day (inclusive) of the events this part holds.', '2024-05-20')),
            after: z.boolean().optional().meta(about('True for the part that holds the events after the article (after `article.writtenBy`).', true)),
          })
          .strict(),
      )
      .min(1)
      .meta(
        about(
          'The list’s parts in order: an event goes in the first part whose `until` it starts by; the part with `after: true` holds the events after the article.',
        ),
      ),
    scales: z
      .array(
        z
          .object({
            id: entryId.meta(about('The panel’s id.', 'scale-2024')),
            title: z.string().min(2).meta(about('The panel’s heading.', 'January – December 2024, by month')),
            from: isoDay.meta(about('The first day the panel shows.', '2024-01-01')),
            to: isoDay.meta(about('The last day the panel shows.', '2024-12-31')),
            ticks: z.enum(['decade', 'year', 'month', 'day']).meta(about('What each tick of the panel’s axis marks.', 'month')),
            days: z
              .array(z.number().int().min(1).max(31))
              .optional()
              .meta(about('For `ticks: day`: which days of the month get a tick.', [1, 14, 20, 31])),
          })
          .strict(),
      )
      .default([])
      .meta(about('The visual scale’s panels, widest first; each panel’s span is zoomed into by the next.')),
  })
  .strict()
  .meta(about('The timeline’s settings: how its list is divided and its visual scale. Needed when there are events (events/), and only then.'));

/**
 * explainer.yaml: the site, the explained text (`article`, whatever its kind) and how each part of its metadata is
 * known, index-page words, print metadata. The parts an explainer may leave out (actors, sources, glossary, timeline)
 * have their settings here only when the content has them (checked in ./checks.ts).
 */
export const Explainer = z
  .object({
    site: z
      .object({
        // The home page's <title> is the name alone, and every page's title is longer than 5 characters (tests/site/head.test.ts).
        name: z
          .string()
          .min(6)
          .max(60)
          .meta(
            about('The explainer’s name: shown in every page’s header, <title>, link previews and the pamphlet’s cover.', 'The Pocket Park article, explained'),
          ),
        defaultUrl: webUrl.meta(
          about('The public address of the site when SITE_URL is not set (canonical links, previews, sitemap, QR codes).', 'https://pocket-park.example.org'),
        ),
        locale: bcp47('a locale').meta(
          about(
            'The BCP 47 language tag of the article and of our words (<html lang>, og:locale, JSON-LD, the PDF, sorting); it also picks the language of the interface.',
            'en-US',
          ),
        ),
        description: pageDescription(
          'The home page’s description',
          'A short local newsletter article on the town council’s vote to turn a car park into a pocket park, claim by claim, in its own words.',
        ).max(300),
        tagline: z
          .string()
          .min(20)
          .max(200)
          .meta(
            about(
              'The line on the site-wide link-preview card.',
              'A newsletter’s report on a car park becoming a pocket park, claim by claim, in its own words.',
            ),
          ),
      })
      .strict()
      .meta(about('The site: its name, address, language and descriptions.')),
    article: z
      .object({
        kind: z
          .enum(WORK_KINDS)
          .default('article')
          .meta(
            about(
              'What the explained text is (a post: a blog or social-media post). The engine’s sentences about it take their words from it: “a speech delivered by …”.',
              'speech',
            ),
          ),
        title: z
          .string()
          .min(5)
          .meta(about('Its title as published, or (with `titleIsDescription: true`) our description of it.', 'Mill Lane car park to become a pocket park')),
        titleIsDescription: z
          .boolean()
          .default(false)
          .meta(about('True when `title` is our description, not the text’s own title (it is then shown in [square brackets]).', true)),
        titleNote: z.string().optional().meta(about('Why the title reads as it does.', 'The article’s own title, as printed in the newsletter.')),
        by: z
          .string()
          .min(2)
          .optional()
          .meta(
            about(
              `Who published it (an outlet, an organisation) or, for a speech, an interview or a letter, who delivered, gave or
              wrote it. Written as it reads after "published by": with "the" where the name takes one ("the Daily Example",
              "The Times", "the mayor"); the engine adds no article of its own and capitalises it only where it starts a
              sentence or a citation.`,
              'the Hollinsbridge Bulletin',
            ),
          ),
        where: z
          .string()
          .min(2)
          .optional()
          .meta(
            about('Where it was published or delivered, as a reader would look for it: a site, a paper, a hall, a city.', 'hollinsbridge-bulletin.example.org'),
          ),
        url: webUrl
          .optional()
          .meta(
            about(
              'Its address, from the research, when it has one (a speech or a printed text may have none).',
              'https://hollinsbridge-bulletin.example.org/2024/05/mill-lane-pocket-park',
            ),
          ),
        date: z.string().meta(about('Its date, as precise as is known, in words.', '20 May 2024')),
        dateInferred: z.boolean().default(false).meta(about('True when the date is our inference: shown with “(inferred)” wherever it appears.', true)),
        dateNote: z.string().optional().meta(about('How the date is known.', 'Printed on the newsletter’s issue of 20 May 2024.')),
        writtenBy: isoDay.meta(about('The last day the text can have been written: timeline events after it are “after the article”.', '2024-05-20')),
        author: z
          .string()
          .min(2)
          .optional()
          .meta(about('Who wrote it, when that is not `by` (or what is known of it: “not named in the copy we have”).', 'Tom Welland')),
        crossheads: z
          .array(paragraphNumber)
          .default([])
          .meta(about('The text’s own crossheads, by ¶: each is a `###` heading in its claim’s MDX (checked).', [9])),
        precis: z
          .string()
          .min(100)
          .meta(
            about(
              'One paragraph in our words: the home page’s summary of the argument.',
              'The article, a news report in a community newsletter, says that the town council voted to close the little-used Mill Lane car park and turn it into a pocket park, paid for mostly by a grant.',
            ),
          ),
        rights: z.string().meta(about('Whose text it is and on what terms it is quoted.', 'The text is quoted in full, unchanged, for commentary.')),
      })
      .strict()
      .meta(about('The text this explainer explains, whatever its kind (the engine calls it “the article” in its code).')),
    research: z
      .string()
      .min(50)
      .meta(
        about(
          'How the research was done, in our words: the first section of /method/ (“How the statements were checked”), before the engine’s account of the marks. Paragraphs are separated by a blank line.',
          'The newsletter names no sources of its own. For each statement of fact, our research looked for the council’s published record of the meeting.',
        ),
      ),
    rolesAsOf: z
      .string()
      .min(3)
      .optional()
      .meta(about('Roles and profiles of actors describe them as of this time (“as of …”). Needed when there are actors, and only then.', 'May 2024')),
    reviewed: isoDay.meta(
      about('When the content was last checked against the research, as a whole (a claim’s own date is its latest correction, if later).', '2024-05-21'),
    ),
    reportErrors: z
      .string()
      .min(10)
      .meta(about('How readers report an error (shown on /method/).', 'Found a mistake? Write to us, naming the page, the ¶ and what is wrong.')),
    maker: z
      .object({
        name: z.string().min(3).max(80).meta(about('Who made it, as readers should name them.', 'The Pocket Park explainer team')),
        relation: z
          .string()
          .min(20)
          .max(300)
          .meta(
            about(
              'One sentence: how the makers stand to whoever published or delivered the text (`article.by`), e.g. independent of them.',
              'Independent of the Hollinsbridge Bulletin, which neither made nor endorsed this explainer.',
            ),
          ),
        contact: contactUrl
          .optional()
          .meta(
            about(
              'Where to report an error. REPORT_URL, set at deploy time (like SITE_URL), takes precedence; with neither, the build warns and pages say no address has been set.',
              'mailto:errors@pocket-park-explainer.example.org',
            ),
          ),
      })
      .strict()
      .meta(
        about(
          'Who made this explainer, as distinct from the text’s publisher: shown in every page’s footer, on /method/ and on the covers and colophons of every format. The publisher is never shown as its maker.',
        ),
      ),
    pages: z
      .object({
        actors: pageDescription(
          'The actors page’s description',
          'The councillor, the town council and the residents’ group the article names, with their roles in May 2024.',
        ).optional(),
        glossary: pageDescription(
          'The glossary page’s description',
          'The one term the article uses that may need explaining, the pocket park, in our words.',
        ).optional(),
        timeline: pageDescription(
          'The timeline page’s description',
          'The council vote of 14 May 2024 behind the article, linked to the paragraphs that refer to it.',
        ).optional(),
      })
      .strict()
      .default({})
      .meta(about('Descriptions of the index pages, one for each part the content has (and only those).')),
    timeline: TimelineSettings.optional(),
    pdf: z
      .object({
        keywords: z
          .array(z.string().min(2))
          .default([])
          .meta(about('Keywords written into the pamphlet’s PDF metadata (a number in quotes: ‘2024’).', ['pocket park', 'Hollinsbridge'])),
      })
      .strict()
      .default({ keywords: [] })
      .meta(about('The printed pamphlet’s PDF metadata.')),
  })
  .strict()
  .meta(
    about(
      'Everything about the explainer that is not a claim, an actor, a source, a term or an event: the site, the explained text and how each part of its metadata is known, the words of the index pages, print metadata. The settings of an optional part (actors, glossary, timeline) are given exactly when the content has that part.',
    ),
  );
