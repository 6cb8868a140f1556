// The pamphlet is printed in chunks (scripts/pdf.mjs): Chromium's print of one document costs
// more than linearly in its length (at 10× content, 625 A5 pages took 26 CPU s where 375 took
// 8.6; 30× did not finish in 17 minutes), while a chunk of a bounded size costs a bounded time.
// This module holds the pure arithmetic of the chunks (which parts go together, where each
// chunk's pages fall) and the join: one PDF from the chunks' PDFs that keeps what a single
// print has: the pages, the tag tree (StructTreeRoot, its ParentTree, the pages' and links'
// StructParents keys), the named destinations internal links point to (a link into another
// chunk is written by Chromium as a /Dest name all the same, so it resolves once the chunks'
// /Dests are merged), and one outline rebuilt in document order, nested by heading level as
// Chromium nests it.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef } from 'pdf-lib';

/**
 * Group the pamphlet's parts (its top-level blocks, in order) into chunks of at most `budget`
 * weight (text length), cutting only before a part that starts a page, so a chunk paginates
 * exactly as it would inside the whole. A part heavier than the budget is a chunk of its own.
 * @param {{ weight: number, startsPage: boolean }[]} parts
 * @param {number} budget
 * @returns {number[][]} the part indices of each chunk
 */
export function planChunks(parts, budget) {
  if (!(budget > 0)) throw new Error(`chunk budget must be positive, got ${budget}`);
  const chunks = [];
  let current = [];
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
export const chunkOffsets = (counts) => counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0));

/**
 * Where each heading's bookmark points in the joined PDF: chunk k's in-chunk page numbers
 * (1-based, 0 for none) shifted by the pages of the chunks before it.
 * @param {number[][]} pagesPerChunk
 * @param {number[]} counts pages of each chunk
 */
export function joinedPages(pagesPerChunk, counts) {
  const offsets = chunkOffsets(counts);
  return pagesPerChunk.flatMap((pages, k) => pages.map((p) => (p > 0 ? p + offsets[k] : 0)));
}

/**
 * Parent index of each outline item from its heading level (1–6), as Chromium nests its
 * bookmarks: under the nearest earlier item of a lower level; -1 at the top.
 * @param {number[]} levels
 */
export function outlineParents(levels) {
  const stack = [];
  return levels.map((level, i) => {
    while (stack.length && levels[stack.at(-1)] >= level) stack.pop();
    const parent = stack.length ? stack.at(-1) : -1;
    stack.push(i);
    return parent;
  });
}

const N = (n) => PDFName.of(n);
/** Roles of the elements that wrap the whole page (body, article): one of each in the joined tree. */
const WRAPPERS = new Set(['NonStruct', 'Art', 'Document', 'Part', 'Div'].map(N));

