// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { copyFile } from 'node:fs/promises';
import { unified } from '@astrojs/markdown-remark';
import { CROSSHEADS, goldenParagraphs } from './src/lib/article.ts';
import { DEFAULT_SITE_URL } from './src/lib/seo.ts';
import remarkArticleParagraphs from './src/plugins/remark-article-paragraphs.ts';
import rehypeParagraphNumbers from './src/plugins/rehype-paragraph-numbers.ts';
import rehypeLinkMentions from './src/plugins/rehype-link-mentions.ts';
import rehypeSourceNotes from './src/plugins/rehype-source-notes.ts';
import { actorMentionEntries, sourceNoteOptions, termMentionEntries } from './src/lib/plugin-options.ts';

// The same plugin a second time, under its own name: unified merges the options of a plugin used twice.
/** @param {import('./src/plugins/rehype-link-mentions.ts').Options} options */
const rehypeLinkTerms = (options) => rehypeLinkMentions(options);

export default defineConfig({
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // External stylesheet: cached across pages, and no inline <style> for the CSP to allow.
    inlineStylesheets: 'never',
  },
  // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; MDX inherits this one.
  markdown: {
    syntaxHighlight: false, // no code on this site; Shiki's inline styles would fight the CSP
    processor: unified({
      smartypants: false, // the article's punctuation is already typographic; never rewrite it
      remarkPlugins: [[remarkArticleParagraphs, { golden: goldenParagraphs(), crossheads: CROSSHEADS }]],
      rehypePlugins: [
        rehypeParagraphNumbers,
        [rehypeLinkMentions, { entries: actorMentionEntries(), scope: 'paragraph', kind: 'actor' }],
        // Glossary terms: first use on each page; after the actors, so a term never splits an actor link.
        [rehypeLinkTerms, { entries: termMentionEntries(), scope: 'page', kind: 'term' }],
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
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX entry triggers a harmless "use astro:head-inject" directive warning
        // (withastro/astro#18087); silence only that one so real warnings stand out.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // sitemap-index.xml (+ sitemap-0.xml), named in /robots.txt; short /p/<N>/ redirects and 404 are not pages to index.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/p\/\d+\/$|\/404(\.html)?\/?$/.test(page) }),
    // Crawlers and people look for /sitemap.xml first: serve the sitemap index there too (robots.txt names it).
    {
      name: 'sitemap-xml-alias',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
        },
      },
    },
  ],
});
