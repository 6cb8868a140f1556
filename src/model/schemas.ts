// The one description of every content file: zod schemas, every field documented. The documentation is the
// schemas' own metadata (`.meta({ description, examples })`): docs/content-reference.md is generated from it
// (scripts/content-reference.ts, `npm run docs:content`; a test fails when the committed file differs), and a
// missing required field's error quotes the same words and a minimal example (./schema-docs.ts).
// Types are derived from the schemas (z.output); nothing else describes a file's shape.
//
// Ids that point at other entries (actors, sources) and ¶ numbers are checked
// across files by ./checks.ts, which names the file, field, bad value and the
// nearest valid one (a per-file schema cannot know the other files). Every limit a test of the built site
// relies on (a page description's length, a title's) is here, so the build refuses the value first.
import { z } from 'astro/zod';
import { findInternal, LOG_INTERNALS } from './reader-words.ts';

/** A field's words for editors: what it is (docs/content-reference.md, and the error when it is missing) and an example. */
const about = (description: string, ...examples: unknown[]) => ({
  description: description.replace(/\s+/g, ' ').trim(),
  ...(examples.length ? { examples } : {}),
});

/**
 * A rule about a whole entry that its fields' types cannot say (a partly-verified statement needs a caveat): checked
 * with these words as the error, and listed with them in the content reference. `ok` says whether the entry keeps it.
 */
interface Rule<T> {
  rule: string;
  path: PropertyKey[];
  ok: (value: T) => unknown;
}
/** The schema with its rules checked (each as a refinement) and listed in its metadata (`rules`, for the reference). */
function withRules<S extends z.ZodType>(schema: S, rules: Rule<z.output<S>>[]): S {
  const checked = rules.reduce<S>((s, r) => s.refine((v) => Boolean(r.ok(v as z.output<S>)), { error: r.rule, path: r.path }) as S, schema);
  return checked.meta({ rules: rules.map((r) => r.rule) }) as S;
}

/** A paragraph number of the article: 1 … N (N = non-empty lines of source-text.txt; checked in ./checks.ts). */
const paragraphNumber = z
  .number()
  .int()
  .min(1, { error: 'paragraph numbers start at 1' })
  .meta({
    ...about('A paragraph of the article: ¶1 … ¶N, N being the number of non-empty lines of source-text.txt (checked).', 2),
    shape: 'a paragraph number, 1 … N',
  });

/** An entry id: lower-case words joined by hyphens (the file name without extension). */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are lower-case-with-hyphens' })
  .meta({
    ...about('An id: lower-case letters and digits, words joined by hyphens (a file name without its extension).', 'mill-lane'),
    shape: 'an id: lower-case letters and digits, words joined by hyphens',
  });

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' })
  .meta({
    ...about('A date as precise as is known.', '2024-05-14'),
    shape: "a date: YYYY, YYYY-MM or YYYY-MM-DD (a year alone in quotes, '2024', or YAML reads a number)",
  });
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a day is YYYY-MM-DD' })
  .meta({ ...about('A day.', '2024-05-20'), shape: 'a day: YYYY-MM-DD' });

/** A web address readers may follow: https only (http where a source has nothing better is allowed, and said). */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'a URL must start with https:// (or http:// where nothing better exists)' })
  .meta({ ...about('A web address.', 'https://example.org/page'), shape: 'a web address starting with https:// (http:// only where nothing better exists)' });

/** Where readers reach the explainer's makers: an https address (a form, an issue tracker) or a mailto: address. */
export const contactUrl = z.url({ protocol: /^(https|mailto)$/, error: 'a contact address starts with https:// or mailto:' }).meta({
  ...about('An https:// address (a form, an issue tracker) or a mailto: address.', 'mailto:errors@example.org'),
  shape: 'an address starting with https:// or mailto:',
});

/** Whether a text is a well-formed BCP 47 language tag (any: `fr`, `fr-FR`, `sr-Latn-RS`, `zh-Hant-TW`), as Intl reads it. */
const isLanguageTag = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
/**
 * A BCP 47 language tag: any tag Intl knows, so a script or a region may be given (`sr-Latn-RS`), in any case
 * (`fr-fr`); it is used in its usual case (`fr-FR`), the one <html lang>, og:locale and the EPUB are written with.
 */
