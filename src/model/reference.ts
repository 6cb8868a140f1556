// The content reference (docs/content-reference.md): every file of a content folder, every field, its type,
// whether it is required, its limits, what it is for and an example, written from the schemas' own metadata
// (./schemas.ts, src/i18n/overrides.ts) by scripts/content-reference.ts (`npm run docs:content`). A test fails
// when the committed file differs from what the schemas generate, so the reference cannot drift from the build.
import type { z } from 'astro/zod';
import { OverridesDoc } from '../i18n/overrides.ts';
import { exampleOf, minimalValue, nodeOf, toYaml, type Node } from './schema-docs.ts';
import * as S from './schemas.ts';

export interface ContentFile {
  /** Its path in the content folder; `<id>` where each entry is a file of its own. */
  path: string;
  required: boolean;
  /** Its schema (a claim's: its frontmatter's), or none for a file the engine reads as it is. */
  schema?: z.ZodType;
  /** What it is, for a file without a schema (a schema's file says it in its own description). */
  about?: string;
}

/** Every file of a content folder, in the order an editor meets them. */
export const CONTENT_FILES: readonly ContentFile[] = [
  { path: 'explainer.yaml', required: true, schema: S.Explainer },
  {
    path: 'source-text.txt',
    required: true,
    about:
      'The explained text itself, exactly as received: one paragraph per line, its non-empty lines ¶1 … ¶N. Never edited: every claim’s body is checked against it, word for word.',
  },
  { path: 'claims/<id>.mdx', required: true, schema: S.Claim },
  { path: 'actors/<id>.yaml', required: false, schema: S.Actor },
  { path: 'sources/<id>.yaml', required: false, schema: S.Source },
  { path: 'unsourced.yaml', required: false, schema: S.UnsourcedEntries },
  { path: 'terms/<id>.yaml', required: false, schema: S.Term },
  { path: 'events/<id>.yaml', required: false, schema: S.TimelineEvent },
  { path: 'corrections.yaml', required: false, schema: S.CorrectionsFile },
  { path: 'i18n.yaml', required: false, schema: OverridesDoc },
  {
    path: 'changelog.yaml',
    required: false,
    about: 'The editors’ own record of what changed, file by file. Nothing reads it and readers never see it (their log is corrections.yaml).',
  },
];

/** One field of a file: its path as an editor reads it (`supports[].quote`), its key, its node, whether required. */
export interface Field {
  path: string;
  /** The path as values are reached (list entries as 0, a record's entries under its example key). */
  keys: (string | number)[];
  key: string;
  node: Node;
  required: boolean;
  depth: number;
}

const isGroup = (node: Node) => !!node.properties || (node.type === 'object' && typeof node.additionalProperties === 'object');
/** The node whose fields a value's fields are: an object's own, a list's entries', a record's entries'. */
function fieldsHolder(node: Node): { node: Node; keys: (string | number)[]; suffix: string } | undefined {
  if (node.properties) return { node, keys: [], suffix: '' };
  if (node.type === 'array' && node.items && isGroup(node.items)) return { ...fieldsHolder(node.items)!, keys: [0], suffix: '[]' };
  if (node.type === 'object' && typeof node.additionalProperties === 'object' && node.additionalProperties.properties) {
    return { node: node.additionalProperties, keys: [String(node.propertyNames?.examples?.[0] ?? 'id')], suffix: '.<id>' };
  }
  return undefined;
}

/** Every field of a file's schema, depth first, in the schema's order. */
export function fieldsOf(root: Node): Field[] {
  const out: Field[] = [];
  const walk = (holder: Node, prefix: string, keys: (string | number)[], depth: number) => {
    for (const [key, node] of Object.entries(holder.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push({ path, keys: [...keys, key], key, node, required: (holder.required ?? []).includes(key), depth });
      const inner = fieldsHolder(node);
      if (inner) walk(inner.node, `${path}${inner.suffix === '.<id>' ? '.<id>' : inner.suffix}`, [...keys, key, ...inner.keys], depth + 1);
    }
  };
  const top = fieldsHolder(root);
  // A file of `key: value` entries whose values are not groups (i18n.yaml): one field, its key and its value.
  if (!top && typeof root.additionalProperties === 'object') {
    const key = String(root.propertyNames?.examples?.[0] ?? 'key');
    const description = [root.propertyNames?.description, root.additionalProperties.description].filter(Boolean).join(' ');
    return [{ path: '<key>', keys: [key], key, node: { ...root.additionalProperties, description }, required: false, depth: 0 }];
  }
  if (top) walk(top.node, top.suffix === '[]' ? '[]' : top.suffix === '.<id>' ? '<id>' : '', top.keys, 0);
  return out;
}

const code = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const ticks = text.includes('`') ? '`` ' : '`';
  return `${ticks}${text}${ticks === '`' ? '`' : ' ``'}`;
};

/** Markdown that shows prose as written: outside code spans, a `<` is not a tag and a `*` not emphasis. */
const prose = (text: string) =>
  text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;').replace(/\*/g, '\\*')))
    .join('');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const SAFE_MAX = Number.MAX_SAFE_INTEGER;

/** What kind of value a field holds, in words. */
function typeOf(node: Node): string {
  if (node.shape) return node.shape;
  if (node.enum) return `one of ${node.enum.map(code).join(', ')}`;
  if (node.anyOf) return node.anyOf.map(typeOf).join(', or ');
  switch (node.type) {
    case 'string':
      return node.pattern ? `text matching ${code(node.pattern)}` : 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      return node.items ? (isGroup(node.items) ? 'a list of entries, each with the fields below' : `a list, each entry ${typeOf(node.items)}`) : 'a list';
    case 'object':
      return node.properties ? 'a group of the fields below' : 'entries, each under a name of its own';
    default:
      return 'any value';
  }
}

