// The evidence: sources/*.yaml (what a source backs, in its own words) and unsourced.yaml (what no source backs),
// with the statuses' words and the rules a note keeps.
import { z } from 'astro/zod';
import { about, bcp47, isoDate, paragraphNumber, webUrl, withRules } from './common.ts';
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
