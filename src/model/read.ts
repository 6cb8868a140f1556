// Reads a content folder once: every file parsed and validated by its schema
// (./schemas.ts), and every claim's body checked against the article (./bodies.ts).
// Returns the parsed entries, each with its file and id, or throws one ContentError
// listing every problem of every file (file, field, value), bodies included.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { splitParagraphs } from './article-text.ts';
import { checkBody } from './bodies.ts';
import { fieldsAt, missingValue, nodeAt, nodeOf } from './schema-docs.ts';
import * as S from './schemas.ts';
import { didYouMean } from './similar.ts';

/** Every problem of a content folder, one per line (a problem's example continues on lines of its own, indented). */
export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string[]) {
    super(`Content problems (${problems.length}):\n- ${problems.map((p) => p.replace(/\n/g, '\n  ')).join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export type Entry<T> = T & { id: string; file: string };

export interface ClaimEntry extends Entry<S.ClaimData> {
  /** Absolute path of the MDX file (its body is the article's text, rendered by Astro). */
  path: string;
}

export interface Content {
  /** The content folder, absolute. */
  dir: string;
  explainer: S.ExplainerData;
  /** The golden copy: the article's paragraphs, index 0 = ¶1. */
  golden: string[];
  /** claims/*.mdx: one claim of the article each. */
  claims: ClaimEntry[];
  actors: Entry<S.ActorData>[];
  sources: Entry<S.SourceData>[];
  unsourced: Entry<S.UnsourcedData>[];
  /** terms/*.yaml: the glossary's entries. */
  terms: Entry<S.TermData>[];
  /** events/*.yaml: the timeline's entries. */
  events: Entry<S.TimelineEventData>[];
  /** The corrections log, in file order (id: its position, c1, c2, …). */
  corrections: (S.CorrectionData & { id: string })[];
}

/** The content folder: CONTENT_DIR (relative to the project root) or content/. */
export const contentDir = (env: string | undefined = process.env.CONTENT_DIR) => resolve(process.cwd(), env || 'content');

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const indent = (text: string) => text.replace(/^/gm, '  ');

/** One issue of a file's schema, in words: the field, the value found and what is wrong, or what is missing and its least form. */
function describeIssue(schema: z.ZodType, value: unknown, file: string, issue: z.core.$ZodIssue): string[] {
  const path = issue.path.join('.');
  const field = `\`${path || '(file)'}\``;
  let found: unknown = value;
  for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  if (issue.code === 'unrecognized_keys') {
    // Each unknown key on its own, with the nearest known one and the fields the place may have.
    const fields = fieldsAt(schema, issue.path);
    return issue.keys.map(
      (key) => `${file}: ${field}: Unrecognized key: "${key}".${didYouMean(key, fields)}${fields.length ? ` The fields here: ${fields.join(', ')}.` : ''}`,
    );
  }
  // A value that is not there at all (a type or an option expected, nothing found): what it is, and its least form.
  // (`key:` with nothing after it is YAML's null: empty, as good as missing.)
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && (found === undefined || found === null)) {
    const missing = missingValue(schema, issue.path);
    const what = !issue.path.length ? 'the file is empty' : found === null ? `${field} is empty` : `${field} is missing`;
    if (missing) return [`${file}: ${what}: ${missing.description ? `${missing.description} ` : ''}At least:\n${indent(missing.example)}`];
  }
  let message = issue.message;
  // YAML reads 2024, 1.5, yes and no as numbers and booleans: a text field needs them in quotes.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
    message += `: YAML reads ${show(found)} as a ${typeof found}; put it in quotes ('${show(found)}')`;
  }
  const near = issue.code === 'invalid_value' && typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : '';
  if (near) message += `.${near}`;
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string' && typeof found === 'string') {
    message += ` (it has ${[...found].length})`;
  }
  // A value of the wrong kind where a shared kind is expected (a number for an id): say what that kind is.
  const shape = issue.code === 'invalid_type' ? nodeAt(nodeOf(schema), issue.path)?.shape : undefined;
  if (shape) message += ` (${shape})`;
  return [`${file}: ${field}${found !== undefined ? ` = ${show(found)}` : ''}: ${message}`];
}

/** Validate one value; problems name the file, the field and the value found (a missing field: what it is, and its least form). */
function validate<T extends z.ZodType>(schema: T, value: unknown, file: string, problems: string[]): z.output<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(...describeIssue(schema, value, file, issue));
  return undefined;
}

function parseYaml(path: string, rel: string, problems: string[]): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${rel}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** What reading a content folder found: the content (complete only without problems), and every problem. */
export interface Read {
  content: Content;
  /** Each file's problems with its schema (the content is incomplete while there are any). */
  problems: string[];
  /** The claims' bodies' problems (the article's text changed, a paragraph missing): the content is complete without them. */
  bodies: string[];
  /** The explainer's locale, when explainer.yaml gives a valid one (even if other fields are wrong). */
  locale: string | undefined;
}

