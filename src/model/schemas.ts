// The one description of every content file: zod schemas, every field documented.
// Types are derived from them (z.output); nothing else describes a file's shape.
//
// Ids that point at other entries (actors, sources) and ¶ numbers are checked
// across files by ./checks.ts, which names the file, field, bad value and the
// nearest valid one (a per-file schema cannot know the other files).
import { z } from 'astro/zod';
import { findInternal, LOG_INTERNALS } from './reader-words.ts';

/** A paragraph number of the article: 1 … N (N = non-empty lines of source-text.txt; checked in ./checks.ts). */
const paragraphNumber = z.number().int().min(1, { error: 'paragraph numbers start at 1' });

/** An entry id: lower-case words joined by hyphens (the file name without extension). */
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are lower-case-with-hyphens' });

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a day is YYYY-MM-DD' });

/** A web address readers may follow: https only (http where a source has nothing better is allowed, and said). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'a URL must start with https:// (or http:// where nothing better exists)' });

/** Where readers reach the explainer's makers: an https address (a form, an issue tracker) or a mailto: address. */
export const contactUrl = z.url({ protocol: /^(https|mailto)$/, error: 'a contact address starts with https:// or mailto:' });

/**
 * What the explained text is. The engine's sentences about it (src/lib/render/work.ts) take their nouns and verbs
 * from its kind: "an article published by …", "a speech delivered by …".
 */
