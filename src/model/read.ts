// Reads a content folder once: every file parsed and validated by its schema
// (./schemas.ts). Returns the parsed entries, each with its file and id, or
// throws one ContentError listing every problem (file, field, value).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { splitParagraphs } from './article-text.ts';
import * as S from './schemas.ts';

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

export type Entry<T> = T & { id: string; file: string };

export interface SectionEntry extends Entry<S.SectionData> {
  /** Absolute path of the MDX file (its body is the article's text, rendered by Astro). */
  path: string;
}

export interface Content {
  /** The content folder, absolute. */
  dir: string;
  explainer: S.ExplainerData;
  /** The golden copy: the article's paragraphs, index 0 = ¶1. */
  golden: string[];
  sections: SectionEntry[];
  actors: Entry<S.ActorData>[];
  sources: Entry<S.SourceData>[];
  unsourced: Entry<S.UnsourcedData>[];
  glossary: Entry<S.TermData>[];
  timeline: Entry<S.TimelineEventData>[];
  /** The corrections log, in file order (id: its position, c1, c2, …). */
  corrections: (S.CorrectionData & { id: string })[];
}

/** The content folder: CONTENT_DIR (relative to the project root) or content/. */
export const contentDir = (env: string | undefined = process.env.CONTENT_DIR) => resolve(process.cwd(), env || 'content');

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Validate one value; problems name the file, the field and the value found. */
function validate<T extends z.ZodType>(schema: T, value: unknown, file: string, problems: string[]): z.output<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    let found: unknown = value;
    for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (${issue.keys.join(', ')})` : '';
    problems.push(`${file}: \`${path || '(file)'}\`${found !== undefined && !keys ? ` = ${show(found)}` : ''}: ${issue.message}${keys}`);
  }
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

/** Read and validate every content file under `dir`. */
export function readContent(dir: string = contentDir()): Content {
  const problems: string[] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  const need = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) problems.push(`${rel(path)}: missing (every explainer has ${name})`);
    return path;
  };

  const explainerPath = need('explainer.yaml');
  const explainer = existsSync(explainerPath) ? validate(S.Explainer, parseYaml(explainerPath, rel(explainerPath), problems), rel(explainerPath), problems) : undefined;
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
    return readdirSync(path).filter((f) => f.endsWith(ext)).sort().map((f) => join(path, f));
  };
  function yamlDir<T extends z.ZodType>(sub: string, schema: T): Entry<z.output<T>>[] {
    return files(sub, '.yaml').flatMap((path) => {
      const data = validate(schema, parseYaml(path, rel(path), problems), rel(path), problems);
      return data ? [{ ...data, id: basename(path, '.yaml'), file: rel(path) }] : [];
    });
  }

  const sections = files('sections', '.mdx').flatMap((path): SectionEntry[] => {
    const text = readFileSync(path, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) {
      problems.push(`${rel(path)}: no frontmatter (a section starts with --- title, slug, order, claim, explanation, paragraphs ---)`);
      return [];
    }
    let front: unknown;
    try {
      front = parse(match[1]!);
    } catch (e) {
      problems.push(`${rel(path)}: frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      return [];
    }
    const data = validate(S.Section, front, rel(path), problems);
    return data ? [{ ...data, id: basename(path, '.mdx'), file: rel(path), path }] : [];
  });
  if (!sections.length && !problems.length) problems.push(`${rel(join(dir, 'sections'))}: no sections (*.mdx)`);

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
    sections,
    actors: yamlDir('actors', S.Actor),
    sources: yamlDir('sources', S.Source),
    unsourced,
    glossary: yamlDir('glossary', S.Term),
    timeline: yamlDir('timeline', S.TimelineEvent),
    corrections,
  };
  if (problems.length) throw new ContentError(problems);
  return content;
}
