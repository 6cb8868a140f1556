// The EPUB: the built /pamphlet/ as an EPUB 3 book.
import { makeEpub } from '../../../scripts/epub.mjs';
import type { OutputContext } from '../context.ts';

export async function makeEpubFile(context: OutputContext, out: string): Promise<{ bytes: number; ms: number }> {
  return makeEpub({ dist: context.dist, out });
}
