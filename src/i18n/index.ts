// The interface's words and formats, bound to this explainer: its locale
// (explainer.yaml `site.locale`) and its content folder's i18n.yaml, read and checked
// with the rest of the content (src/integration.ts). Pages and components import from
// here: `t('claim.ours')`, `formatDate(…)`; ./core.ts says what each does. `work` builds
// the sentences about the explained text (src/lib/render/work.ts), `statuses` names
// each statement's status (src/lib/render/status.ts), in the same words.
import { article, site } from '../model/index.ts';
import overrides from 'virtual:explainer/i18n';
import { createI18n } from './core.ts';
import { createWorkSentences } from '../lib/render/work.ts';
import { statusWords } from '../lib/render/status.ts';

export const i18n = createI18n({ locale: site.locale, overrides, kind: article.kind });
export const { t, attrs, dir, workForm, capitalise, formatDate, formatMonth, formatWhen, formatGap, formatList, formatNumber, formatSize, compare } = i18n;
export const work = createWorkSentences(i18n);
export const statuses = statusWords(i18n);
export type { Key } from './types.ts';
