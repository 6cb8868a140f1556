// Every language the interface speaks. To add one: copy en.ts to <language>.ts (its
// BCP 47 language subtag, or a full tag such as pt-BR for a regional variant), type it
// `Dictionary`, translate every message (plural ones with exactly the language's plural
// categories), and list it here. `astro check` fails while a key is missing.
import type { Dictionary } from './types';
import en from './en';

export const dictionaries = { en } as const satisfies Record<string, Dictionary>;

export type Language = keyof typeof dictionaries;
