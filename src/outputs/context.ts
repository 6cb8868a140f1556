// What every output is made from: the built site, the model the build read, and the site's address. The build
// hands the integration's own (./integration.ts); a command line (scripts/formats.ts, …) reads the content folder
// and the address the way astro.config.ts does, so both make the same files.
import type { Model } from '../model/build.ts';
import { loadExplainerOrThrow, siteAddress } from '../explainer.ts';
import { createI18n, type I18n, type Overrides } from '../i18n/core.ts';
import type { Env } from './formats.ts';

export interface OutputContext {
  /** The built site's folder, as the log lines name it (dist, dist-explainers/pocket-park). */
  dist: string;
  /** The model the pages were built from. */
  model: Model;
  /** The site's address (Astro's `site`). */
  site: URL;
  /** The content folder's wording of the interface (i18n.yaml), as the pages were built with it. */
  strings: Overrides;
  env: Env;
  log: (line: string) => void;
}

/** The context of a command line run on a site already built: the content folder and address as the build reads them. */
export function commandLineContext({
  dist = process.env.DIST_DIR ?? 'dist',
  log = console.log,
}: { dist?: string | undefined; log?: (line: string) => void } = {}): OutputContext {
  const { model, strings } = loadExplainerOrThrow();
  return { dist, model, site: new URL(siteAddress(model)), strings, env: process.env, log };
}

/** The interface's words and formats for the outputs, as the pages have them: the explainer's locale, kind and i18n.yaml. */
export const outputI18n = ({ model, strings }: Pick<OutputContext, 'model' | 'strings'>): I18n =>
  createI18n({ locale: model.explainer.site.locale, kind: model.explainer.article.kind, overrides: strings });
