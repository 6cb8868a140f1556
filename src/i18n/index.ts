// The interface's words and formats, bound to this explainer: its locale
// (explainer.yaml `site.locale`) and its content folder's i18n.yaml, read and checked
// with the rest of the content (src/integration.ts). Pages and components import from
// here: `t('claim.ours')`, `formatDate(…)`; ./core.ts says what each does.
import { site } from '../model';
import overrides from 'virtual:explainer/i18n';
import { createI18n } from './core';

export const i18n = createI18n({ locale: site.locale, overrides });
export const { t, attrs, dir, formatDate, formatWhen, formatGap, formatList, formatNumber, formatSize, compare } = i18n;
export type { Key } from './types';
