// Raw content data for the Markdown plugins, read when astro.config.mjs loads
// (before Astro's collections exist). The collections' zod schemas remain the
// authority on validity; this only reads the fields the plugins need.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { SourceLike } from './citations';

const CONTENT = resolve(process.cwd(), 'content');

function readYamlDir<T>(dir: string): (T & { id: string })[] {
  const path = join(CONTENT, dir);
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ ...(parse(readFileSync(join(path, f), 'utf8')) as T), id: basename(f, '.yaml') }));
}

export interface ActorFile {
  id: string;
  name: string;
  role: string;
  profile: string;
  aliases?: string[];
}

export interface GlossaryFile {
  id: string;
  term: string;
  definition: string;
  aliases?: string[];
}

export interface UnsourcedFile {
  paragraph: number;
  reason: 'no-source' | 'analysis' | 'heading';
  note?: string;
}

export const readActors = () => readYamlDir<Omit<ActorFile, 'id'>>('actors');
export const readSources = () => readYamlDir<Omit<SourceLike, 'id'>>('sources');
export const readGlossary = () => readYamlDir<Omit<GlossaryFile, 'id'>>('glossary');
export const readUnsourced = (): UnsourcedFile[] =>
  Object.values(parse(readFileSync(join(CONTENT, 'unsourced.yaml'), 'utf8')) ?? {}) as UnsourcedFile[];
