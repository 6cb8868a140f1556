// The article's metadata (content/article.json), validated at load time so a
// wrong field fails the build with the file and field named.
import { z } from 'astro/zod';
import raw from '../../content/article.json';

const ArticleMeta = z
  .object({
    /** A title for the article. */
    title: z.string().min(5),
    /** Why the title reads as it does (e.g. not found in the archived copy). */
    titleNote: z.string().optional(),
    publisher: z.string(),
    publisherSite: z.string(),
    /** The original's address, from ../shared/research/. */
    url: z.url(),
    /** As precise as is known, in words. */
    date: z.string(),
    /** How the date is known; says so when it is inferred. */
    dateNote: z.string(),
    author: z.string(),
    /** One paragraph in our words: the home page's summary of the argument. */
    precis: z.string().min(100),
    rights: z.string(),
  })
  .strict();

const parsed = ArticleMeta.safeParse(raw);
if (!parsed.success) {
  throw new Error(`content/article.json: ${parsed.error.issues.map((i) => `\`${i.path.join('.')}\`: ${i.message}`).join('; ')}`);
}

export const article = parsed.data;
export const SITE_NAME = 'The Anchorage article, explained';
