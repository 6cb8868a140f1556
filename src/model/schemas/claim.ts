// claims/*.mdx frontmatter.
import { z } from 'astro/zod';
import { DESCRIPTION_MIN, about, entryId, paragraphNumber } from './common.ts';
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
    movedFrom: entryId
      .optional()
      .meta(
        about(
          'Only for a claim split off the end of the claim before it: that claim’s slug. Its page keeps an anchor for each of this claim’s paragraphs, leading here, so a link once shared to one of them (/<slug>/#p<N>) still leads to it.',
          'council-decision',
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
