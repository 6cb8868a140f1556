// The explainer engine as an Astro integration. The config reads and checks
// the content folder once (./explainer.ts loadExplainer → the model), gives the Markdown
// plugins their options from that model (markdownConfig), and this
// integration hands the same model to every page through virtual modules:
//   virtual:explainer/model   the model (JSON), see src/model/build.ts
//   virtual:explainer/bodies  slug → the section's MDX body (the article's text), rendered by Astro
// Like Starlight's user config: validated once, imported by pages, never re-derived.
// What the build makes besides the pages (link-preview cards, downloads, search index, host headers) is the
// outputs' (./outputs/), which have integrations of their own.
// A content error stops every command but `astro dev`, which starts anyway and shows the problems in the
// browser (the model's module fails to load, so every page is Vite's error page) until the files are fixed.
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { failed, type Explainer, type Unloaded } from './explainer.ts';
import type { OptionalPart } from './model/build.ts';
import { ContentError } from './model/read.ts';
import remarkArticleParagraphs from './plugins/remark-article-paragraphs.ts';
import rehypeParagraphNumbers from './plugins/rehype-paragraph-numbers.ts';
import rehypeLinkMentions, { type Options as MentionOptions } from './plugins/rehype-link-mentions.ts';
import rehypeStatementMarks from './plugins/rehype-statement-marks.ts';
import { ACTORS_URL, GLOSSARY_URL, shortParagraphUrl, SOURCES_URL, TIMELINE_URL } from './model/urls.ts';
import { i18nModules } from './i18n/vite.ts';
import { createI18n } from './i18n/core.ts';

// The same plugin a second time, under its own name: unified merges the options of a plugin used twice.
const rehypeLinkTerms = (options: MentionOptions) => rehypeLinkMentions(options);

/**
 * Astro's `markdown` settings: the unified processor (Astro 7's default, Sätteri, ignores remark/rehype plugins), options
 * from the model. Content that did not load gets the processor without the article's plugins: no page renders then anyway.
 */
export function markdownConfig(loaded: Explainer | Unloaded) {
  if (failed(loaded)) return { syntaxHighlight: false as const, processor: unified({ smartypants: false }) };
  const { model } = loaded;
  const golden = model.paragraphs.map((p) => p.text);
  // The words the plugins write into the article's pages (the ¶ numbers' names, the notes), in the interface's language.
  const i18n = createI18n({ locale: model.explainer.site.locale, overrides: loaded.strings, kind: model.explainer.article.kind });
  return {
    syntaxHighlight: false as const, // no code on this site; Shiki's inline styles would fight the CSP
    processor: unified({
      smartypants: false, // the article's punctuation is already typographic; never rewrite it
      remarkPlugins: [[remarkArticleParagraphs, { golden, crossheads: new Set(model.explainer.article.crossheads) }]],
      rehypePlugins: [
        [rehypeParagraphNumbers, { href: shortParagraphUrl, name: (n: number) => i18n.t('paragraph.title', { n: String(n) }) }],
        // Names and terms: their first mention on the page; terms after the actors, so a term never splits a name.
        [rehypeLinkMentions, { entries: model.mentionEntries.actors, scope: 'page', kind: 'actor' }],
        [rehypeLinkTerms, { entries: model.mentionEntries.terms, scope: 'page', kind: 'term' }],
        [
          rehypeStatementMarks,
          {
            statements: model.statements,
            sources: Object.fromEntries(model.sources.map((s) => [s.id, { weak: s.weak, anchor: s.anchor }])),
            i18n,
          },
        ],
      ],
    }),
  };
}

/** An Astro route pattern from a page's address: /actors/ → /actors. */
const route = (url: string) => url.replace(/\/$/, '');

const VIRTUAL = { model: 'virtual:explainer/model', bodies: 'virtual:explainer/bodies' } as const;

/**
 * The pages of the parts an explainer may leave out (src/optional-pages/, outside src/pages/ so that Astro does not
 * build them for every explainer): each is added only when the content has that part, so an explainer without a
 * glossary has no /glossary/ page, and nothing links one (the model's `parts`).
 */
