// Every language the interface speaks. To add one: copy en.ts to <language>.ts (its
// BCP 47 language subtag, or a full tag such as pt-BR for a regional variant), type it
// `Dictionary`, translate every message (plural ones with exactly the language's plural
// categories, tests/unit/i18n.test.ts), and list it here. `astro check` fails while a key
// is missing. A locale with no dictionary gets the English one (./core.ts).
import type { Dictionary } from './types.ts';
import en from './en.ts';
import fr from './fr.ts';
import de from './de.ts';
import es from './es.ts';
import ru from './ru.ts';
import uk from './uk.ts';
import ar from './ar.ts';

export const dictionaries = { en, fr, de, es, ru, uk, ar } as const satisfies Record<string, Dictionary>;

export type Language = keyof typeof dictionaries;
