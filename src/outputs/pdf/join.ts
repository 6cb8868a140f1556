// The pamphlet is printed in chunks (./print.ts): Chromium's print of one document costs
// more than linearly in its length (at 10× content, 625 A5 pages took 26 CPU s where 375 took
// 8.6; 30× did not finish in 17 minutes), while a chunk of a bounded size costs a bounded time.
// This module holds the pure arithmetic of the chunks (which parts go together, where each
// chunk's pages fall) and the join: one PDF from the chunks' PDFs that keeps what a single
// print has: the pages, the tag tree (StructTreeRoot, its ParentTree, the pages' and links'
// StructParents keys), the named destinations internal links point to (a link into another
// chunk is written by Chromium as a /Dest name all the same, so it resolves once the chunks'
// /Dests are merged), and one outline rebuilt in document order, nested by heading level as
// Chromium nests it.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFObject } from 'pdf-lib';
import { outlineItems } from './outline.ts';

/**
 * Group the pamphlet's parts (its top-level blocks, in order) into chunks of at most `budget`
 * weight (text length), cutting only before a part that starts a page, so a chunk paginates
 * exactly as it would inside the whole. A part heavier than the budget is a chunk of its own.
 * Returns the part indices of each chunk.
 */
export function planChunks(parts: readonly { weight: number; startsPage: boolean }[], budget: number): number[][] {
  if (!(budget > 0)) throw new Error(`chunk budget must be positive, got ${budget}`);
  const chunks: number[][] = [];
  let current: number[] = [];
  let weight = 0;
  parts.forEach((part, i) => {
    if (current.length && part.startsPage && weight + part.weight > budget) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
    current.push(i);
    weight += part.weight;
  });
  if (current.length) chunks.push(current);
  return chunks;
}

/** The number of pages before each chunk, from each chunk's page count. */
export const chunkOffsets = (counts: readonly number[]): number[] => counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0));

/**
 * Where each heading's bookmark points in the joined PDF: chunk k's in-chunk page numbers
 * (1-based, 0 for none) shifted by the pages of the chunks before it (`counts`: pages of each chunk).
 */
export function joinedPages(pagesPerChunk: readonly (readonly number[])[], counts: readonly number[]): number[] {
  const offsets = chunkOffsets(counts);
  return pagesPerChunk.flatMap((pages, k) => pages.map((p) => (p > 0 ? p + (offsets[k] ?? 0) : 0)));
}

/**
 * Parent index of each outline item from its heading level (1–6), as Chromium nests its
 * bookmarks: under the nearest earlier item of a lower level; -1 at the top.
 */
export function outlineParents(levels: readonly number[]): number[] {
  const stack: number[] = [];
  return levels.map((level, i) => {
    while (stack.length && (levels[stack.at(-1) ?? 0] ?? 0) >= level) stack.pop();
    const parent = stack.at(-1) ?? -1;
    stack.push(i);
    return parent;
  });
}

const N = (n: string) => PDFName.of(n);
/** Roles of the elements that wrap the whole page (body, article): one of each in the joined tree. */
const WRAPPERS = new Set(['NonStruct', 'Art', 'Document', 'Part', 'Div'].map(N));

interface Struct {
  rootRef: PDFRef;
  root: PDFDict;
  topRef: PDFRef;
  top: PDFDict;
  nums: PDFArray;
  next: number;
}

/** The structure tree parts the join needs, or a clear error naming what is missing. */
function structOf(doc: PDFDocument, which: string): Struct {
  const rootRef = doc.catalog.get(N('StructTreeRoot'));
  const root = doc.catalog.lookup(N('StructTreeRoot'));
  if (!(rootRef instanceof PDFRef) || !(root instanceof PDFDict)) throw new Error(`${which} has no StructTreeRoot (not tagged)`);
  const topRef = root.get(N('K'));
  const top = root.lookup(N('K'));
  if (!(topRef instanceof PDFRef) || !(top instanceof PDFDict)) throw new Error(`${which}: the StructTreeRoot's /K is not one element`);
  const tree = root.lookup(N('ParentTree'));
  const nums = tree instanceof PDFDict ? tree.lookup(N('Nums')) : undefined;
  if (!(nums instanceof PDFArray)) throw new Error(`${which}: the ParentTree is not a flat /Nums array (its /Kids are not handled)`);
  const next = root.lookup(N('ParentTreeNextKey'));
  return { rootRef, root, topRef, top, nums, next: next instanceof PDFNumber ? next.asNumber() : nums.size() / 2 };
}