export const OPTIONAL_PAGES: Record<OptionalPart, { pattern: string; file: string }[]> = {
  actors: [
    { pattern: route(ACTORS_URL), file: 'actors/index.astro' },
    { pattern: `${ACTORS_URL}[id]`, file: 'actors/[id].astro' },
  ],
  sources: [
    { pattern: route(SOURCES_URL), file: 'sources/index.astro' },
    { pattern: `${SOURCES_URL}[id]`, file: 'sources/[id].astro' },
  ],
  glossary: [{ pattern: route(GLOSSARY_URL), file: 'glossary.astro' }],
  timeline: [{ pattern: route(TIMELINE_URL), file: 'timeline.astro' }],
};

/**
 * Stop a command (every one but `astro dev`) whose content did not load. The content's problems are the editor's to
 * fix, so they are printed as they are, a plain list, without Astro's wrapper around a failed hook or a stack trace
 * into the engine; any other error is the engine's, and is thrown with its stack.
 */
function stop(error: Error): never {
  if (error.name !== ContentError.name) throw error;
  console.error(
    `\n${error.message}\n\nFix these in the content folder (docs/content-reference.md describes every file and field), then run the command again.\n`,
  );
  process.exit(1);
}

export function explainer(loaded: Explainer | Unloaded): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // A content folder outside the project (CONTENT_DIR=../my-article) is watched too, so its changes restart the server.
        server.watcher.add(loaded.dir);
        // Astro restarts on a change to a file it was given (addWatchFile), not on a new or deleted one: a first glossary
        // term or a removed section would go unseen. Such an event is passed on as a change to explainer.yaml, which it
        // watches, so the server reads the folder again (the new part gets its pages, the removed one loses them).
        const known = new Set(loaded.files);
        const inContent = (file: string) => file.startsWith(loaded.dir + sep);
        const reread = () => server.watcher.emit('change', join(loaded.dir, 'explainer.yaml'));
        server.watcher.on('add', (file: string) => inContent(file) && !known.has(file) && reread());
        server.watcher.on('unlink', (file: string) => inContent(file) && known.has(file) && reread());
      },
      'astro:config:setup': ({ command, updateConfig, addWatchFile, injectRoute }) => {
        if (failed(loaded) && command !== 'dev') stop(loaded.error);
        // Which command renders the pages (they render in this process): the layout leaves the page's CSP out in
        // `astro dev`, whose live reload and error overlay are inline scripts. Not import.meta.env.PROD: a build
        // started with NODE_ENV=test (as from the test runner) has PROD false.
        process.env.EXPLAINER_COMMAND = command;
        if (!failed(loaded)) {
          for (const [part, pages] of Object.entries(OPTIONAL_PAGES) as [OptionalPart, (typeof OPTIONAL_PAGES)[OptionalPart]][]) {
            if (loaded.model.parts[part])
              for (const { pattern, file } of pages) injectRoute({ pattern, entrypoint: new URL(`./optional-pages/${file}`, import.meta.url) });
          }
        }
        // A changed content file restarts the dev server, which reads and checks the folder again (explainer.yaml even
        // when it is missing: adding it is a change too).
        for (const file of new Set([...loaded.files, join(loaded.dir, 'explainer.yaml')])) addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer-virtual-modules',
                resolveId: (id: string) => (id === VIRTUAL.model || id === VIRTUAL.bodies ? `\0${id}` : undefined),
                load(id: string) {
                  // `astro dev` with content that did not load: every page imports the model, so every page shows the problems.
                  if (failed(loaded) && (id === `\0${VIRTUAL.model}` || id === `\0${VIRTUAL.bodies}`)) throw loaded.error;
                  if (failed(loaded)) return undefined;
                  // One string literal for JSON.parse, not an object literal: with large content the bundler parses and walks
                  // one node instead of the whole model's tree, and JSON.parse is V8's fastest way to build it (pages are unchanged).
                  if (id === `\0${VIRTUAL.model}`) return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.model))});`;
                  if (id === `\0${VIRTUAL.bodies}`) {
                    const entries = Object.entries(loaded.bodies);
                    return [
                      ...entries.map(([, path], i) => `import { Content as body${i} } from ${JSON.stringify(path)};`),
                      `export default { ${entries.map(([slug], i) => `${JSON.stringify(slug)}: body${i}`).join(', ')} };`,
                    ].join('\n');
                  }
                  return undefined;
                },
              },
              // With content that did not load, English: every page shows the content's problems anyway.
              failed(loaded) ? i18nModules('en', {}) : i18nModules(loaded.model.explainer.site.locale, loaded.strings, loaded.model.explainer.article.kind),
            ],
          },
        });
      },
    },
  };
}
