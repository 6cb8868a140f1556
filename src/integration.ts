// The explainer engine as an Astro integration. The config reads and checks
// the content folder once (./explainer.ts loadExplainer → the model), gives the Markdown
// plugins their options from that model (markdownConfig), and this
// integration hands the same model to every page through virtual modules:
//   virtual:explainer/model   the model (JSON), see src/model/build.ts
//   virtual:explainer/bodies  slug → the section's MDX body (the article's text), rendered by Astro
// Like Starlight's user config: validated once, imported by pages, never re-derived.
// What the build makes besides the pages (link-preview cards, downloads, search index, host headers) is the
// outputs' (./outputs/), which have integrations of their own.
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import type { Explainer } from './explainer.ts';
import remarkArticleParagraphs from './plugins/remark-article-paragraphs.ts';
import rehypeParagraphNumbers from './plugins/rehype-paragraph-numbers.ts';
import rehypeLinkMentions, { type Options as MentionOptions } from './plugins/rehype-link-mentions.ts';
import rehypeStatementMarks from './plugins/rehype-statement-marks.ts';
import { shortParagraphUrl } from './model/urls.ts';

// The same plugin a second time, under its own name: unified merges the options of a plugin used twice.
const rehypeLinkTerms = (options: MentionOptions) => rehypeLinkMentions(options);

/** Astro's `markdown` settings: the unified processor (Astro 7's default, Sätteri, ignores remark/rehype plugins), options from the model. */
export function markdownConfig({ model }: Explainer) {
  const golden = model.paragraphs.map((p) => p.text);
  return {
    syntaxHighlight: false as const, // no code on this site; Shiki's inline styles would fight the CSP
    processor: unified({
      smartypants: false, // the article's punctuation is already typographic; never rewrite it
      remarkPlugins: [[remarkArticleParagraphs, { golden, crossheads: new Set(model.explainer.article.crossheads) }]],
      rehypePlugins: [
        [rehypeParagraphNumbers, { href: shortParagraphUrl }],
        // Names and terms: their first mention on the page; terms after the actors, so a term never splits a name.
        [rehypeLinkMentions, { entries: model.mentionEntries.actors, scope: 'page', kind: 'actor' }],
        [rehypeLinkTerms, { entries: model.mentionEntries.terms, scope: 'page', kind: 'term' }],
        [
          rehypeStatementMarks,
          {
            statements: model.statements,
            sources: Object.fromEntries(model.sources.map((s) => [s.id, { weak: s.weak, anchor: s.anchor }])),
          },
        ],
      ],
    }),
  };
}

const VIRTUAL = { model: 'virtual:explainer/model', bodies: 'virtual:explainer/bodies' } as const;

export function explainer(loaded: Explainer): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        // A changed content file restarts the dev server, which reads and checks the folder again.
        for (const file of loaded.files) addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer-virtual-modules',
                resolveId: (id: string) => (id === VIRTUAL.model || id === VIRTUAL.bodies ? `\0${id}` : undefined),
                load(id: string) {
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
            ],
          },
        });
      },
    },
  };
}
