import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { copyFile } from 'node:fs/promises';
import { configSite, loadExplainer } from './src/explainer.ts';
import { explainer, markdownConfig } from './src/integration.ts';
import { outputs } from './src/outputs/integration.ts';
import { linkPreviewCards } from './src/outputs/og/integration.ts';

// The content folder (CONTENT_DIR, default content/), read and checked once. A content error stops every command
// but `astro dev`, which shows it in the browser until it is fixed (the integration, src/integration.ts).
const loaded = loadExplainer();

export default defineConfig({
  site: configSite(loaded),
  // DIST_DIR: several explainers built side by side (CONTENT_DIR=a DIST_DIR=dist-a, …); `--outDir` still wins.
  outDir: process.env.DIST_DIR || 'dist',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Four pages in flight: Astro awaits each page's file write before rendering the next, and with
    // large content the main thread sat idle for a quarter of the build (30x, cards cached: 59 → 43 s;
    // 16 in flight was no faster). Pages are independent, so the output is the same.
    concurrency: 4,
    // External stylesheet: cached across pages, and no inline <style> for the CSP to allow.
    inlineStylesheets: 'never',
  },
  // MDX inherits this processor and its plugins.
  markdown: markdownConfig(loaded),
  // The Content-Security-Policy is written by the layout (src/lib/render/csp.ts), without per-file hashes.
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
    explainer(loaded),
    // The link-preview cards: drawn by worker threads while the pages are built, written into /og/ after them.
    linkPreviewCards(loaded),
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
    // Last, over the whole built site: the download formats, the search index, dist/_headers (src/outputs/).
    outputs(loaded),
  ],
});
