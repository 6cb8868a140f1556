// The interface's words and formats, bound to this explainer: its locale
// (explainer.yaml `site.locale`) and its content folder's i18n.yaml, read and checked
// with the rest of the content (src/integration.ts). Pages and components import from
// here: `t('claim.ours')`, `formatDate(…)`; ./core.ts says what each does.
import { article, site } from '../model/index.ts';
import overrides from 'virtual:explainer/i18n';
import { createI18n } from './core.ts';

export const i18n = createI18n({ locale: site.locale, overrides, kind: article.kind });
export const { t, attrs, dir, workForm, capitalise, formatDate, formatWhen, formatGap, formatList, formatNumber, formatSize, compare } = i18n;
export type { Key } from './types.ts';