export const WORK_KINDS = ['article', 'speech', 'report', 'interview', 'statement', 'letter', 'essay', 'post'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** A page description: a sentence for search results and link previews. */
const pageDescription = z.string().min(20);

/** The timeline's settings: how its list is divided and its visual scale. */
const TimelineSettings = z
  .object({
    /** The list's parts in order: an event goes in the first part whose `until` it starts by; `after` holds events after the article. */
    parts: z
      .array(z.object({ id: entryId, title: z.string().min(2), until: isoDay.optional(), after: z.boolean().optional() }).strict())
      .min(1),
    /** The visual scale's panels, widest first; each panel's span is zoomed into by the next. */
    scales: z
      .array(
        z
          .object({
            id: entryId,
            title: z.string().min(2),
            from: isoDay,
            to: isoDay,
            ticks: z.enum(['decade', 'year', 'month', 'day']),
            /** For `ticks: day`: which days of the month get a tick. */
            days: z.array(z.number().int().min(1).max(31)).optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/**
 * explainer.yaml: the site, the explained text (`article`, whatever its kind) and how each part of its metadata is
 * known, index-page words, print metadata. The parts an explainer may leave out (actors, sources, glossary, timeline)
 * have their settings here only when the content has them (checked in ./checks.ts).
 */
export const Explainer = z
  .object({
    site: z
      .object({
        /** Shown in every page's header, <title>, previews and the pamphlet's cover. */
        name: z.string().min(3).max(60),
        /** The public address when SITE_URL is not set. */
        defaultUrl: webUrl,
        /** BCP 47 language tag of the article and of our words (html lang, og:locale, JSON-LD, PDF, sorting). */
        locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'a locale is a BCP 47 tag such as fr or pt-BR' }),
        /** The home page's description. */
        description: z.string().min(20).max(300),
        /** The site-wide link-preview card's line. */
        tagline: z.string().min(20).max(200),
      })
      .strict(),
    /** The text this explainer explains, whatever its kind (the engine calls it "the article" in its code). */
    article: z
      .object({
        /** What it is: article, speech, report, interview, statement, letter, essay or post (a blog or social-media post). */
        kind: z.enum(WORK_KINDS).default('article'),
        /** Its title as published, or (titleIsDescription) our description of it. */
        title: z.string().min(5),
        titleIsDescription: z.boolean().default(false),
        /** Why the title reads as it does. */
        titleNote: z.string().optional(),
        /**
         * Who published it (an outlet, an organisation) or, for a speech, an interview or a letter, who delivered, gave
         * or wrote it. Written as it reads after "published by": with "the" where the name takes one ("the Daily
         * Example", "The Times", "the mayor"); the engine adds no article of its own and capitalises it only where it
         * starts a sentence or a citation.
         */
        by: z.string().min(2).optional(),
        /** Where it was published or delivered, as a reader would look for it: a site (example.org), a paper, a hall, a city. */
        where: z.string().min(2).optional(),
        /** Its address, from the research, when it has one (a speech or a printed text may have none). */
        url: webUrl.optional(),
        /** As precise as is known, in words. */
        date: z.string(),
        /** True when the date is our inference: shown with "(inferred)" wherever it appears. */
        dateInferred: z.boolean().default(false),
        /** How the date is known. */
        dateNote: z.string().optional(),
        /** The last day the article can have been written: later timeline events are "after the article". */
        writtenBy: isoDay,
        /** Who wrote it, when that is not `by` (or what is known of it: "not named in the copy we have"). */
        author: z.string().min(2).optional(),
        /** The article's own crossheads, by ¶: each is a `###` heading in its section's MDX (checked). */
        crossheads: z.array(paragraphNumber).default([]),
        /** One paragraph in our words: the home page's summary of the argument. */
        precis: z.string().min(100),
        rights: z.string(),
      })
      .strict(),
    /**
     * How the research was done, in our words: the first section of /method/ ("How the statements were checked"),
     * before the engine's account of the marks. Paragraphs are separated by a blank line.
     */
    research: z.string().min(50),
    /** Roles and profiles of actors describe them as of this time ("as of …"). Needed when there are actors. */
    rolesAsOf: z.string().min(3).optional(),
    /** When the content was last checked against the research, as a whole (a claim's own date is its latest correction, if later). */
    reviewed: isoDay,
    /** How readers report an error (shown on /method/). */
    reportErrors: z.string().min(10),
    /**
     * Who made this explainer, as distinct from the article's publisher: shown in every page's footer, on
     * /method/ and on the covers and colophons of every format. The article's publisher is never shown as its maker.
     */
    maker: z
      .object({
        /** Who made it, as readers should name them. */
        name: z.string().min(3).max(80),
        /** One sentence: how the makers stand to whoever published or delivered the text (`article.by`), e.g. independent of them. */
        relation: z.string().min(20).max(300),
        /**
         * Where to report an error. REPORT_URL, set at deploy time (like SITE_URL), takes precedence; with
         * neither, the build warns and pages say no address has been set.
         */
        contact: contactUrl.optional(),
      })
      .strict(),
    /** Descriptions of the index pages (search results, previews), one for each part the content has. */
    pages: z.object({ actors: pageDescription.optional(), glossary: pageDescription.optional(), timeline: pageDescription.optional() }).strict().default({}),
    /** The timeline's settings: needed when there are events (timeline/), and only then. */
    timeline: TimelineSettings.optional(),
    pdf: z.object({ keywords: z.array(z.string().min(2)).default([]) }).strict().default({ keywords: [] }),
  })
  .strict();

/** sections/*.mdx frontmatter: one claim of the article. */
export const Section = z
  .object({
    /** Title of the claim page (ours, or the article's crosshead when it names the claim). */
    title: z.string().min(3).max(60),
    /** URL slug: the page lives at /<slug>/. Once published, never change it without a redirect. */
    slug: entryId,
    /** Position in the argument, 1 … M, no gaps. */
    order: z.number().int().min(1),
    /** The claim in one sentence, in our words ("The article argues …"). Also the page's meta description. */
    claim: z.string().min(20).max(220),
    /** 2–4 sentences, in our words, on how the article argues the claim. */
    explanation: z.string().min(40).max(900),
    /** The article's paragraphs this section quotes, inclusive. Sections together cover ¶1…¶N once, in order. */
    paragraphs: z
      .object({ from: paragraphNumber, to: paragraphNumber })
      .strict()
      .refine((r) => r.from <= r.to, { error: '`from` must not be after `to`' }),
    /** Actors to list in the sidebar even if the text never names them (mentions are found automatically). */
    actors: z.array(entryId).default([]),
  })
  .strict();

export const Actor = z
  .object({
    /** Name as a reader knows it. */
    name: z.string().min(2),
    kind: z.enum(['person', 'state', 'organisation', 'group']),
    /** Role as of explainer.yaml `rolesAsOf`, a few words. */
    role: z.string().min(3).max(120),
    /** Exact strings (case-sensitive) that name this actor in the article; possessives match automatically. */
    aliases: z.array(z.string().min(2)).default([]),
    /**
     * Other spellings of the name that readers may know and search for, which the article does not use
     * (other transliterations, e.g. Tchaikovsky: Chaikovsky, Tschaikowsky). Shown on the actor's page ("Also spelled")
     * and so found by search; never matched in the article's text (that is `aliases`). Only spellings
     * the research's sources or common transliteration practice use.
     */
    otherSpellings: z.array(z.string().min(2)).default([]),
    /** 2–4 sentences in our words. */
    profile: z.string().min(40).max(900),
    /** Related source ids (sources/). */
    sources: z.array(entryId).default([]),
  })
  .strict();

/** A paragraph of the article and a short note on what the source says about it (background: no mark). */
const paragraphNote = z.object({ paragraph: paragraphNumber, note: z.string().min(5) }).strict();

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

/** A BCP 47 language tag (the language of a source's words when not the explainer's). */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'a language is a BCP 47 tag such as uk or pt-BR' });

/** A statement of the article this source backs: its exact words (the mark goes right after them). */
const support = z
  .object({
    paragraph: paragraphNumber,
    /** The statement's exact words in ¶`paragraph`, occurring there once (checked). */
    quote: z.string().min(3),
    /** What the source says about it, in our words, no more than the research does. Never repeats its status's words. */
    note: z.string().min(5),
    /** This statement's status, when it differs from the source's. */
    status: z.enum(CHECKED).optional(),
    /** This statement's own caveat. */
    caveat: z.string().min(10).optional(),
    /**
     * What the article leaves out that a reader needs to know to weigh this statement, in neutral words, ONLY
     * where the research documents it (e.g. a law the article describes was reversed days later). Makes the
     * statement `missing-context` (mark `[12+]`) instead of verified; allowed only where this source verifies
     * it (a partly-verified statement says what differs in its `caveat`). Shown with the statement's note.
     */
    context: contextText.optional(),
    /**
     * The source's own words that back the statement, exactly as the research quotes the archived page (under 30
     * words; `…` marks a cut; never a word the research does not give): shown beside the article's words. In the
     * source's language (`excerptLang`), its English in `excerptTranslation`. A statement's support has an excerpt
     * or, in `excerptMissing`, says why not.
     */
    excerpt: excerptText.optional(),
    /** The research's English for an excerpt in another language, shown after it in [brackets] as a translation. */
    excerptTranslation: z.string().min(3).optional(),
    /** Why no words of the source are shown, in plain words for readers ("The archived copy shows only the headline."). */
    excerptMissing: z.string().min(10).optional(),
    /**
     * For the editors' span check (`npm run check:evidence`), never shown: why the statement's words that are neither
     * in its sources' excerpts nor in a caveat are still backed, naming those words (“‘recent’: the meeting was the
     * week before”). A word named here counts as explained.
     */
    spanCheck: z.string().min(10).optional(),
  })
  .strict();

export const Source = z
  .object({
    /** The title as published; if unknown, our description, and `titleIsDescription: true`. */
    title: z.string().min(3),
    titleIsDescription: z.boolean().default(false),
    /** Who published it: the site or outlet the page is on. */
    publisher: z.string().min(2),
    /** Publication date when known. */
    date: isoDate.optional(),
    /** Exactly as in the research; never an invented URL. */
    url: webUrl,
    /** What it is: primary document, original outlet, wire copy, mirror or aggregator copy, reference work, community wiki or Q&A, state media, blog, unknown. */
    origin: z.enum(ORIGINS),
    /** Wire copy or mirror: the original (agency or outlet), as the research names it. */
    via: z.string().min(2).optional(),
    /** State media: whose state. */
    state: z.string().min(2).optional(),
    /** The source-wide status of its supports (a support may say otherwise). */
    status: z.enum(CHECKED),
    /** What a reader must know about it, whatever its status; required when partly verified, and when `weak`. */
    caveat: z.string().min(10).optional(),
    /**
     * A weak source whose origin alone does not say so (the research calls it weak, e.g. the only copies found are
     * a regional site's): labelled "weak source" wherever it appears, like a mirror; its `caveat` says why.
     */
    weak: z.boolean().default(false),
    /** The language of its `excerpt`s when not the explainer's (set as `lang` where they are shown). */
    excerptLang: languageTag.optional(),
    /** The article's statements this source backs. These get citation marks. */
    supports: z.array(support).default([]),
    /** Context it gives a paragraph without backing its statements (a definition, history, a later event): no mark. */
    background: z.array(paragraphNote).default([]),
  })
  .strict()
  .refine((s) => s.supports.length + s.background.length > 0, {
    error: 'a source must support or give background to at least one paragraph',
    path: ['supports'],
  })
  .refine((s) => (s.origin !== 'reference' && s.origin !== 'community') || s.supports.length === 0, {
    error: 'a reference work or community wiki explains a term; it never verifies a statement: move these entries to `background`',
    path: ['supports'],
  })
  .refine((s) => s.origin !== 'state-media' || s.state, { error: 'state media: say whose (`state: …`)', path: ['state'] })
  .refine((s) => s.origin !== 'wire' || s.via, { error: 'wire copy: name the agency (`via: …`)', path: ['via'] })
  .refine((s) => !s.weak || s.caveat, { error: 'a source marked weak says why in its `caveat`', path: ['caveat'] })
  .refine((s) => s.caveat || s.supports.every((x) => (x.status ?? s.status) !== 'partly-verified' || x.caveat), {
    error: 'a partly-verified statement needs a `caveat` (on the source or on the statement)',
    path: ['caveat'],
  })
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
        ctx.addIssue({ code: 'custom', path: ['supports', i, 'excerptMissing'], message: 'an entry with an `excerpt` has nothing missing: give one or the other' });
      }
      if (x.excerptTranslation && !x.excerpt) {
        ctx.addIssue({ code: 'custom', path: ['supports', i, 'excerptTranslation'], message: 'a translation of what? Give the `excerpt` it translates' });
      }
      if (x.excerptTranslation && x.excerpt && !s.excerptLang) {
        ctx.addIssue({ code: 'custom', path: ['excerptLang'], message: 'a translated excerpt is in another language: name it (`excerptLang: uk`, …)' });
      }
    });
  });

