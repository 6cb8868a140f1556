// The content reference (docs/content-reference.md) is what the schemas say, and what it shows is true:
// the committed file is exactly what `npm run docs:content` generates from them (so it cannot drift), every
// field is described and has an example that its own schema accepts, and every file's "at least" form passes
// the schema the build reads that file with.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { overridesSchema } from '../../src/i18n/overrides.ts';
import { CONTENT_FILES, contentReference, fieldsOf, leastFile } from '../../src/model/reference.ts';
import { exampleOf, nodeOf } from '../../src/model/schema-docs.ts';
import * as S from '../../src/model/schemas.ts';

const REFERENCE = 'docs/content-reference.md';

/** The zod schema of the value at `keys` (list entries as numbers, a record's entries under any key). */
function schemaAt(schema: z.ZodType, keys: readonly (string | number)[]): z.ZodType {
  let at = schema;
  const unwrap = () => {
    for (;;) {
      const def = at._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
      if ((def.type === 'optional' || def.type === 'default') && def.innerType) at = def.innerType;
      else if (def.type === 'pipe' && def.in) at = def.in;
      else return;
    }
  };
  for (const key of keys) {
    unwrap();
    const def = at._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };
    const next = def.type === 'object' ? def.shape![key] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    if (!next) throw new Error(`no schema at ${keys.join('.')}`);
    at = next;
  }
  return at;
}

describe('the content reference', () => {
  it('is exactly what the schemas generate (run `npm run docs:content` after changing a schema)', () => {
    expect(readFileSync(REFERENCE, 'utf8')).toBe(contentReference());
  });

  it('names every content file the build reads, and the README and the editing page link it', () => {
    const text = readFileSync(REFERENCE, 'utf8');
    for (const file of CONTENT_FILES) expect(text).toContain(`## \`${file.path}\``);
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/content-reference.md)');
    expect(readFileSync('docs/editing.md', 'utf8')).toContain('](content-reference.md)');
  });

  for (const file of CONTENT_FILES.filter((f) => f.schema)) {
    describe(file.path, () => {
      const fields = fieldsOf(nodeOf(file.schema!));

      it('describes every field, with an example its own schema accepts', () => {
        expect(fields.length).toBeGreaterThan(0);
        for (const f of fields) {
          expect(f.node.description, `${file.path} ${f.path}: no description`).toBeTruthy();
          const groups = f.node.properties || f.node.items?.properties;
          if (groups) continue;
          expect(f.node.examples?.length, `${file.path} ${f.path}: no example`).toBeGreaterThan(0);
          const result = schemaAt(file.schema!, f.keys).safeParse(exampleOf(f.node));
          expect(result.error?.issues ?? [], `${file.path} ${f.path}: its example`).toEqual([]);
        }
      });

      it('shows the file at its least, as the build accepts it', () => {
        const least = leastFile(file)!;
        const data = parse(file.path.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(least)![1]! : least);
        // As the build reads each file: unsourced.yaml entry by entry, i18n.yaml for the explainer's locale.
        const schema =
          file.schema === S.UnsourcedEntries ? z.record(z.string(), S.Unsourced) : file.path === 'i18n.yaml' ? overridesSchema('en-GB') : file.schema!;
        const result = schema.safeParse(data);
        expect(result.error?.issues ?? [], least).toEqual([]);
      });
    });
  }
});
