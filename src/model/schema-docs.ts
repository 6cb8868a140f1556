// What the schemas say about a field, for editors: its description, type, limits and example, read from the
// schemas' own metadata (./schemas.ts, `.meta({ description, examples, shape, rules })`) through zod's JSON Schema.
// Two readers: the content reference (./reference.ts, docs/content-reference.md) and the error for a missing
// required field (./read.ts), which quotes the field's description and shows its minimal form, so both say the same.
import { z } from 'astro/zod';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

/** The JSON Schema of a content file, as zod writes it for its input (what an editor writes), plus our metadata. */
export interface Node {
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
  propertyNames?: Node;
  items?: Node;
  anyOf?: Node[];
  /** Our words for a shared kind of value (an id, a day, a web address…), set on the shared schema. */
  shape?: string;
  /** Rules about a whole entry (./schemas.ts withRules). */
  rules?: string[];
}

const cache = new WeakMap<z.ZodType, Node>();
/** A schema's JSON Schema for its input, every shared schema written out in place (no $ref). */
export function nodeOf(schema: z.ZodType): Node {
  let node = cache.get(schema);
  if (!node) {
    node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as Node;
    cache.set(schema, node);
  }
  return node;
}

/** The node of the value at `path` (object keys, list indexes, record keys), or undefined where the schema has none. */
export function nodeAt(root: Node, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    if (typeof key === 'number') node = node.items;
    else node = node.properties?.[String(key)] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node;
}

const isObject = (node: Node) => node.type === 'object' || !!node.properties;
const isRecord = (node: Node) => isObject(node) && !node.properties && typeof node.additionalProperties === 'object';

/**
 * The least an editor writes for a value: an object's required fields (each at its least), a list's required
 * entries, else the field's example (its default, its first option).
 */
export function minimalValue(node: Node): unknown {
  if (isRecord(node)) return { [String(node.propertyNames?.examples?.[0] ?? 'id')]: minimalValue(node.additionalProperties as Node) };
  if (isObject(node)) return Object.fromEntries((node.required ?? []).map((key) => [key, minimalValue(node.properties![key]!)]));
  if (node.type === 'array') return node.minItems && node.items ? [minimalValue(node.items)] : [];
  return exampleOf(node);
}

/** A value that fits the node: its example, else its default, its first option, or a placeholder. */
export function exampleOf(node: Node): unknown {
  if (node.examples?.length) return node.examples[0];
  if (isObject(node)) {
    if (isRecord(node)) return minimalValue(node);
    return Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, child]) => [key, exampleOf(child)]));
  }
  if (node.type === 'array') return node.items ? [exampleOf(node.items)] : [];
  if (node.default !== undefined) return node.default;
  if (node.enum?.length) return node.enum[0];
  return '…';
}

/** YAML as an editor writes it: short lists of plain values on one line (`crossheads: [9]`), long texts on one line. */
export function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, seq) {
      if (isSeq(seq) && seq.items.every((item) => isScalar(item)) && JSON.stringify(seq.toJSON()).length < 60) seq.flow = true;
    },
    // A pair of numbers on one line, as the content folders write a ¶ range: `paragraphs: { from: 1, to: 5 }`.
    Map(_, map) {
      if (isMap(map) && map.items.every((pair) => isScalar(pair.value) && typeof pair.value.value === 'number')) map.flow = true;
    },
    // A day in quotes, as the content folders write them: YAML 1.1 readers (and some editors) take it for a date.
    Scalar(key, scalar) {
      if (key === 'value' && typeof scalar.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(scalar.value)) scalar.type = 'QUOTE_SINGLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** `value` under the keys of `path` that follow its last list index, as YAML (the place to write it in the file). */
function placed(path: readonly PropertyKey[], value: unknown): string {
  const last = path.findLastIndex((key) => typeof key === 'number');
  const keys = path.slice(last + 1).map(String);
  return toYaml(keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value));
}

/**
 * What to tell an editor whose file lacks the required value at `path`: what it is (its description) and its
 * minimal form, placed where it goes. Undefined where the schema says nothing of the path.
 */
export function missingValue(schema: z.ZodType, path: readonly PropertyKey[]): { description?: string; example: string } | undefined {
  const node = nodeAt(nodeOf(schema), path);
  if (!node) return undefined;
  return { description: node.description, example: path.length ? placed(path, minimalValue(node)) : toYaml(minimalValue(node)) };
}

/** The fields an object at `path` may have (for an unknown key's error), or none. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return Object.keys(nodeAt(nodeOf(schema), path)?.properties ?? {});
}