const bcp47 = (what: string) =>
  z
    .string()
    .refine(isLanguageTag, { error: `${what} is a BCP 47 tag such as fr, pt-BR or sr-Latn-RS` })
    .overwrite((tag) => (isLanguageTag(tag) ? Intl.getCanonicalLocales(tag)[0]! : tag))
    .meta({ shape: 'a BCP 47 language tag: fr, fr-FR, pt-BR, sr-Latn-RS' });

/**
 * What the explained text is. The engine's sentences about it (src/lib/render/work.ts) take their nouns and verbs
 * from its kind: "an article published by …", "a speech delivered by …".
 */
export const WORK_KINDS = ['article', 'speech', 'report', 'interview', 'statement', 'letter', 'essay', 'post'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * A page's meta description: a sentence for search results and link previews. Longer than 40 characters, as the
 * built site's test of every page's <head> requires (tests/site/head.test.ts).
 */
const DESCRIPTION_MIN = 41;
const pageDescription = (what: string, example: string) =>
  z
    .string()
    .min(DESCRIPTION_MIN)
    .meta(about(`${what}: a sentence for search results and link previews (its meta description), at least ${DESCRIPTION_MIN} characters.`, example));

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

/** claims/*.mdx frontmatter: one claim of the article. */
export const Claim = z
  .object({
    title: z.string().min(3).max(60).meta(about('The claim page’s title (ours, or the text’s crosshead when it names the claim).', 'The council’s decision')),
    slug: entryId.meta(about('The page’s address: it lives at /<slug>/. Once published, never change it without a redirect.', 'council-decision')),
    order: z.number().int().min(1).meta(about('Its position in the argument, 1 … M, no gaps.', 1)),
    claim: z
      .string()
      .min(DESCRIPTION_MIN)
      .max(220)
      .meta(
        about(
          `The claim in one sentence, in our words (“The article argues …”). Also the page’s meta description, so at least ${DESCRIPTION_MIN} characters.`,
          'The article says that the town council has voted to turn the little-used Mill Lane car park into a small public park.',
        ),
      ),
    explanation: z
      .string()
      .min(40)
      .max(900)
      .meta(
        about(
          '2–4 sentences, in our words, on how the text argues the claim.',
          'The article reports the council’s vote of 14 May and the timetable of work. It gives the case in figures, then the cost.',
        ),
      ),
    paragraphs: z
      .object({
        from: paragraphNumber.meta(about('The first paragraph the claim quotes.', 1)),
        to: paragraphNumber.meta(about('The last paragraph the claim quotes (inclusive).', 5)),
      })
      .strict()
      .refine((r) => r.from <= r.to, { error: '`from` must not be after `to`' })
      .meta(
        about(
          'The text’s paragraphs this claim quotes, inclusive. The claims together cover ¶1…¶N once, in order (checked); its body holds exactly these paragraphs.',
          { from: 1, to: 5 },
        ),
      ),
    actors: z
      .array(entryId)
      .default([])
      .meta(about('Actors (ids in actors/) to list in the sidebar even if the text never names them (mentions are found automatically).', ['ashdown'])),
  })
  .strict()
  .meta(
    about(
      `One claim of the text: a page. The front matter (between --- lines) is in our words; the body is the text’s
      paragraphs ¶from…¶to, one Markdown paragraph per line of source-text.txt copied exactly, separated by blank lines,
      each crosshead (explainer.yaml \`article.crossheads\`) as a \`###\` heading. MDX comments (\`{/* … */}\`) are
      allowed; a \`{\` or \`<\` of the text itself is written \`\\{\` or \`&lt;\`. The build compares every body with
      source-text.txt, all at once.`,
    ),
  );

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
  })
  .strict()
  .meta(
    about(
      'A person, state, organisation or group the text names: a page of its own, linked from its first mention on each page. The text must name it (by `name` or an alias), or a section must list it (checked).',
    ),
  );