/** Read and validate every content file under `dir`, and check every claim's body against the article: never throws. */
export function readFolder(dir: string = contentDir()): Read {
  const problems: string[] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  const need = (name: string, least?: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) problems.push(`${rel(path)}: missing (every explainer has ${name})${least ? `; at least:\n${indent(least)}` : ''}`);
    return path;
  };

  const explainerPath = need('explainer.yaml', missingValue(S.Explainer, [])?.example);
  const explainerRaw = existsSync(explainerPath) ? parseYaml(explainerPath, rel(explainerPath), problems) : undefined;
  const explainer = existsSync(explainerPath) ? validate(S.Explainer, explainerRaw, rel(explainerPath), problems) : undefined;
  const rawLocale = S.Explainer.shape.site.shape.locale.safeParse((explainerRaw as { site?: { locale?: unknown } } | undefined)?.site?.locale);
  // Where readers report errors is often known only at deploy time (like SITE_URL): REPORT_URL wins over the content's.
  const reportUrl = process.env.REPORT_URL;
  if (explainer && reportUrl) {
    const checked = S.contactUrl.safeParse(reportUrl);
    if (checked.success) explainer.maker.contact = checked.data;
    else problems.push(`REPORT_URL: \`${reportUrl}\`: ${checked.error.issues[0]?.message ?? 'not a contact address'}`);
  }
  const goldenPath = need('source-text.txt');
  const golden = existsSync(goldenPath) ? splitParagraphs(readFileSync(goldenPath, 'utf8')) : [];

  const files = (sub: string, ext: string) => {
    const path = join(dir, sub);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => join(path, f));
  };
  function yamlDir<T extends z.ZodType>(sub: string, schema: T): Entry<z.output<T>>[] {
    return files(sub, '.yaml').flatMap((path) => {
      const data = validate(schema, parseYaml(path, rel(path), problems), rel(path), problems);
      return data ? [{ ...data, id: basename(path, '.yaml'), file: rel(path) }] : [];
    });
  }

  // A claim file at its least: its frontmatter's required fields, then the article's paragraphs.
  const leastClaim = () =>
    `---\n${missingValue(S.Claim, [])!.example}\n---\n\n${golden[0] ?? 'The first paragraph of the article, exactly as in source-text.txt.'}`;
  // Every body is checked against the article now, all at once (MDX compiles them one at a time, stopping at the first).
  const bodyRule = { golden, crossheads: explainer ? new Set(explainer.article.crossheads) : undefined };
  const bodies: string[] = [];
  const claims = files('claims', '.mdx').flatMap((path): ClaimEntry[] => {
    const text = readFileSync(path, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) {
      problems.push(`${rel(path)}: no frontmatter: a claim starts with its frontmatter between --- lines, at least:\n${indent(leastClaim())}`);
      return [];
    }
    let front: unknown;
    try {
      front = parse(match[1]!);
    } catch (e) {
      problems.push(`${rel(path)}: frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      return [];
    }
    const data = validate(S.Claim, front, rel(path), problems);
    if (data && golden.length) bodies.push(...checkBody(text, data.paragraphs, bodyRule, rel(path)));
    return data ? [{ ...data, id: basename(path, '.mdx'), file: rel(path), path }] : [];
  });
  // The folders' former names: a content folder written for an older engine says what to rename, rather than lose its files.
  for (const [old, now] of [
    ['sections', 'claims'],
    ['glossary', 'terms'],
    ['timeline', 'events'],
  ] as const) {
    if (existsSync(join(dir, old)))
      problems.push(
        `${rel(join(dir, old))}/: this folder is now called ${now}/ (one name for one thing: a claim, a term, an event): rename it, e.g. \`git mv ${old} ${now}\`.`,
      );
  }
  if (!files('claims', '.mdx').length)
    problems.push(
      `${rel(join(dir, 'claims'))}: no claims (*.mdx): every explainer has at least one, for example claims/01-first-claim.mdx:\n${indent(leastClaim())}`,
    );

  const unsourcedPath = join(dir, 'unsourced.yaml');
  const unsourcedRaw = existsSync(unsourcedPath) ? (parseYaml(unsourcedPath, rel(unsourcedPath), problems) ?? {}) : {};
  const unsourced = Object.entries(validate(S.UnsourcedFile, unsourcedRaw, rel(unsourcedPath), problems) ?? {}).flatMap(([id, value]) => {
    const data = validate(S.Unsourced, value, `${rel(unsourcedPath)} (${id})`, problems);
    return data ? [{ ...data, id, file: rel(unsourcedPath) }] : [];
  });

  const correctionsPath = join(dir, 'corrections.yaml');
  const correctionsRaw = existsSync(correctionsPath) ? (parseYaml(correctionsPath, rel(correctionsPath), problems) ?? []) : [];
  const corrections = (validate(S.CorrectionsFile, correctionsRaw, rel(correctionsPath), problems) ?? []).map((c, i) => ({ ...c, id: `c${i + 1}` }));

  const content = {
    dir,
    explainer: explainer!,
    golden,
    claims,
    actors: yamlDir('actors', S.Actor),
    sources: yamlDir('sources', S.Source),
    unsourced,
    terms: yamlDir('terms', S.Term),
    events: yamlDir('events', S.TimelineEvent),
    corrections,
  };
  return { content, problems, bodies, locale: rawLocale.success ? rawLocale.data : undefined };
}

/** Read and validate every content file under `dir`; throws one ContentError listing every problem. */
export function readContent(dir: string = contentDir()): Content {
  const { content, problems, bodies } = readFolder(dir);
  if (problems.length || bodies.length) throw new ContentError([...problems, ...bodies]);
  return content;
}
