// The interface's words as Vite modules, for the build:
//   virtual:explainer/i18n         the content folder's i18n.yaml (checked), for ./index.ts
//   virtual:explainer/ui/<script>  the words a browser script shows, compiled into it (./script-messages.ts)
import { createI18n, type Overrides } from './core.ts';
import type { WorkKind } from '../model/schemas.ts';
import { SCRIPTS, scriptModule, type Script } from './script-messages.ts';

const OVERRIDES = 'virtual:explainer/i18n';
const UI = 'virtual:explainer/ui/';

export function i18nModules(locale: string, overrides: Overrides, kind?: WorkKind) {
  const i18n = createI18n({ locale, overrides, ...(kind ? { kind } : {}) });
  return {
    name: 'explainer-i18n-modules',
    resolveId: (id: string) => (id === OVERRIDES || (id.startsWith(UI) && Object.hasOwn(SCRIPTS, id.slice(UI.length))) ? `\0${id}` : undefined),
    load(id: string) {
      if (id === `\0${OVERRIDES}`) return `export default ${JSON.stringify(overrides)};`;
      if (id.startsWith(`\0${UI}`)) return scriptModule(i18n, id.slice(UI.length + 1) as Script);
      return undefined;
    },
  };
}