/** A field's limits, in words (lengths, ranges, list sizes). */
function limitsOf(node: Node): string[] {
  const limits: string[] = [];
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    if (min !== undefined && max !== undefined) limits.push(`${min}–${max} ${unit}s`);
    else if (min !== undefined) limits.push(`at least ${plural(min, unit)}`);
    else if (max !== undefined) limits.push(`at most ${plural(max, unit)}`);
  };
  range(node.minLength, node.maxLength, 'character');
  const max = node.maximum !== undefined && node.maximum < SAFE_MAX ? node.maximum : undefined;
  if (!node.shape && (node.minimum !== undefined || max !== undefined))
    limits.push(max !== undefined ? `${node.minimum ?? '…'}–${max}` : `from ${node.minimum}`);
  range(node.minItems || undefined, node.maxItems, 'entry');
  if (node.type === 'array' && node.items && !isGroup(node.items) && !node.items.shape) {
    const inner = limitsOf(node.items);
    if (inner.length) limits.push(`each ${inner.join(', ')}`);
  }
  return limits.map((l) => l.replace(/entrys\b/, 'entries'));
}

/** An example as a line of the file: `key: value` (short lists on one line). */
function exampleLine(key: string, node: Node): string | undefined {
  if (isGroup(node) || (node.type === 'array' && node.items && isGroup(node.items))) return undefined;
  const yaml = toYaml({ [key]: exampleOf(node) });
  return yaml.includes('\n') ? undefined : code(yaml);
}

function fieldEntry(f: Field): string {
  const { node } = f;
  const scalarDefault = node.default !== undefined && typeof node.default !== 'object' ? `, default ${code(node.default)}` : '';
  const head = [typeOf(node), ...limitsOf(node)].join('; ');
  const need = f.required ? '**required**' : `optional${scalarDefault}`;
  const lines = [`- ${code(f.path)} — ${prose(head)}; ${need}.`];
  if (node.description) lines.push(`  ${prose(node.description)}`);
  const example = exampleLine(f.key, node);
  if (example) lines.push(`  Example: ${example}`);
  const indent = '  '.repeat(f.depth);
  return lines.map((l, i) => (i ? `${indent}  ${l.trimStart()}` : `${indent}${l}`)).join('\n');
}

/** A file at its least: its example, else its required fields with theirs (a list: one entry; a claim: its frontmatter, then the text). */
export function leastFile(file: ContentFile): string | undefined {
  if (!file.schema) return undefined;
  const node = nodeOf(file.schema);
  const least = node.examples?.[0] ?? (node.type === 'array' && node.items ? [minimalValue(node.items)] : minimalValue(node));
  if (!file.path.endsWith('.mdx')) return toYaml(least);
  const { from, to } = (least as { paragraphs: { from: number; to: number } }).paragraphs;
  return `---\n${toYaml(least)}\n---\n\n¶${from} of the text, exactly as its line in source-text.txt.\n\n¶${from + 1}, and so on to ¶${to}: one Markdown paragraph each, a blank line between them.`;
}

/** GitHub's anchor for a heading. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const firstSentenceOf = (text: string) => S.firstSentence(text).replace(/:$/, '.');

/** The whole reference, as Markdown. */
export function contentReference(): string {
  const out: string[] = [
    '# Content reference',
    '',
    '<!-- Generated by `npm run docs:content` (scripts/content-reference.ts) from the zod schemas (src/model/schemas.ts, src/i18n/overrides.ts): do not edit by hand. tests/unit/content-reference.test.ts fails when this file differs from what the schemas generate. -->',
    '',
    'An explainer is a content folder (`content/`, or the folder `CONTENT_DIR` names). This page lists every file in it, every field of each file, its type, whether it is required, its limits, what it is for and an example. The build checks all of it before it builds anything, and lists every problem at once, naming the file, the field and the value; a missing required field is shown with what it is and its least form, as here.',
    '',
    "The YAML files are plain YAML. A text that YAML would read as something else goes in quotes: a year (`'2024'`), `yes` or `no`, a text starting with `@`, `[`, `{` or `*`, or containing `: `.",
    '',
    '| File | | What it is |',
    '|---|---|---|',
  ];
  for (const file of CONTENT_FILES) {
    const description = file.about ?? nodeOf(file.schema!).description ?? '';
    out.push(`| [${code(file.path)}](#${anchor(file.path)}) | ${file.required ? 'required' : 'optional'} | ${prose(firstSentenceOf(description))} |`);
  }
  for (const file of CONTENT_FILES) {
    out.push('', `## ${code(file.path)}`, '');
    const node = file.schema ? nodeOf(file.schema) : undefined;
    const description = file.about ?? node?.description ?? '';
    out.push(`${file.required ? '**Required.**' : '**Optional.**'} ${prose(description)}`);
    if (!node) continue;
    if (node.rules?.length) out.push('', 'Rules about the whole entry:', '', ...node.rules.map((r) => `- ${prose(r.charAt(0).toUpperCase() + r.slice(1))}.`));
    out.push('', 'At least:', '', file.path.endsWith('.mdx') ? '```mdx' : '```yaml', leastFile(file)!, '```', '', 'Fields:', '');
    out.push(...fieldsOf(node).map(fieldEntry));
  }
  return `${out.join('\n')}\n`;
}
