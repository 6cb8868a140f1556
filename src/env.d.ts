// Types of the engine's virtual modules (src/integration.ts).
declare module 'virtual:explainer/model' {
  const model: import('./model/build.ts').Model;
  export default model;
}
declare module 'virtual:explainer/bodies' {
  const bodies: Record<string, import('astro/runtime/server/index.js').AstroComponentFactory>;
  export default bodies;
}
declare module 'virtual:explainer/i18n' {
  const overrides: import('./i18n/core.ts').Overrides;
  export default overrides;
}
declare module 'virtual:explainer/ui/share' {
  const words: import('./i18n/script-messages.ts').ScriptModule<'share'>;
  export = words;
}
declare module 'virtual:explainer/ui/search' {
  const words: import('./i18n/script-messages.ts').ScriptModule<'search'>;
  export = words;
}

// citation-js ships no types: the little of its API that src/lib/cite uses.
declare module '@citation-js/core' {
  /** The citeproc-js methods src/lib/cite calls. */
  interface CiteprocEngine {
    updateItems(ids: string[]): void;
    /** [formatting parameters, one HTML string per registered item]. */
    makeBibliography(): [Record<string, unknown>, string[]];
    makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | Record<string, unknown>[];
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void };
        /** CSL locales by tag ("fr-FR"): citation-js ships a few; more may be added. */
        locales: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string };
        /** The citeproc-js engine citation-js keeps per style and locale, with `items` registered for retrieval. */
        engine(items: { id: string }[], style: string, lang: string, format: string): CiteprocEngine;
      };
      get(name: '@bibtex'): { format: { asciiOnly: boolean } };
    };
    input: { chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[] };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/date' {
  export function parse(date: string): Record<string, unknown>;
}
