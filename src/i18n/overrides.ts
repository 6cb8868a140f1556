// An explainer's own wording of the interface: i18n.yaml in its content folder, one
// `key: text` per string it words differently (or, for a language the engine has no
// dictionary for, words at all), plural messages as one text per plural category:
//
//   claim.ours: The claim, as we read it
//   timeline.zoom:
//     one: "{count} event, shown below"
//     other: "{count} events, shown below"
//
// Checked when the content is read, like every content file: the keys are the
// dictionary's (an unknown key fails naming the nearest), and each text has the
// placeholders and plural forms its key needs (./check.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { findInternal } from '../model/reader-words.ts';
import { ContentError } from '../model/read.ts';
import type { Overrides } from './core.ts';
import { didYouMean } from '../model/similar.ts';
import { KEYS, messageProblems } from './check.ts';
import type { Key, Message } from './types.ts';

export const OVERRIDES_FILE = 'i18n.yaml';

const text = z.string().trim().min(1, { error: 'an empty text; leave the key out to keep the dictionary’s words' });

/** The schema of i18n.yaml for a locale: every key optional, each a text or (for plural keys) its language's plural forms. */
export function overridesSchema(locale: string) {
  // A text or plural forms for any key: which one a key needs, and which forms, is said by messageProblems.
  const message = z.union([text, z.record(z.string(), text)]).optional();
  const shape = Object.fromEntries(KEYS.map((k) => [k, message]));
  return z.strictObject(shape).superRefine((value, ctx) => {
    for (const [key, message] of Object.entries(value)) {
      if (message === undefined) continue;
      for (const problem of messageProblems(key as Key, message as Message, locale)) ctx.addIssue({ code: 'custom', path: [key], message: problem });
      for (const form of typeof message === 'string' ? [message] : Object.values(message)) {
        const hit = findInternal(form);
        if (hit) ctx.addIssue({ code: 'custom', path: [key], message: `readers would see ${hit.what} (“${hit.found}”)` });
      }
    }
  });
}

/** i18n.yaml as the content reference (docs/content-reference.md) describes it; the check itself is overridesSchema's, for the explainer's locale. */
export const OverridesDoc = z
  .record(
    z
      .string()
      .meta({ description: 'A key of the interface’s dictionary (src/i18n/en.ts lists them all, with their English words).', examples: ['claim.ours'] }),
    z.union([text, z.record(z.string(), text)]).meta({
      description:
        'The words for the key, keeping its {placeholders}; for a plural message (a dictionary entry with one, other…), one text per plural category of the language (Russian: one, few, many, other; Arabic: zero, one, two, few, many, other).',
      shape: 'a text, or one text per plural category',
      examples: ['The claim, as we read it'],
    }),
  )
  .meta({
    description:
      'The explainer’s own wording of the interface: one `key: text` per string it words differently (or, for a language the engine has no dictionary for, words at all). An unknown key, a missing or extra placeholder or plural form stops the build.',
  });

/** Read and check `dir`/i18n.yaml (none: no rewording); throws a ContentError naming the file, each key and value. */
export function readOverrides(dir: string, locale: string): Overrides {
  const path = join(dir, OVERRIDES_FILE);
  if (!existsSync(path)) return {};
  const file = relative(process.cwd(), path) || path;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (e) {
    throw new ContentError([`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`]);
  }
  const result = overridesSchema(locale).safeParse(data);
  if (result.success) return result.data as Overrides;
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => `${file}: \`${k}\` is not a string of the interface.${didYouMean(k, KEYS)}`);
    }
    const path = issue.path.join('.');
    return [`${file}: \`${path || '(file)'}\`: ${issue.message}`];
  });
  throw new ContentError(problems);
}