/** The structure tree parts the join needs, or a clear error naming what is missing. */
function structOf(doc, which) {
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
const kidsOf = (dict) => {
  const k = dict.get(N('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
};

/**
 * Join the chunks' PDFs into the first (which is changed and returned): pages, tag tree,
 * named destinations; and the outline, rebuilt from every chunk's bookmarks (in order) and
 * the heading level of each.
 * @param {import('pdf-lib').PDFDocument[]} docs loaded with pdf-lib, in order
 * @param {(doc: import('pdf-lib').PDFDocument) => { dict: PDFDict }[]} outlineItems
 * @param {number[]} levels heading level of every bookmark of every chunk, in order
 */
export function joinPdfs(docs, outlineItems, levels) {
  const [base, ...rest] = docs;
  const struct = structOf(base, 'chunk 1');
  // Chromium writes /Dests only when some link points inside the document.
  let dests = base.catalog.lookup(N('Dests'));
  if (!(dests instanceof PDFDict)) {
    dests = base.context.obj({});
    base.catalog.set(N('Dests'), base.context.register(dests));
  }
  // Where the chunks' trees meet: down the single wrappers both have (Document → NonStruct →
  // Art, as Chromium tags body and article), so the article stays one element.
  const spine = (doc, top, topRef) => {
    const chain = [{ ref: topRef, el: top }];
    for (;;) {
      const kids = kidsOf(chain.at(-1).el);
      const only = kids.length === 1 && kids[0] instanceof PDFRef ? doc.context.lookup(kids[0]) : undefined;
      if (!(only instanceof PDFDict) || !WRAPPERS.has(only.get(N('S')))) return chain;
      chain.push({ ref: kids[0], el: only });
    }
  };
  const baseSpine = spine(base, struct.top, struct.topRef);
  let nextKey = struct.next;
  // Every bookmark's destination and structure element, in the base document's objects.
  const marks = outlineItems(base).map(({ dict }) => ({ dest: dict.get(N('Dest')), se: dict.get(N('SE')) }));

  rest.forEach((doc, i) => {
    const which = `chunk ${i + 2}`;
    const s = structOf(doc, which);
    const copier = PDFObjectCopier.for(doc.context, base.context);
    // The chunk's root and top element stand for the base's: its elements' /P point there.
    copier.traversedObjects.set(s.rootRef, struct.rootRef);
    // Elements of its spine stand for the base's, as deep as both spines agree on the roles.
    const chunkSpine = spine(doc, s.top, s.topRef);
    let depth = 0;
    while (depth < baseSpine.length && depth < chunkSpine.length && (depth === 0 || baseSpine[depth].el.get(N('S')) === chunkSpine[depth].el.get(N('S')))) {
      copier.traversedObjects.set(chunkSpine[depth].ref, baseSpine[depth].ref);
      depth++;
    }
    const into = baseSpine[depth - 1].el;
    const from = chunkSpine[depth - 1].el;
    const shift = (dict, key) => {
      const v = dict.get(N(key));
      if (v instanceof PDFNumber) dict.set(N(key), PDFNumber.of(v.asNumber() + nextKey));
    };
    for (const page of doc.getPages()) {
      const ref = copier.copy(page.ref);
      const leaf = base.context.lookup(ref);
      shift(leaf, 'StructParents');
      const annots = leaf.lookup(N('Annots'));
      if (annots instanceof PDFArray) for (let a = 0; a < annots.size(); a++) {
        const annot = annots.lookup(a);
        if (annot instanceof PDFDict) shift(annot, 'StructParent');
      }
      base.addPage(PDFPage.of(leaf, ref, base));
    }
    for (let n = 0; n + 1 < s.nums.size(); n += 2) {
      const key = /** @type {PDFNumber} */ (s.nums.get(n)).asNumber();
      struct.nums.push(PDFNumber.of(key + nextKey));
      struct.nums.push(copier.copy(s.nums.get(n + 1)));
    }
    nextKey += s.next;
    into.set(N('K'), base.context.obj([...kidsOf(into), ...kidsOf(from).map((kid) => copier.copy(kid))]));
    const chunkDests = doc.catalog.lookup(N('Dests'));
    if (chunkDests instanceof PDFDict) {
      for (const [name, dest] of chunkDests.entries()) if (!dests.has(name)) dests.set(name, copier.copy(dest));
    }
    for (const { dict } of outlineItems(doc)) marks.push({ dest: copier.copy(dict.get(N('Dest'))), se: copier.copy(dict.get(N('SE'))) });
  });
  struct.root.set(N('ParentTreeNextKey'), PDFNumber.of(nextKey));
  if (marks.length !== levels.length) throw new Error(`the chunks have ${marks.length} bookmarks for ${levels.length} headings`);
  setOutline(base, marks, levels);
  return base;
}

/**
 * Replace the document's outline: one open bookmark per mark, nested by level. Titles are
 * left empty for the caller to write (scripts/pdf.mjs titles them from the page's headings).
 */
function setOutline(doc, marks, levels) {
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
  const kids = new Map([[-1, []]]);
  parents.forEach((p, i) => {
    kids.get(p).push(i);
    kids.set(i, []);
  });
  // Open items: Count is the number of all descendants (PDF 32000 12.3.3).
  const descendants = (i) => kids.get(i).reduce((sum, k) => sum + 1 + descendants(k), 0);
  const root = ctx.obj({ Type: 'Outlines' });
  const link = (parentRef, parentDict, list) => {
    list.forEach((k, j) => {
      const d = dicts[k];
      d.set(N('Parent'), parentRef);
      if (j > 0) d.set(N('Prev'), refs[list[j - 1]]);
      if (j < list.length - 1) d.set(N('Next'), refs[list[j + 1]]);
    });
    if (list.length) {
      parentDict.set(N('First'), refs[list[0]]);
      parentDict.set(N('Last'), refs[list.at(-1)]);
    }
  };
  link(rootRef, root, kids.get(-1));
  root.set(N('Count'), PDFNumber.of(marks.length));
  dicts.forEach((d, i) => {
    link(refs[i], d, kids.get(i));
    if (kids.get(i).length) d.set(N('Count'), PDFNumber.of(descendants(i)));
    ctx.assign(refs[i], d);
  });
  ctx.assign(rootRef, root);
  doc.catalog.set(N('Outlines'), rootRef);
}
