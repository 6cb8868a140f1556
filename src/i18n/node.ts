// The interface's words for code that runs outside Astro's pages (src/outputs/, the command lines, in Node and
// in worker threads, without Vite's virtual modules): the same as ./index.ts gives the pages, from the model's
// locale and kind and the content folder's i18n.yaml (CONTENT_DIR, as the build read it).
import type { Model } from '../model/build.ts';
import { contentDir } from '../model/read.ts';
import { createI18n, type I18n } from './core.ts';
import { readOverrides } from './overrides.ts';
import { createWorkSentences, type WorkSentences } from '../lib/render/work.ts';

const made = new Map<string, { i18n: I18n; work: WorkSentences }>();

/** The interface of the explainer `model` was built from (its content folder: `dir`). */
export function modelI18n(model: Pick<Model, 'explainer'>, dir = contentDir()): { i18n: I18n; work: WorkSentences } {
  const { locale } = model.explainer.site;
  const { kind } = model.explainer.article;
  const id = JSON.stringify([dir, locale, kind]);
  let found = made.get(id);
  if (!found) {
    const i18n = createI18n({ locale, kind, overrides: readOverrides(dir, locale) });
    found = { i18n, work: createWorkSentences(i18n) };
    made.set(id, found);
  }
  return found;
}
