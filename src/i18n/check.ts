// What makes a message right for its key, whoever wrote it (a dictionary, or an
// explainer's i18n.yaml): the same placeholders as English, and for plural messages
// exactly the plural categories of its language. The dictionaries' tests and the
// content check share these, so both say the same thing.
import en from './en.ts';
import { isPlural, placeholders, WORK_VARS } from './core.ts';
import type { Key, Message, PluralCategory } from './types.ts';

export const KEYS = Object.keys(en) as Key[];

/** The plural categories a language distinguishes (CLDR, through Intl.PluralRules). */
export const categoriesOf = (tag: string) => new Intl.PluralRules(tag).resolvedOptions().pluralCategories as PluralCategory[];

/** The explained text's placeholders ({work}, {WorkOf}…): any message may use any of them, or none (core.ts fills them). */
const WORK_NAMES = new Set(Object.keys(WORK_VARS).flatMap((name) => [name, name[0]!.toUpperCase() + name.slice(1)]));

const forms = (m: Message) => (isPlural(m) ? Object.entries(m) : [['', m] as const]);
const namesIn = (m: Message) => new Set(forms(m).flatMap(([, text]) => placeholders(text ?? '').filter((n) => !WORK_NAMES.has(n))));
const show = (names: Iterable<string>) => [...names].map((n) => `{${n}}`).join(' ') || 'none';

/** Forms that may leave the number out, saying it in words ("one page", Arabic's dual). */
const COUNT_IMPLIED = new Set(['zero', 'one', 'two']);

/** Why a message does not fit its key in language `tag`, as sentences (none when it fits). */
export function messageProblems(key: Key, message: Message, tag: string): string[] {
  const reference = en[key] as Message;
  const problems: string[] = [];
  if (isPlural(reference) !== isPlural(message)) {
    return [
      isPlural(reference)
        ? `\`${key}\` has one form per plural category (${categoriesOf(tag).join(', ')}), not one text`
        : `\`${key}\` is one text, not plural forms`,
    ];
  }
  const expected = namesIn(reference);
  if (isPlural(message)) {
    const want = categoriesOf(tag);
    const have = Object.keys(message);
    const missing = want.filter((c) => !have.includes(c));
    const extra = have.filter((c) => !want.includes(c as PluralCategory));
    if (missing.length) problems.push(`\`${key}\` lacks the plural form${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${tag} has ${want.join(', ')})`);
    if (extra.length)
      problems.push(`\`${key}\` has plural form${extra.length > 1 ? 's' : ''} ${extra.join(', ')} that ${tag} does not use (it has ${want.join(', ')})`);
  }
  for (const [form, text] of forms(message)) {
    const names = new Set(placeholders(text ?? '').filter((n) => !WORK_NAMES.has(n)));
    const unknown = [...names].filter((n) => !expected.has(n));
    const lacking = [...expected].filter((n) => !names.has(n) && !(n === 'count' && COUNT_IMPLIED.has(form)));
    const where = form ? `\`${key}\` (${form})` : `\`${key}\``;
    if (unknown.length || lacking.length) problems.push(`${where} has placeholders ${show(names)}; it takes ${show(expected)}`);
  }
  return problems;
}