/** A paragraph of the article and a short note on what the source says about it (background: no mark). */
const paragraphNote = z
  .object({
    paragraph: paragraphNumber.meta(about('The paragraph the source gives context to.', 3)),
    note: z.string().min(5).meta(about('What the source says about it, in our words.', 'The council’s own survey of the car park, which the minutes mention.')),
  })
  .strict();

/** How far a source bears a statement out, in the research's own words. */
export const CHECKED = ['verified', 'partly-verified'] as const;

/**
 * What a source is. Weak origins (./build.ts `WEAK_ORIGINS`) are labelled as such wherever the
 * source appears; reference works and community wikis explain terms and never verify a statement.
 */
export const ORIGINS = ['primary', 'outlet', 'wire', 'mirror', 'reference', 'community', 'state-media', 'blog', 'unknown'] as const;

/** The research's words for a statement no source backs (unsourced.yaml `status`). */
export const UNSOURCED_STATUSES = ['not-found', 'not-checked', 'opinion'] as const;

/**
 * Every status a statement can have. A sourced statement is verified or partly verified, or missing context
 * (verified, but a `supports` entry's `context` says what the article leaves out); an unsourced one is not
 * found, not checked, or the article's opinion. The order readers see them in is ./citations.ts `STATUS_ORDER`.
 */
export type StatusName = (typeof CHECKED)[number] | 'missing-context' | (typeof UNSOURCED_STATUSES)[number];

/**
 * The words that name each status, which a note must not repeat: the mark and the legend already say the
 * status (src/lib/render/status.ts `STATUS_WORDS`; a unit test keeps the two in step), so a note says
 * something a reader does not know yet, or little. An opinion is not a failed check either: its note never
 * says "not checked".
 */
export const STATUS_NOTE_WORDS: Record<StatusName, RegExp> = {
  verified: /(?<!partly[ -])\bverified\b/i,
  'partly-verified': /\bpartly[ -]verified\b/i,
  'missing-context': /\bmissing[ -]context\b/i,
  'not-found': /\bnot[ -]found\b/i,
  'not-checked': /\bnot[ -]checked\b|\bunchecked\b/i,
  opinion: /\bopinions?\b|\banalys[ei]s\b|\bnot[ -]checked\b/i,
};

/** The problem with a note that repeats its status's words, or undefined. */
export function noteRepeatsStatus(note: string, status: StatusName): string | undefined {
  const found = STATUS_NOTE_WORDS[status].exec(note)?.[0];
  return found === undefined
    ? undefined
    : `the note repeats its status (“${found}”), which its mark and the legend already say: say what a reader does not know yet, or say little`;
}

/** What the article leaves out, in a sentence (a support's `context`). */
const contextText = z.string().min(20, { error: 'say in a sentence what the article leaves out' });

/** Most words an excerpt may have: the research copies under 30 words of a page. */
export const EXCERPT_MAX_WORDS = 30;
/** The words of an excerpt, as counted against EXCERPT_MAX_WORDS (a cut's `…` and lone dashes are no words). */
export const excerptWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const excerptText = z
  .string()
  .min(3)
  .refine((t) => excerptWords(t) <= EXCERPT_MAX_WORDS, { error: `an excerpt has at most ${EXCERPT_MAX_WORDS} words, as the research copies them: cut with …` });