/** The /K of a structure element as a list of its kids. */
const kidsOf = (dict: PDFDict): PDFObject[] => {
  const k = dict.get(N('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
};

/** A structure element and its reference. */
type Link = { ref: PDFRef; el: PDFDict };

/**
 * Where the chunks' trees meet: down the single wrappers both have (Document → NonStruct → Art, as Chromium
 * tags body and article), so the article stays one element.
 */
function spineOf(doc: PDFDocument, top: PDFDict, topRef: PDFRef): Link[] {
  const chain: Link[] = [{ ref: topRef, el: top }];
  for (let last = top; ;) {
    const kids = kidsOf(last);
    const ref = kids.length === 1 && kids[0] instanceof PDFRef ? kids[0] : undefined;
    const only = ref ? doc.context.lookup(ref) : undefined;
    const role = only instanceof PDFDict ? only.get(N('S')) : undefined;
    if (!ref || !(only instanceof PDFDict) || !(role instanceof PDFName) || !WRAPPERS.has(role)) return chain;
    chain.push({ ref, el: only });
    last = only;
  }
}

/** A bookmark's destination and structure element. */
type Mark = { dest: PDFObject | undefined; se: PDFObject | undefined };

/** Everything a chunk adds to the base: its pages, its tag tree's keys and elements, its destinations, its bookmarks. */
function appendChunk(base: PDFDocument, struct: Struct, baseSpine: Link[], doc: PDFDocument, which: string, nextKey: number): { next: number; marks: Mark[] } {
  const s = structOf(doc, which);
  const copier = PDFObjectCopier.for(doc.context, base.context);
  // The copier's map of objects already copied (private in pdf-lib's types) is how an object of the chunk is made
  // to stand for one of the base. The chunk's root and top element stand for the base's: its elements' /P point there.
  copier['traversedObjects'].set(s.rootRef, struct.rootRef);
  // Elements of its spine stand for the base's, as deep as both spines agree on the roles.
  const chunkSpine = spineOf(doc, s.top, s.topRef);
  let depth = 0;
  for (; depth < baseSpine.length && depth < chunkSpine.length; depth++) {
    const [b, c] = [baseSpine[depth] as Link, chunkSpine[depth] as Link];
    if (depth > 0 && b.el.get(N('S')) !== c.el.get(N('S'))) break;
    copier['traversedObjects'].set(c.ref, b.ref);
  }
  const into = (baseSpine[depth - 1] as Link).el;
  const from = (chunkSpine[depth - 1] as Link).el;
  const shift = (dict: PDFDict, key: string) => {
    const v = dict.get(N(key));
    if (v instanceof PDFNumber) dict.set(N(key), PDFNumber.of(v.asNumber() + nextKey));
  };
  for (const page of doc.getPages()) {
    const ref = copier.copy(page.ref);
    const leaf = base.context.lookup(ref, PDFDict);
    shift(leaf, 'StructParents');
    const annots = leaf.lookup(N('Annots'));
    if (annots instanceof PDFArray)
      for (let a = 0; a < annots.size(); a++) {
        const annot = annots.lookup(a);
        if (annot instanceof PDFDict) shift(annot, 'StructParent');
      }
    base.addPage(PDFPage.of(leaf as Parameters<typeof PDFPage.of>[0], ref, base));
  }
  for (let n = 0; n + 1 < s.nums.size(); n += 2) {
    struct.nums.push(PDFNumber.of((s.nums.get(n) as PDFNumber).asNumber() + nextKey));
    struct.nums.push(copier.copy(s.nums.get(n + 1)));
  }
  into.set(N('K'), base.context.obj([...kidsOf(into), ...kidsOf(from).map((kid) => copier.copy(kid))]));
  const dests = base.catalog.lookup(N('Dests'), PDFDict);
  const chunkDests = doc.catalog.lookup(N('Dests'));
  if (chunkDests instanceof PDFDict) {
    for (const [name, dest] of chunkDests.entries()) if (!dests.has(name)) dests.set(name, copier.copy(dest));
  }
  const copy = (o: PDFObject | undefined) => (o === undefined ? undefined : copier.copy(o));
  return { next: nextKey + s.next, marks: outlineItems(doc).map(({ dict }) => ({ dest: copy(dict.get(N('Dest'))), se: copy(dict.get(N('SE'))) })) };
}

/**
 * Join the chunks' PDFs into the first (which is changed and returned): pages, tag tree,
 * named destinations; and the outline, rebuilt from every chunk's bookmarks (in order) and
 * the heading level of each. `docs`: loaded with pdf-lib, in order; `levels`: the heading level of every
 * bookmark of every chunk, in order.
 */
export function joinPdfs(docs: readonly PDFDocument[], levels: readonly number[]): PDFDocument {
  const [base, ...rest] = docs;
  if (!base) throw new Error('no chunk to join');
  const struct = structOf(base, 'chunk 1');
  // Chromium writes /Dests only when some link points inside the document.
  if (!(base.catalog.lookup(N('Dests')) instanceof PDFDict)) base.catalog.set(N('Dests'), base.context.register(base.context.obj({})));
  const baseSpine = spineOf(base, struct.top, struct.topRef);
  let nextKey = struct.next;
  // Every bookmark's destination and structure element, in the base document's objects.
  const marks: Mark[] = outlineItems(base).map(({ dict }) => ({ dest: dict.get(N('Dest')), se: dict.get(N('SE')) }));
  rest.forEach((doc, i) => {
    const added = appendChunk(base, struct, baseSpine, doc, `chunk ${i + 2}`, nextKey);
    nextKey = added.next;
    marks.push(...added.marks);
  });
  struct.root.set(N('ParentTreeNextKey'), PDFNumber.of(nextKey));
  if (marks.length !== levels.length) throw new Error(`the chunks have ${marks.length} bookmarks for ${levels.length} headings`);
  setOutline(base, marks, levels);
  return base;
}

/**
 * Replace the document's outline: one open bookmark per mark, nested by level. Titles are
 * left empty for the caller to write (./print.ts titles them from the page's headings).
 */
function setOutline(doc: PDFDocument, marks: readonly Mark[], levels: readonly number[]): void {
  const ctx = doc.context;
  const parents = outlineParents(levels);
  const rootRef = ctx.nextRef();
  const refs = marks.map(() => ctx.nextRef());
  const dicts = marks.map(({ dest, se }) => {
    const d = ctx.obj({});
    d.set(N('Title'), ctx.obj(''));
    if (dest) d.set(N('Dest'), dest);
    if (se) d.set(N('SE'), se);
    return d;
  });
  const kids = new Map<number, number[]>([[-1, []]]);
  const kidsOfItem = (i: number) => kids.get(i) ?? [];
  parents.forEach((p, i) => {
    kidsOfItem(p).push(i);
    kids.set(i, []);
  });
  // Open items: Count is the number of all descendants (PDF 32000 12.3.3).
  const descendants = (i: number): number => kidsOfItem(i).reduce((sum, k) => sum + 1 + descendants(k), 0);
  const root = ctx.obj({ Type: 'Outlines' });
  const ref = (k: number | undefined) => refs[k ?? -1] as PDFRef;
  const link = (parentRef: PDFRef, parentDict: PDFDict, list: number[]) => {
    list.forEach((k, j) => {
      const d = dicts[k] as PDFDict;
      d.set(N('Parent'), parentRef);
      if (j > 0) d.set(N('Prev'), ref(list[j - 1]));
      if (j < list.length - 1) d.set(N('Next'), ref(list[j + 1]));
    });
    if (list.length) {
      parentDict.set(N('First'), ref(list[0]));
      parentDict.set(N('Last'), ref(list.at(-1)));
    }
  };
  link(rootRef, root, kidsOfItem(-1));
  root.set(N('Count'), PDFNumber.of(marks.length));
  dicts.forEach((d, i) => {
    link(ref(i), d, kidsOfItem(i));
    if (kidsOfItem(i).length) d.set(N('Count'), PDFNumber.of(descendants(i)));
    ctx.assign(ref(i), d);
  });
  ctx.assign(rootRef, root);
  doc.catalog.set(N('Outlines'), rootRef);
}