/** unsourced.yaml entries: statements no source backs, said openly. */
export const Unsourced = z
  .object({
    paragraph: paragraphNumber,
    /** The statement's exact words in ¶`paragraph`, occurring there once (checked); kept as they are (open data quotes them). */
    quote: z.string().min(3),
    /**
     * not-found: a checkable fact our research looked for and found no source for (mark `[?]`).
     * not-checked: a checkable fact (an event, a figure, who said what) our research did not look into.
     * opinion: the article's own opinion or analysis (a reading, judgement, forecast, call or programme): not a
     * checkable fact, so not a failed check.
     * not-checked and opinion get no mark in the text: the paragraph's note line says them once.
     */
    status: z.enum(UNSOURCED_STATUSES),
    /**
     * What a reader gains: what was searched for and what turned up (not-found), what would settle it or what
     * nearby is sourced (not-checked), what the statement does in the argument (opinion). Never repeats its
     * status's words ("not checked", "opinion", …: the mark and legend say them); a note that says something
     * "is sourced" names the statements in `sourced` (checked).
     */
    note: z.string().min(5),
    /**
     * The statements this note says are sourced ("… is sourced"), each by ¶ and exact words: checked against the
     * statements (each must exist and have a source), and linked from the note. A note that says something is
     * sourced must name it here.
     */
    sourced: z.array(z.object({ paragraph: paragraphNumber, quote: z.string().min(3) }).strict()).optional(),
  })
  .strict()
  .superRefine((u, ctx) => {
    const problem = noteRepeatsStatus(u.note, u.status);
    if (problem) ctx.addIssue({ code: 'custom', path: ['note'], message: problem });
  });
