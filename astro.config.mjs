// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { CROSSHEADS, goldenParagraphs } from './src/lib/article.ts';
import remarkArticleParagraphs from './src/plugins/remark-article-paragraphs.ts';
import rehypeParagraphNumbers from './src/plugins/rehype-paragraph-numbers.ts';
import rehypeLinkMentions from './src/plugins/rehype-link-mentions.ts';
import rehypeSourceNotes from './src/plugins/rehype-source-notes.ts';
import { actorMentionEntries, sourceNoteOptions } from './src/lib/plugin-options.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://anchorage-explainer.example.org',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // External stylesheet: cached across pages, and no inline <style> for the CSP to allow.
    inlineStylesheets: 'never',
  },
  // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; MDX inherits this one.
  markdown: {
    processor: unified({
      smartypants: false, // the article's punctuation is already typographic; never rewrite it
      remarkPlugins: [[remarkArticleParagraphs, { golden: goldenParagraphs(), crossheads: CROSSHEADS }]],
      rehypePlugins: [
        rehypeParagraphNumbers,
        [rehypeLinkMentions, { entries: actorMentionEntries(), scope: 'paragraph', kind: 'actor' }],
        [rehypeSourceNotes, sourceNoteOptions()],
      ],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // Scripts as external files (cached, allowed by script-src 'self'), never inlined into pages.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx()],
});