/** A statement of the article this source backs: its exact words (the mark goes right after them). */
const support = z
  .object({
    paragraph: paragraphNumber.meta(about('The paragraph the statement is in.', 2)),
    quote: z
      .string()
      .min(3)
      .meta(
        about(
          'The statement’s exact words in ¶`paragraph`, occurring there once (checked): its mark goes right after them.',
          'the council approved the plan by nine votes to three',
        ),
      ),
    note: z
      .string()
      .min(5)
      .meta(
        about(
          'What the source says about it, in our words, no more than the research does. Never repeats its status’s words (“verified”…: the mark and the legend say them).',
          'The council approved the plan on 14 May by nine votes to three.',
        ),
      ),
    status: z.enum(CHECKED).optional().meta(about('This statement’s status, when it differs from the source’s `status`.', 'partly-verified')),
    caveat: z
      .string()
      .min(10)
      .optional()
      .meta(
        about(
          'This statement’s own caveat (a partly-verified statement needs one, here or on the source).',
          'The minutes give the vote, not the year of debate before it.',
        ),
      ),
    context: contextText.optional().meta(
      about(
        `What the text leaves out that a reader needs to know to weigh this statement, in neutral words, ONLY where the
        research documents it (e.g. a law the text describes was reversed days later). Makes the statement
        missing-context (mark [12+]) instead of verified; allowed only where this source verifies it (a partly-verified
        statement says what differs in its \`caveat\`). Shown with the statement’s note.`,
        'The minutes also put the park’s upkeep at £3,000 a year; the article gives only the cost of building it.',
      ),
    ),
    excerpt: excerptText.optional().meta(
      about(
        `The source’s own words that back the statement, exactly as the research quotes the archived page (at most
        ${EXCERPT_MAX_WORDS} words; … marks a cut; never a word the research does not give): shown beside the text’s
        words. In the source’s language (\`excerptLang\`), its English in \`excerptTranslation\`. Every statement a source
        backs has an \`excerpt\` or, in \`excerptMissing\`, says why not (never both).`,
        'Resolved: that the Mill Lane pocket park plan be approved. For 9, against 3, abstaining 1.',
      ),
    ),
    excerptTranslation: z
      .string()
      .min(3)
      .optional()
      .meta(
        about(
          'The research’s English for an `excerpt` in another language (the source’s `excerptLang`), shown after it in [brackets] as a translation.',
          'The plan is approved.',
        ),
      ),
    excerptMissing: z
      .string()
      .min(10)
      .optional()
      .meta(about('Why no words of the source are shown, in plain words for readers (instead of an `excerpt`).', 'The archived copy shows only the headline.')),
    spanCheck: z
      .string()
      .min(10)
      .optional()
      .meta(
        about(
          `For the editors’ span check (\`npm run check:evidence\`), never shown: why the statement’s words that are
          neither in its sources’ excerpts nor in a caveat are still backed, naming those words (“‘recent’: the meeting
          was the week before”). A word named here counts as explained.`,
          '‘votes’: “For 9, against 3, abstaining 1”.',
        ),
      ),
  })
  .strict();