export const UnsourcedFile = z.record(z.string(), z.unknown());

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
      if (hit) ctx.addIssue({ code: 'custom', message: `readers would see ${hit.what}, “${hit.found}”: say it in plain words (the editors’ record is changelog.yaml, never published)` });
    });

/**
 * corrections.yaml: the public log of changes to what the explainer tells readers, in plain words,
 * shown on /method/ and in the pamphlet; each claim page counts and links the entries touching its ¶.
 * An entry's place in the file is its link (/method/#c<N>): entries are added at the end, never
 * reordered or removed. (The editors' file-by-file record is changelog.yaml, which nothing reads.)
 */
export const Correction = z
  .object({
    /** The day the change was published. */
    date: isoDay,
    /** The article's paragraphs whose notes it changed: each is linked, and their claim pages count it. None: the whole explainer. */
    paragraphs: z.array(paragraphNumber).default([]),
    /** Actors (ids in actors/) whose page it changed, when not a paragraph's notes. */
    actors: z.array(entryId).default([]),
    /** Glossary terms (ids in glossary/) it changed. */
    terms: z.array(entryId).default([]),
    /** Timeline events (ids in timeline/) it changed. */
    events: z.array(entryId).default([]),
    /** What changed, in plain words a reader follows (checked: no file names, research ids or tool names). */
    what: readerText(20, 900),
    /** Why, in plain words (checked the same way). */
    why: readerText(10, 600).optional(),
  })
  .strict();
export const CorrectionsFile = z.array(Correction);

export const Term = z
  .object({
    term: z.string().min(2),
    /** Exact strings (case-sensitive) in the article that mean this term. */
    aliases: z.array(z.string().min(2)).default([]),
    /** One or two sentences in our words. */
    definition: z.string().min(20).max(600),
    sources: z.array(entryId).default([]),
  })
  .strict();

export const TimelineEvent = z
  .object({
    /** YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. For a span, the first day. */
    date: isoDate,
    precision: z.enum(['day', 'month', 'year']),
    /** Optional end of a span, same format. */
    end: isoDate.optional(),
    /** One neutral line in our words. */
    label: z.string().min(10).max(200),
    paragraphs: z.array(paragraphNumber).default([]),
    sources: z.array(entryId).default([]),
  })
  .strict();

export type ExplainerData = z.output<typeof Explainer>;
export type SectionData = z.output<typeof Section>;
export type ActorData = z.output<typeof Actor>;
export type SourceData = z.output<typeof Source>;
export type UnsourcedData = z.output<typeof Unsourced>;
export type TermData = z.output<typeof Term>;
export type TimelineEventData = z.output<typeof TimelineEvent>;
export type CorrectionData = z.output<typeof Correction>;
