// The one walker of a folder's files: a built site (the outputs, the server, the bench, the tests) or a content
// folder (the dev server's watch list).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, folders descended (symbolic links followed), in the order the folder lists them. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walkFiles(path) : [path];
  });
}

/** A file's path in a built site, as a URL path: dist/a/index.html → /a/index.html. */
export const sitePathOf = (root: string, file: string): string => '/' + relative(root, file).split(sep).join('/');

/** The URL path a file of a built site is served at: dist/a/index.html → /a/, dist/404.html → /404.html. */
export function urlPathOf(root: string, file: string): string {
  const path = sitePathOf(root, file);
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