export const Source = withRules(
  z
    .object({
      title: z
        .string()
        .min(3)
        .meta(
          about(
            'The title as published; if unknown, our description, with `titleIsDescription: true`.',
            'Minutes of the meeting of Hollinsbridge Town Council, 14 May 2024',
          ),
        ),
      titleIsDescription: z.boolean().default(false).meta(about('True when `title` is our description (shown in [square brackets]).', true)),
      publisher: z.string().min(2).meta(about('Who published it: the site or outlet the page is on.', 'Hollinsbridge Town Council')),
      date: isoDate.optional().meta(about('Its publication date, when known.', '2024-05-14')),
      url: webUrl.meta(
        about(
          'Its address, exactly as in the research; never an invented URL. One source, one file: two files never share a url (checked).',
          'https://example.org/council-minutes-2024-05',
        ),
      ),
      origin: z
        .enum(ORIGINS)
        .meta(
          about(
            'What it is: a primary document, an original outlet, a wire copy, a copy on a mirror or aggregator, a reference work, a community wiki or Q&A, state media, a blog, or unknown. Mirrors, community sites, blogs and unknown origins are labelled “weak source” wherever they appear.',
            'primary',
          ),
        ),
      via: z.string().min(2).optional().meta(about('For a wire copy (required) or a mirror: the original agency or outlet, as the research names it.', 'AP')),
      state: z.string().min(2).optional().meta(about('For state media (required): whose state.', 'Ruritania')),
      status: z
        .enum(CHECKED)
        .meta(about('How far it bears out the statements it backs (each `supports` entry may say otherwise in its own `status`).', 'verified')),
      caveat: z
        .string()
        .min(10)
        .optional()
        .meta(
          about(
            'What a reader must know about it, whatever its status; required when a statement is partly verified (unless the statement has its own) and when `weak`.',
            'The archived copy is a mirror’s; the original page is gone.',
          ),
        ),
      weak: z
        .boolean()
        .default(false)
        .meta(
          about(
            'True for a weak source whose origin alone does not say so (the research calls it weak): labelled “weak source” wherever it appears, like a mirror; its `caveat` says why.',
            true,
          ),
        ),
      excerptLang: bcp47('a language')
        .optional()
        .meta(about('The language of its `excerpt`s when it is not the explainer’s (a BCP 47 tag, set as `lang` where they are shown).', 'uk')),
      supports: z.array(support).default([]).meta(about('The text’s statements this source backs: each gets a citation mark.')),
      background: z
        .array(paragraphNote)
        .default([])
        .meta(about('Context it gives a paragraph without backing its statements (a definition, history, a later event): no mark.')),
    })
    .strict()
    .superRefine((s, ctx) => {
      s.supports.forEach((x, i) => {
        const status = x.status ?? s.status;
        if (x.context && status !== 'verified') {
          ctx.addIssue({
            code: 'custom',
            path: ['supports', i, 'context'],
            message: `missing context is for a statement this source verifies; this one is ${status}: say what differs in its \`caveat\``,
          });
        }
        const note = noteRepeatsStatus(x.note, status);
        if (note) ctx.addIssue({ code: 'custom', path: ['supports', i, 'note'], message: note });
        const context = x.context && noteRepeatsStatus(x.context, 'missing-context');
        if (context) ctx.addIssue({ code: 'custom', path: ['supports', i, 'context'], message: context });
        // Every supported statement shows the source's own words, or says why it cannot.
        if (!x.excerpt && !x.excerptMissing) {
          ctx.addIssue({
            code: 'custom',
            path: ['supports', i, 'excerpt'],
            message: `¶${x.paragraph} “${x.quote}” shows no words of the source: give \`excerpt\` (its words as the research quotes them) or \`excerptMissing\` (why not, in plain words)`,
          });
        }
        if (x.excerpt && x.excerptMissing) {
          ctx.addIssue({
            code: 'custom',
            path: ['supports', i, 'excerptMissing'],
            message: 'an entry with an `excerpt` has nothing missing: give one or the other',
          });
        }
        if (x.excerptTranslation && !x.excerpt) {
          ctx.addIssue({ code: 'custom', path: ['supports', i, 'excerptTranslation'], message: 'a translation of what? Give the `excerpt` it translates' });
        }
        if (x.excerptTranslation && x.excerpt && !s.excerptLang) {
          ctx.addIssue({ code: 'custom', path: ['excerptLang'], message: 'a translated excerpt is in another language: name it (`excerptLang: uk`, …)' });
        }
      });
    })
    .meta(
      about(
        'A reference behind the text’s facts: what it is, how far it bears them out, and the statements it backs or gives background to. Only from the research, copied exactly.',
        {
          title: 'Minutes of the meeting of Hollinsbridge Town Council, 14 May 2024',
          publisher: 'Hollinsbridge Town Council',
          url: 'https://example.org/council-minutes-2024-05',
          origin: 'primary',
          status: 'verified',
          supports: [
            {
              paragraph: 2,
              quote: 'the council approved the plan by nine votes to three',
              note: 'The council approved the plan on 14 May by nine votes to three.',
              excerpt: 'Resolved: that the Mill Lane pocket park plan be approved. For 9, against 3, abstaining 1.',
            },
          ],
        },
      ),
    ),
  [
    { rule: 'a source must support or give background to at least one paragraph', path: ['supports'], ok: (s) => s.supports.length + s.background.length > 0 },
    {
      rule: 'a reference work or community wiki explains a term; it never verifies a statement: move these entries to `background`',
      path: ['supports'],
      ok: (s) => (s.origin !== 'reference' && s.origin !== 'community') || s.supports.length === 0,
    },
    { rule: 'state media: say whose (`state: …`)', path: ['state'], ok: (s) => s.origin !== 'state-media' || s.state },
    { rule: 'wire copy: name the agency (`via: …`)', path: ['via'], ok: (s) => s.origin !== 'wire' || s.via },
    { rule: 'a source marked weak says why in its `caveat`', path: ['caveat'], ok: (s) => !s.weak || s.caveat },
    {
      rule: 'a partly-verified statement needs a `caveat` (on the source or on the statement)',
      path: ['caveat'],
      ok: (s) => s.caveat || s.supports.every((x) => (x.status ?? s.status) !== 'partly-verified' || x.caveat),
    },
  ],
);

