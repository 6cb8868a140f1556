// What a source is (its origin, sources/*.yaml `origin`), in the interface's words: "wire copy (the agency)", "state media
// (the state)". The model keeps the English label for the open data (src/model/build.ts `originLabel`, which a unit test
// keeps the same as these words in English); the pages word it here.
import type { I18n } from '../../i18n/core.ts';
import type { SourceData } from '../../model/schemas.ts';

export function originText(i18n: Pick<I18n, 't'>, s: Pick<SourceData, 'origin' | 'via' | 'state'>): string {
  const { t } = i18n;
  switch (s.origin) {
    case 'primary':
      return t('origin.primary');
    case 'outlet':
      return t('origin.outlet');
    case 'wire':
      return s.via ? t('origin.wireVia', { via: s.via }) : t('origin.wire');
    case 'mirror':
      return s.via ? t('origin.mirrorVia', { via: s.via }) : t('origin.mirror');
    case 'reference':
      return t('origin.reference');
    case 'community':
      return t('origin.community');
    case 'state-media':
      return t('origin.stateMedia', { state: s.state ?? '' });
    case 'blog':
      return t('origin.blog');
    case 'unknown':
      return t('origin.unknown');
  }
}
