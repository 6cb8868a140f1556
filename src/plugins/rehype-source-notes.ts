// rehype plugin: after each numbered article block, the explainer's notes on
// its sources: numbered citation marks linking to the source (each mark has
// an id the source entry links back to, as Wikipedia's ^ back-links), the
// caveat of a partly verified source where the reader meets the claim, and an
// open "no source" note where the article states facts nobody could source.
// Marks are data-not-article; notes are siblings after the block, so the
// article's own text is untouched.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { ParagraphNote } from '../model/build';
import type { Citation } from '../model/citations';
import { citeAnchor, sourceAnchor } from '../model/urls';

export type { ParagraphNote };

export interface Options {
  /** Paragraph number → its citations, numbered site-wide. */
  citations: Record<number, Citation[]>;
  /** Paragraph number → open notes (unsourced facts, the article's own analysis). */
  notes: Record<number, ParagraphNote[]>;
}

const NOTE_LABEL: Record<ParagraphNote['reason'], string> = {
  'no-source': 'No source',
  analysis: 'Analysis, not fact-checked',
};

function marks(n: number, citations: Citation[]): Element {
  return h(
    'sup',
    { className: ['cites'], dataNotArticle: true },
    citations.map((c) =>
      h(
        'a',
        {
          className: ['cite', c.status === 'partly-verified' ? 'cite-partly' : 'cite-verified'],
          id: citeAnchor(c.id, n),
          href: `#${sourceAnchor(c.id)}`,
          ariaLabel: `Source ${c.number}${c.status === 'partly-verified' ? ', partly verified' : ''}`,
        },
        `[${c.number}${c.status === 'partly-verified' ? '*' : ''}]`,
      ),
    ),
  );
}

function noteBlock(n: number, citations: Citation[], notes: ParagraphNote[]): Element | undefined {
  const items: Element[] = [];
  for (const c of citations) {
    if (c.status !== 'partly-verified' || !c.caveat) continue;
    items.push(h('p', [h('strong', `Partly verified [${c.number}*]: `), c.caveat]));
  }
  for (const note of notes) {
    const text = note.note ?? (note.reason === 'no-source' ? 'The article gives no source; none found.' : 'The article’s own reading; not a checkable fact.');
    items.push(h('p', { className: [`note-${note.reason}`] }, [h('strong', `${NOTE_LABEL[note.reason]}: `), text]));
  }
  if (!items.length) return undefined;
  return h('div', { className: ['para-note'], role: 'note', ariaLabel: `Notes on paragraph ${n}`, dataNotArticle: true }, items);
}

export default function rehypeSourceNotes(options: Options) {
  const { citations, notes } = options;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const raw = node.properties?.dataP;
      if (raw === undefined || parent === undefined || index === undefined) return;
      const n = Number(raw);
      const cited = citations[n] ?? [];
      if (cited.length) node.children.push(marks(n, cited));
      const block = noteBlock(n, cited, notes[n] ?? []);
      if (block) {
        parent.children.splice(index + 1, 0, block);
        return index + 2;
      }
      return 'skip';
    });
  };
}