/** unsourced.yaml entries: statements no source backs, said openly. */
export const Unsourced = z
  .object({
    paragraph: paragraphNumber.meta(about('The paragraph the statement is in.', 3)),
    quote: z
      .string()
      .min(3)
      .meta(
        about(
          'The statement’s exact words in ¶`paragraph`, occurring there once (checked); kept as they are (open data quotes them).',
          'The car park has 42 spaces',
        ),
      ),
    status: z.enum(UNSOURCED_STATUSES).meta(
      about(
        `not-found: a checkable fact our research looked for and found no source for (mark [?]). not-checked: a
          checkable fact (an event, a figure, who said what) our research did not look into. opinion: the text’s own
          opinion or analysis (a reading, judgement, forecast, call or programme): not a checkable fact, so not a failed
          check. not-checked and opinion get no mark in the text: the paragraph’s note line says them once.`,
        'not-found',
      ),
    ),
    note: z
      .string()
      .min(5)
      .meta(
        about(
          `What a reader gains: what was searched for and what turned up (not-found), what would settle it or what nearby
          is sourced (not-checked), what the statement does in the argument (opinion). Never repeats its status’s words
          (“not checked”, “opinion”, …: the mark and legend say them); a note that says something “is sourced” names the
          statements in \`sourced\` (checked).`,
          'The survey’s figures are not in the minutes, and no copy of the survey turned up.',
        ),
      ),
    sourced: z
      .array(
        z
          .object({
            paragraph: paragraphNumber.meta(about('The paragraph of the sourced statement.', 2)),
            quote: z
              .string()
              .min(3)
              .meta(about('The sourced statement’s exact words (a `supports` entry’s `quote`).', 'the council approved the plan by nine votes to three')),
          })
          .strict(),
      )
      .optional()
      .meta(
        about(
          'The statements this note says are sourced (“… is sourced”), each by ¶ and exact words: checked against the statements (each must exist and have a source), and linked from the note. A note that says something is sourced must name it here.',
        ),
      ),
  })
  .strict()
  .superRefine((u, ctx) => {
    const problem = noteRepeatsStatus(u.note, u.status);
    if (problem) ctx.addIssue({ code: 'custom', path: ['note'], message: problem });
  })
  .meta(about('A statement of the text that no source backs, said openly.'));
/** unsourced.yaml: each entry under an id of its own (any name, e.g. p3-survey), validated by `Unsourced`. */
export const UnsourcedFile = z.record(z.string(), z.unknown());
/** unsourced.yaml as the content reference describes it. */
export const UnsourcedEntries = z
  .record(z.string().meta(about('The statement’s id: any name, unique in the file (e.g. its paragraph and a word).', 'p3-survey')), Unsourced)
  .meta(about('The text’s statements that no source backs, each under an id of its own: every statement of the text is sourced (sources/) or listed here.'));

/**
 * Words for readers: no file names, research ids, internal documents or tool names (./reader-words.ts).
 * The error names what was found, so the message gives file, field, value and the offending words.
 */
const readerText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const hit = findInternal(text, LOG_INTERNALS);
      if (hit)
        ctx.addIssue({
          code: 'custom',
          message: `readers would see ${hit.what}, “${hit.found}”: say it in plain words (the editors’ record is changelog.yaml, never published)`,
        });
    });

/** The first sentence of a text: a preview card's one line, a corrections-feed entry's title. */
export const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;
/** The shortest first sentence a correction may have: it is the feed entry's title, which says something (tests/site/open-data.test.ts). */
const FEED_TITLE_MIN = 11;

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

export type ExplainerData = z.output<typeof Explainer>;
export type ClaimData = z.output<typeof Claim>;
export type ActorData = z.output<typeof Actor>;
export type SourceData = z.output<typeof Source>;
export type UnsourcedData = z.output<typeof Unsourced>;
export type TermData = z.output<typeof Term>;
export type TimelineEventData = z.output<typeof TimelineEvent>;
export type CorrectionData = z.output<typeof Correction>;
